#pragma once

#include "casefiles.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;

namespace casedesk {

class ConsentForm;

// The case's own fields on the Overview tab: assigned worker, case-management model and
// consent, edited; the status and the last closure or reopening shown read-only, since a case
// is closed and reopened with its own commands.
class CaseDetailsForm : public QWidget
{
    Q_OBJECT

public:
    explicit CaseDetailsForm(QWidget *parent = nullptr);

    void setWorkers(const QStringList &workers);
    void setCase(const CaseFileData &data);
    // base with the fields of this form replaced by what is typed.
    CaseFileData applyTo(const CaseFileData &base) const;
    // The status block as shown, one "label value" line per visible row.
    QString closureText() const;

signals:
    void edited();

private:
    QLabel *readOnlyLabel(const char *name);
    void showRow(QLabel *label, const QString &text);

    QFormLayout *m_form;
    QLabel *m_number;
    QLabel *m_office;
    QLabel *m_opened;
    QComboBox *m_worker;
    QComboBox *m_management;
    QLabel *m_status;
    QLabel *m_closedDate;
    QLabel *m_closureReason;
    QLabel *m_outcome;
    QLabel *m_closingNotes;
    QLabel *m_closedBy;
    QLabel *m_reopened;
    ConsentForm *m_consent;
};

} // namespace casedesk

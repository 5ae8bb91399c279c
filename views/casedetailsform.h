#pragma once

#include "casefiles.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace casedesk {

class ConsentForm;

// The case's own fields on the Overview tab: assigned worker, status with closure date,
// reason and outcome, and consent.
class CaseDetailsForm : public QWidget
{
    Q_OBJECT

public:
    explicit CaseDetailsForm(QWidget *parent = nullptr);

    void setWorkers(const QStringList &workers);
    void setCase(const CaseFileData &data);
    // base with the fields of this form replaced by what is typed.
    CaseFileData applyTo(const CaseFileData &base) const;

signals:
    void edited();

private:
    void updateClosureEnabled();

    QLabel *m_number;
    QLabel *m_office;
    QLabel *m_opened;
    QComboBox *m_worker;
    QComboBox *m_status;
    QDateEdit *m_closedDate;
    QLineEdit *m_closureReason;
    QLineEdit *m_outcome;
    ConsentForm *m_consent;
};

} // namespace casedesk

#pragma once

#include "plans.h"
#include "socialcontracts.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace casedesk {

// Records one month of a social contract: whether the client kept it, a note, and the
// consequence — proposed by the documented escalation — with its reason.
class ComplianceDialog : public QDialog
{
    Q_OBJECT

public:
    ComplianceDialog(RecordStore &store, const Plan &contract, QWidget *parent = nullptr);

    QDate month() const;
    Consequence consequence() const;
    void setMonth(const QDate &month);
    void accept() override;

private:
    QDateEdit *buildMonthEdit(const Plan &contract);
    const ComplianceMonth *recorded(const QDate &month) const;
    void onMonthChanged();
    void onKeptChanged();
    void updatePayable();

    RecordStore &m_store;
    QUuid m_planId;
    QList<ComplianceMonth> m_months;
    QList<qint64> m_amounts;
    QDateEdit *m_month;
    QLabel *m_existing;
    QCheckBox *m_kept;
    QPlainTextEdit *m_note;
    QComboBox *m_consequence;
    QLineEdit *m_reason;
    QLabel *m_payable;
};

} // namespace casedesk

#pragma once

#include <QDialog>
#include <QUuid>

class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace casedesk {

class RecordStore;

// Adds the assistance a social contract gives: its kind, the monthly amount and the conditions
// the client must meet for it.
class AssistanceDialog : public QDialog
{
    Q_OBJECT

public:
    AssistanceDialog(RecordStore &store, const QUuid &planId, QWidget *parent = nullptr);

    // The amount typed, in minor units.
    qint64 monthlyAmount() const;
    void accept() override;

private:
    RecordStore &m_store;
    QUuid m_planId;
    QLineEdit *m_kind;
    QDoubleSpinBox *m_amount;
    QPlainTextEdit *m_conditions;
};

} // namespace casedesk

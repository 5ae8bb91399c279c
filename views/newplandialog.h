#pragma once

#include <QDialog>
#include <QUuid>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace casedesk {

class RecordStore;

// Drafts a new plan of a case: an individual action plan or a social contract, and its period.
class NewPlanDialog : public QDialog
{
    Q_OBJECT

public:
    NewPlanDialog(RecordStore &store, const QUuid &caseId, QWidget *parent = nullptr);

    // The plan made when the dialog was accepted.
    const QUuid &createdPlan() const { return m_created; }
    void accept() override;

private:
    RecordStore &m_store;
    QUuid m_caseId;
    QUuid m_created;
    QComboBox *m_kind;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QCheckBox *m_openEnd;
};

} // namespace casedesk

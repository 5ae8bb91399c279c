#pragma once

#include <QDialog>
#include <QUuid>

class QDateEdit;
class QPlainTextEdit;

namespace casedesk {

class RecordStore;

// Records a review of a plan: its date and what was agreed. The plan as it stands is kept with
// the review, and the worker changes goals and actions afterwards.
class PlanReviewDialog : public QDialog
{
    Q_OBJECT

public:
    PlanReviewDialog(RecordStore &store, const QUuid &planId, QWidget *parent = nullptr);

    const QUuid &createdReview() const { return m_created; }
    void accept() override;

private:
    RecordStore &m_store;
    QUuid m_planId;
    QUuid m_created;
    QDateEdit *m_date;
    QPlainTextEdit *m_note;
};

} // namespace casedesk

#pragma once

#include "plans.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace casedesk {

// The reviews of a plan, oldest first: choosing one shows its note and the plan as it was
// before the review.
class PlanReviewsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlanReviewsPanel(QWidget *parent = nullptr);

    void showReviews(const QList<PlanReview> &reviews);
    QListWidget *list() const { return m_list; }
    QPlainTextEdit *beforeText() const { return m_before; }

private:
    void showCurrent();

    QList<PlanReview> m_reviews;
    QListWidget *m_list;
    QLabel *m_note;
    QPlainTextEdit *m_before;
};

} // namespace casedesk

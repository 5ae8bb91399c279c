#include "planreviewspanel.h"

#include "vocabulary.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace casedesk {

PlanReviewsPanel::PlanReviewsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("planReviewsPanel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_before = new QPlainTextEdit(this);
    m_before->setObjectName(QStringLiteral("beforeText"));
    m_before->setReadOnly(true);
    m_before->setPlaceholderText(tr("Choose a review to see the plan as it was before it."));
    auto *right = new QVBoxLayout;
    right->addWidget(m_note);
    right->addWidget(new QLabel(tr("Plan before the review:"), this));
    right->addWidget(m_before, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 2);
    layout->addLayout(right, 5);
    connect(m_list, &QListWidget::currentRowChanged, this, &PlanReviewsPanel::showCurrent);
    showCurrent();
}

void PlanReviewsPanel::showReviews(const QList<PlanReview> &reviews)
{
    const int kept = m_list->currentRow();
    m_reviews = reviews;
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const PlanReview &r : reviews)
        //: a review in the list: its date and who recorded it
        m_list->addItem(r.author.isEmpty() ? displayDate(r.date)
                                           : tr("%1, %2").arg(displayDate(r.date), r.author));
    if (m_list->count() > 0)
        m_list->setCurrentRow(kept >= 0 && kept < m_list->count() ? kept : m_list->count() - 1);
    showCurrent();
}

void PlanReviewsPanel::showCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_reviews.size()) {
        m_note->setText(m_reviews.isEmpty() ? tr("The plan has not been reviewed yet.")
                                            : QString());
        m_before->clear();
        return;
    }
    const PlanReview &r = m_reviews.at(row);
    m_note->setText(r.note.isEmpty() ? tr("Review of %1, no note.").arg(displayDate(r.date))
                                     : tr("Review of %1: %2").arg(displayDate(r.date), r.note));
    m_before->setPlainText(r.before.isEmpty() ? tr("(the plan had no goals or actions)")
                                              : r.before);
}

} // namespace casedesk

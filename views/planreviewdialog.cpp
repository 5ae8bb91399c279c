#include "planreviewdialog.h"

#include "answerinput.h"
#include "plans.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

PlanReviewDialog::PlanReviewDialog(RecordStore &store, const QUuid &planId, QWidget *parent)
    : QDialog(parent), m_store(store), m_planId(planId)
{
    setObjectName(QStringLiteral("planReviewDialog"));
    setWindowTitle(tr("Review plan"));
    auto *intro = new QLabel(tr("The goals and actions as they are now are kept with the review. "
                                "Change them after recording it."),
                             this);
    intro->setWordWrap(true);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("reviewDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(AnswerInput::datePattern());
    m_date->setMaximumDate(QDate::currentDate());
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("reviewNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was reviewed and agreed"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record review"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanReviewDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 320);
    m_note->setFocus();
}

void PlanReviewDialog::accept()
{
    const Result<QUuid> reviewed
        = Plans(m_store).review(m_planId, m_date->date(), m_note->toPlainText().trimmed());
    if (!reviewed) {
        QMessageBox::warning(this, windowTitle(), reviewed.message());
        return;
    }
    m_created = reviewed.value();
    QDialog::accept();
}

} // namespace casedesk

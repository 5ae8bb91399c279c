#include "visitoutcomedialog.h"

#include "answerinput.h"
#include "planvocabulary.h"
#include "visitlistmodel.h"
#include "vocabulary.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

VisitOutcomeDialog::VisitOutcomeDialog(RecordStore &store, const Visit &visit, Outcome outcome,
                                       QWidget *parent)
    : QDialog(parent), m_store(store), m_visit(visit), m_outcome(outcome)
{
    setObjectName(QStringLiteral("visitOutcomeDialog"));
    auto *intro = new QLabel(heading(), this);
    intro->setObjectName(QStringLiteral("visitHeading"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("visitNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("visitError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    auto *hint = new QLabel(this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    fillForm(form, hint, buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &VisitOutcomeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(std::max(480, sizeHint().width()), sizeHint().height());
    if (m_when)
        m_when->setFocus();
    else
        m_note->setFocus();
}

void VisitOutcomeDialog::fillForm(QFormLayout *form, QLabel *hint, QDialogButtonBox *buttons)
{
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    switch (m_outcome) {
    case Outcome::Held: {
        setWindowTitle(tr("Mark visit held"));
        const QDateTime now = QDateTime::currentDateTime();
        const QDateTime planned(m_visit.date, m_visit.time.isValid() ? m_visit.time : now.time());
        m_when = new QDateTimeEdit(planned.isValid() && planned <= now ? planned : now, this);
        m_when->setObjectName(QStringLiteral("visitHeldAtEdit"));
        m_when->setCalendarPopup(true);
        m_when->setDisplayFormat(AnswerInput::datePattern() + QStringLiteral(" HH:mm"));
        m_when->setMaximumDateTime(now.addSecs(60));
        form->addRow(tr("Took place &on:"), m_when);
        form->addRow(tr("&Note:"), m_note);
        m_note->setPlaceholderText(tr("What was discussed and agreed"));
        hint->setText(m_visit.repeatMonths > 0
                          ? tr("An interaction is recorded in the case, and the next "
                               "re-registration is scheduled %n month(s) after this one.",
                               nullptr, m_visit.repeatMonths)
                          : tr("An interaction is recorded in the case."));
        ok->setText(tr("Mark &held"));
        break;
    }
    case Outcome::Missed:
        setWindowTitle(tr("Mark visit missed"));
        form->addRow(tr("&Note:"), m_note);
        m_note->setPlaceholderText(tr("Optional: what is known, e.g. the client did not answer"));
        hint->setText(tr("The visit stays in the list as missed."));
        ok->setText(tr("Mark &missed"));
        break;
    case Outcome::Cancelled:
        setWindowTitle(tr("Cancel visit"));
        form->addRow(tr("&Reason:"), m_note);
        m_note->setPlaceholderText(tr("Why the visit is cancelled (required)"));
        hint->setText(tr("Schedule a new visit if one is still needed."));
        ok->setText(tr("Cancel &visit"));
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Keep it"));
        break;
    }
}

QString VisitOutcomeDialog::heading() const
{
    const QString kind = Vocabulary::label(PlanVocabulary::visitKinds(), m_visit.kind);
    QString when = displayDate(m_visit.date);
    if (m_visit.time.isValid())
        //: a visit's day and time: "12.05.2026 at 10:30"
        when = tr("%1 at %2").arg(when, QLocale().toString(m_visit.time, QStringLiteral("HH:mm")));
    //: heading of a visit dialog: kind, day; the purpose on the next line when there is one
    QString text = tr("%1 on %2").arg(kind, when);
    if (!m_visit.purpose.isEmpty())
        text += u'\n' + m_visit.purpose;
    return text;
}

QString VisitOutcomeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void VisitOutcomeDialog::accept()
{
    const QString note = m_note->toPlainText().trimmed();
    Visits visits(m_store);
    Status s;
    switch (m_outcome) {
    case Outcome::Held: {
        const Result<QUuid> held = visits.markHeld(m_visit.id, m_when->dateTime(), note);
        s = held.status();
        if (held)
            m_interaction = held.value();
        break;
    }
    case Outcome::Missed:
        s = visits.markMissed(m_visit.id, note);
        break;
    case Outcome::Cancelled:
        s = visits.cancel(m_visit.id, note);
        break;
    }
    if (!s) {
        m_error->setText(s.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace casedesk

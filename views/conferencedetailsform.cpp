#include "conferencedetailsform.h"

#include "answerinput.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QTimeEdit>

namespace casedesk {

namespace {

QLineEdit *lineEdit(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

} // namespace

ConferenceDetailsForm::ConferenceDetailsForm(QWidget *parent) : QWidget(parent)
{
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("conferenceDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(AnswerInput::datePattern());
    m_time = new QTimeEdit(QTime(10, 0), this);
    m_time->setObjectName(QStringLiteral("conferenceTimeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_place = lineEdit("placeEdit", this);
    m_place->setPlaceholderText(tr("e.g. the office's meeting room"));
    m_chair = lineEdit("chairEdit", this);
    m_secretary = lineEdit("secretaryEdit", this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (ConferenceKind kind : { ConferenceKind::SingleCase, ConferenceKind::SeveralCases,
                                 ConferenceKind::PeriodicReview })
        m_kind->addItem(conferenceKindText(kind), conferenceKindKey(kind));
    // A date and a time need no more room than they take.
    m_date->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_time->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_title = lineEdit("titleEdit", this);
    m_title->setPlaceholderText(tr("what the conference is about, in a few words"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("T&ime:"), m_time);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Chair:"), m_chair);
    form->addRow(tr("S&ecretary:"), m_secretary);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Subject:"), m_title);

    connect(m_date, &QDateEdit::dateChanged, this, &ConferenceDetailsForm::edited);
    connect(m_time, &QTimeEdit::timeChanged, this, &ConferenceDetailsForm::edited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConferenceDetailsForm::edited);
    for (QLineEdit *edit : { m_place, m_chair, m_secretary, m_title })
        connect(edit, &QLineEdit::textEdited, this, &ConferenceDetailsForm::edited);
}

void ConferenceDetailsForm::setDetails(const ConferenceDetails &d)
{
    const QSignalBlocker blockDate(m_date), blockTime(m_time), blockKind(m_kind);
    m_date->setDate(d.date.isValid() ? d.date : QDate::currentDate());
    m_time->setTime(d.time.isValid() ? d.time : QTime(10, 0));
    m_place->setText(d.place);
    m_chair->setText(d.chair);
    m_secretary->setText(d.secretary);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(conferenceKindKey(d.kind))));
    m_title->setText(d.title);
}

ConferenceDetails ConferenceDetailsForm::details() const
{
    ConferenceDetails d;
    d.date = m_date->date();
    d.time = m_time->time();
    d.place = m_place->text().trimmed();
    d.chair = m_chair->text().trimmed();
    d.secretary = m_secretary->text().trimmed();
    conferenceKindFromKey(m_kind->currentData().toString(), &d.kind);
    d.title = m_title->text().trimmed();
    return d;
}

void ConferenceDetailsForm::setReadOnly(bool readOnly)
{
    m_date->setReadOnly(readOnly);
    m_time->setReadOnly(readOnly);
    for (QLineEdit *edit : { m_place, m_chair, m_secretary, m_title })
        edit->setReadOnly(readOnly);
    m_kind->setEnabled(!readOnly);
}

} // namespace casedesk

#include "visitdialog.h"

#include "answerinput.h"
#include "planvocabulary.h"
#include "visitlistmodel.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace casedesk {

VisitDialog::VisitDialog(RecordStore &store, const QUuid &caseId, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    m_visit.caseId = caseId;
    m_visit.date = QDate::currentDate();
    m_visit.kind = QStringLiteral("office_visit");
    setWindowTitle(tr("Schedule visit"));
    build();
}

VisitDialog::VisitDialog(RecordStore &store, const Visit &visit, QWidget *parent)
    : QDialog(parent), m_store(store), m_visit(visit)
{
    setWindowTitle(tr("Reschedule visit"));
    build();
}

void VisitDialog::createFields()
{
    const QDate today = QDate::currentDate();
    m_date = new QDateEdit(std::max(m_visit.date, today), this);
    m_date->setObjectName(QStringLiteral("visitDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(AnswerInput::datePattern());
    m_date->setMinimumDate(today);
    m_hasTime = new QCheckBox(tr("at"), this);
    m_hasTime->setObjectName(QStringLiteral("visitHasTimeCheck"));
    m_hasTime->setChecked(m_visit.time.isValid());
    m_time = new QTimeEdit(m_visit.time.isValid() ? m_visit.time : QTime(10, 0), this);
    m_time->setObjectName(QStringLiteral("visitTimeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("visitKindCombo"));
    for (const auto &item : PlanVocabulary::visitKinds())
        m_kind->addItem(item.second, item.first);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(m_visit.kind)));
    m_purpose = new QPlainTextEdit(m_visit.purpose, this);
    m_purpose->setObjectName(QStringLiteral("visitPurposeEdit"));
    m_purpose->setTabChangesFocus(true);
    m_purpose->setPlaceholderText(tr("What the visit is for, e.g. bring the income certificates"));
    m_purpose->setMinimumHeight(m_purpose->fontMetrics().lineSpacing() * 3 + 12);
    m_repeat = new QSpinBox(this);
    m_repeat->setObjectName(QStringLiteral("visitRepeatSpin"));
    m_repeat->setRange(0, 24);
    //: the repeat of a re-registration set to 0
    m_repeat->setSpecialValueText(tr("does not repeat"));
    m_repeat->setValue(m_visit.repeatMonths);
    m_repeat->setToolTip(tr("When it is marked held, the next re-registration is scheduled "
                            "this many months after the day it was due"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("visitError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
}

void VisitDialog::build()
{
    setObjectName(QStringLiteral("visitDialog"));
    createFields();
    auto *when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_hasTime);
    when->addWidget(m_time);
    when->addStretch();
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A row holding a layout gets no buddy by itself, and its mnemonic would show as "&".
    auto *dayLabel = new QLabel(tr("&Day:"), this);
    dayLabel->setBuddy(m_date);
    m_form->addRow(dayLabel, when);
    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Purpose:"), m_purpose);
    m_form->addRow(tr("&Repeats every:"), m_repeat);
    m_repeat->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(this);
    if (isReschedule()) {
        //: heading of the reschedule dialog: the kind of visit and the day it was set for
        auto *heading
            = new QLabel(tr("%1 set for %2")
                             .arg(Vocabulary::label(PlanVocabulary::visitKinds(), m_visit.kind),
                                  displayDate(m_visit.date)),
                         this);
        heading->setObjectName(QStringLiteral("visitHeading"));
        heading->setWordWrap(true);
        layout->addWidget(heading);
        m_form->setRowVisible(m_kind, false);
        m_form->setRowVisible(m_purpose, false);
        m_form->setRowVisible(m_repeat, false);
    }
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(isReschedule() ? tr("&Move") : tr("&Schedule"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &VisitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasTime, &QCheckBox::toggled, this, &VisitDialog::updateFields);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &VisitDialog::updateFields);
    connect(m_repeat, &QSpinBox::valueChanged, this, &VisitDialog::updateFields);
    updateFields();
    resize(std::max(480, sizeHint().width()), sizeHint().height());
    m_date->setFocus();
}

void VisitDialog::updateFields()
{
    m_time->setEnabled(m_hasTime->isChecked());
    const bool reRegistration
        = m_kind->currentData().toString() == QLatin1String("re_registration");
    if (!isReschedule())
        m_form->setRowVisible(m_repeat, reRegistration);
    //: after the number of months a re-registration repeats
    m_repeat->setSuffix(tr(" month(s)", nullptr, m_repeat->value()));
}

Visit VisitDialog::typed() const
{
    Visit v = m_visit;
    v.date = m_date->date();
    v.time = m_hasTime->isChecked() ? m_time->time() : QTime();
    v.kind = m_kind->currentData().toString();
    v.purpose = m_purpose->toPlainText().trimmed();
    v.repeatMonths = v.kind == QLatin1String("re_registration") ? m_repeat->value() : 0;
    return v;
}

QString VisitDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void VisitDialog::accept()
{
    const Visit v = typed();
    Status s;
    if (isReschedule()) {
        s = Visits(m_store).reschedule(v.id, v.date, v.time);
        if (s)
            m_result = v.id;
    } else {
        const Result<QUuid> created = Visits(m_store).schedule(v);
        s = created.status();
        if (created)
            m_result = created.value();
    }
    if (!s) {
        m_error->setText(s.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace casedesk

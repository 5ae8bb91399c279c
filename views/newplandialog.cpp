#include "newplandialog.h"

#include "answerinput.h"
#include "plans.h"
#include "planvocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

NewPlanDialog::NewPlanDialog(RecordStore &store, const QUuid &caseId, QWidget *parent)
    : QDialog(parent), m_store(store), m_caseId(caseId)
{
    setObjectName(QStringLiteral("newPlanDialog"));
    setWindowTitle(tr("New plan"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const auto &item : PlanVocabulary::planKinds())
        m_kind->addItem(item.second, item.first);
    const QDate today = QDate::currentDate();
    m_start = new QDateEdit(today, this);
    m_start->setObjectName(QStringLiteral("startDateEdit"));
    m_end = new QDateEdit(today.addMonths(6).addDays(-1), this);
    m_end->setObjectName(QStringLiteral("endDateEdit"));
    for (QDateEdit *edit : { m_start, m_end }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(AnswerInput::datePattern());
    }
    m_openEnd = new QCheckBox(tr("&Open-ended"), this);
    m_openEnd->setObjectName(QStringLiteral("openEndCheck"));
    connect(m_openEnd, &QCheckBox::toggled, m_end, &QWidget::setDisabled);
    auto *end = new QHBoxLayout;
    end->addWidget(m_end, 1);
    end->addWidget(m_openEnd);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewPlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewPlanDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Starts:"), m_start);
    // A row holding a layout has no buddy of its own: the label needs one for its shortcut.
    auto *endLabel = new QLabel(tr("&Ends:"), this);
    endLabel->setBuddy(m_end);
    form->addRow(endLabel, end);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

void NewPlanDialog::accept()
{
    const QDate end = m_openEnd->isChecked() ? QDate() : m_end->date();
    const Result<QUuid> created
        = Plans(m_store).create(m_caseId, m_kind->currentData().toString(), m_start->date(), end);
    if (!created) {
        // The dialog stays open with what was chosen, so it can be corrected.
        QMessageBox::warning(this, windowTitle(), created.message());
        return;
    }
    m_created = created.value();
    QDialog::accept();
}

} // namespace casedesk

#include "planactiondialog.h"

#include "answerinput.h"
#include "planvocabulary.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

namespace {

QStringList agencyLabels()
{
    QStringList labels;
    for (const auto &item : PlanVocabulary::agencyKinds())
        labels << item.second;
    return labels;
}

} // namespace

PlanActionDialog::PlanActionDialog(RecordStore &store, const Plan &plan, const PlanAction &action,
                                   QWidget *parent)
    : QDialog(parent), m_store(store), m_planId(plan.id), m_action(action)
{
    setObjectName(QStringLiteral("planActionDialog"));
    setWindowTitle(isEdit() ? tr("Edit action") : tr("Add action"));
    m_goal = new QComboBox(this);
    m_goal->setObjectName(QStringLiteral("goalCombo"));
    m_goal->addItem(tr("Not under a goal"), QUuid());
    for (const PlanGoal &g : plan.goals)
        m_goal->addItem(g.text, g.id);
    m_goal->setCurrentIndex(std::max(0, m_goal->findData(action.goalId)));
    // The domain keeps an action under the goal it was added to.
    m_goal->setEnabled(!isEdit());
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("— not specified —"), QString());
    for (const auto &item : PlanVocabulary::actionKinds())
        m_kind->addItem(item.second, item.first);
    if (!action.kind.isEmpty() && m_kind->findData(action.kind) < 0)
        m_kind->addItem(action.kind, action.kind); // a kind this version does not know
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(action.kind)));
    m_description = new QLineEdit(action.description, this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(tr("What is to be done"));
    m_agency = new QLineEdit(action.agency, this);
    m_agency->setObjectName(QStringLiteral("agencyEdit"));
    auto *completer = new QCompleter(agencyLabels(), m_agency);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_agency->setCompleter(completer);
    m_agency->setPlaceholderText(tr("e.g. Employment centre"));
    m_person = new QLineEdit(action.person, this);
    m_person->setObjectName(QStringLiteral("personEdit"));
    m_person->setPlaceholderText(tr("Who at the agency"));
    m_due = new QDateEdit(
        action.dueDate.isValid() ? action.dueDate : QDate::currentDate().addDays(14), this);
    m_due->setObjectName(QStringLiteral("dueDateEdit"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(AnswerInput::datePattern());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(isEdit() ? tr("Save") : tr("Add action"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanActionDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Goal:"), m_goal);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&What:"), m_description);
    form->addRow(tr("&Agency:"), m_agency);
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("D&ue:"), m_due);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    m_description->setFocus();
}

void PlanActionDialog::accept()
{
    PlanAction a = m_action;
    a.goalId = m_goal->currentData().toUuid();
    a.kind = m_kind->currentData().toString();
    a.description = m_description->text().trimmed();
    a.agency = m_agency->text().trimmed();
    a.person = m_person->text().trimmed();
    a.dueDate = m_due->date();
    Plans plans(m_store);
    Status done;
    if (isEdit()) {
        done = plans.updateAction(a);
    } else if (const Result<QUuid> added = plans.addAction(m_planId, a)) {
        a.id = added.value();
    } else {
        done = added.status();
    }
    if (!done) {
        QMessageBox::warning(this, windowTitle(), done.message());
        return;
    }
    m_action = a;
    QDialog::accept();
}

} // namespace casedesk

#include "plangoaldialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

PlanGoalDialog::PlanGoalDialog(RecordStore &store, const QUuid &planId,
                               const QList<AssessedNeed> &needs, QWidget *parent)
    : QDialog(parent), m_store(store), m_planId(planId)
{
    setObjectName(QStringLiteral("planGoalDialog"));
    setWindowTitle(tr("Add goal"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("goalTextEdit"));
    m_text->setPlaceholderText(tr("What the client is to reach, e.g. \"Find stable work\""));
    m_need = new QComboBox(this);
    m_need->setObjectName(QStringLiteral("needCombo"));
    m_need->addItem(tr("No assessed need"), QString());
    for (const AssessedNeed &n : needs) {
        //: a need in the goal dialog: "Income support (Difficult life situation, 02.03.2026)"
        m_need->addItem(tr("%1 (%2)").arg(n.label, n.source), n.need);
        m_need->setItemData(m_need->count() - 1, n.assessmentId, AssessmentRole);
    }
    auto *hint = new QLabel(needs.isEmpty()
                                ? tr("No completed assessment of this case has raised a need.")
                                : tr("The needs raised by the completed assessments of the case."),
                            this);
    hint->setObjectName(QStringLiteral("needHint"));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add goal"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanGoalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanGoalDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Goal:"), m_text);
    form->addRow(tr("&Answers the need:"), m_need);
    form->addRow(QString(), hint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    m_text->setFocus();
}

void PlanGoalDialog::accept()
{
    PlanGoal goal;
    goal.text = m_text->text().trimmed();
    goal.need = m_need->currentData().toString();
    goal.assessmentId = m_need->currentData(AssessmentRole).toUuid();
    const Result<QUuid> added = Plans(m_store).addGoal(m_planId, goal);
    if (!added) {
        QMessageBox::warning(this, windowTitle(), added.message());
        return;
    }
    m_created = added.value();
    QDialog::accept();
}

} // namespace casedesk

#include "visitstab.h"

#include "namedbutton.h"
#include "tableview.h"
#include "visitdialog.h"
#include "visitlistmodel.h"
#include "visitoutcomedialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

VisitsTab::VisitsTab(CaseFiles &files, QWidget *parent) : QWidget(parent), m_files(files)
{
    setObjectName(QStringLiteral("visitsTab"));
    m_model = new VisitListModel(files.store(), this);
    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("visitTable"));
    m_table->setModel(m_model);
    m_table->setPlaceholderText(tr("No visits are scheduled for this case. Use \"Schedule "
                                   "visit…\" to agree a visit or a re-registration with the "
                                   "client."));
    m_table->stretchColumn(VisitListModel::Purpose);
    m_table->horizontalHeader()->setSectionResizeMode(VisitListModel::Note, QHeaderView::Stretch);

    m_schedule = namedButton(tr("&Schedule visit…"), "scheduleVisitButton", this);
    m_held = namedButton(tr("Mark &held…"), "markHeldButton", this);
    m_missed = namedButton(tr("Mark &missed…"), "markMissedButton", this);
    m_reschedule = namedButton(tr("&Reschedule…"), "rescheduleButton", this);
    m_cancel = namedButton(tr("&Cancel visit…"), "cancelVisitButton", this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_schedule);
    buttons->addSpacing(12);
    buttons->addWidget(m_held);
    buttons->addWidget(m_missed);
    buttons->addWidget(m_reschedule);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_schedule, &QPushButton::clicked, this, &VisitsTab::scheduleVisit);
    connect(m_held, &QPushButton::clicked, this, &VisitsTab::markHeld);
    connect(m_missed, &QPushButton::clicked, this, &VisitsTab::markMissed);
    connect(m_reschedule, &QPushButton::clicked, this, &VisitsTab::reschedule);
    connect(m_cancel, &QPushButton::clicked, this, &VisitsTab::cancelVisit);
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        if (m_held->isEnabled())
            markHeld();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VisitsTab::updateButtons);
    // A reload after each change must not lose the row the person was working with.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_kept = currentVisit(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectVisit(m_kept);
        updateButtons();
    });
    updateButtons();
}

void VisitsTab::showCase(const CaseFileData &data)
{
    // The model follows the store by itself; a refresh of the window does not reload it.
    if (data.id != m_caseId) {
        m_caseId = data.id;
        m_model->setCaseId(m_caseId);
    }
    updateButtons();
}

void VisitsTab::setEditable(bool editable)
{
    m_editable = editable;
    for (QPushButton *b : { m_schedule, m_held, m_missed, m_reschedule, m_cancel })
        b->setVisible(editable);
    updateButtons();
}

QUuid VisitsTab::currentVisit() const
{
    const int row = m_table->currentRow();
    return row < 0 ? QUuid() : m_model->visit(row).id;
}

void VisitsTab::selectVisit(const QUuid &visitId)
{
    const int row = m_model->rowOf(visitId);
    if (row >= 0)
        m_table->selectRow(row);
}

void VisitsTab::updateButtons()
{
    const int row = m_table->currentRow();
    const bool scheduled
        = row >= 0 && m_model->visit(row).status == VisitStatus::Scheduled && m_editable;
    m_schedule->setEnabled(m_editable && !m_caseId.isNull());
    m_held->setEnabled(scheduled);
    m_reschedule->setEnabled(scheduled);
    m_cancel->setEnabled(scheduled);
    // A visit still to come cannot have been missed yet.
    m_missed->setEnabled(scheduled && m_model->visit(row).date <= QDate::currentDate());
}

bool VisitsTab::scheduleVisit()
{
    if (!m_editable || m_caseId.isNull())
        return false;
    VisitDialog dialog(m_files.store(), m_caseId, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    selectVisit(dialog.visitId());
    return true;
}

bool VisitsTab::reschedule()
{
    const int row = m_table->currentRow();
    if (!m_editable || row < 0)
        return false;
    VisitDialog dialog(m_files.store(), m_model->visit(row), this);
    return dialog.exec() == QDialog::Accepted;
}

bool VisitsTab::markHeld()
{
    const int row = m_table->currentRow();
    if (!m_editable || row < 0)
        return false;
    VisitOutcomeDialog dialog(m_files.store(), m_model->visit(row),
                              VisitOutcomeDialog::Outcome::Held, this);
    return dialog.exec() == QDialog::Accepted;
}

bool VisitsTab::markMissed()
{
    const int row = m_table->currentRow();
    if (!m_editable || row < 0)
        return false;
    VisitOutcomeDialog dialog(m_files.store(), m_model->visit(row),
                              VisitOutcomeDialog::Outcome::Missed, this);
    return dialog.exec() == QDialog::Accepted;
}

bool VisitsTab::cancelVisit()
{
    const int row = m_table->currentRow();
    if (!m_editable || row < 0)
        return false;
    VisitOutcomeDialog dialog(m_files.store(), m_model->visit(row),
                              VisitOutcomeDialog::Outcome::Cancelled, this);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace casedesk

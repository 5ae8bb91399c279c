#include "interactionstab.h"

#include "interactiondialog.h"
#include "interactionmodel.h"
#include "tableview.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

InteractionsTab::InteractionsTab(CaseFiles &files, const QString &worker, QWidget *parent)
    : QWidget(parent), m_files(files), m_worker(worker)
{
    m_model = new InteractionModel(this);
    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("interactionTable"));
    m_table->setModel(m_model);
    m_table->setPlaceholderText(tr(
        "No interactions are recorded yet. Use \"Record interaction…\" after each visit or call."));
    m_table->stretchColumn(InteractionModel::Note);
    auto *record = new QPushButton(tr("&Record interaction…"), this);
    record->setObjectName(QStringLiteral("recordInteractionButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(record);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(record, &QPushButton::clicked, this, &InteractionsTab::recordInteraction);
}

void InteractionsTab::showCase(const CaseFileData &data)
{
    m_caseId = data.id;
    m_model->setInteractions(data.interactions);
}

void InteractionsTab::recordInteraction()
{
    InteractionDialog dialog(m_files, m_caseId, m_worker, this);
    dialog.exec();
}

} // namespace casedesk

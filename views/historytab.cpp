#include "historytab.h"

#include "historymodel.h"
#include "tableview.h"

#include <QVBoxLayout>

namespace casedesk {

HistoryTab::HistoryTab(QWidget *parent) : QWidget(parent)
{
    m_model = new HistoryModel(this);
    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setPlaceholderText(tr("No changes are recorded."));
    m_table->stretchColumn(HistoryModel::NewValue);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
}

void HistoryTab::showHistory(const QList<HistoryEntry> &entries)
{
    m_model->setEntries(entries);
}

} // namespace casedesk

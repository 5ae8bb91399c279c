#include "conflictspage.h"

#include "conflictlistmodel.h"
#include "conflictresolutiondialog.h"
#include "lateeditsdialog.h"
#include "syncscope.h"
#include "tableview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

ConflictsPage::ConflictsPage(RecordStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new ConflictListModel(store, this))
{
    setObjectName(QStringLiteral("conflictsPage"));
    m_caseFilter = new QLineEdit(this);
    m_caseFilter->setObjectName(QStringLiteral("conflictCaseFilter"));
    m_caseFilter->setPlaceholderText(tr("Case number or client name"));
    m_caseFilter->setClearButtonEnabled(true);
    m_siteFilter = new QComboBox(this);
    m_siteFilter->setObjectName(QStringLiteral("conflictSiteFilter"));
    fillSites();
    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setModel(m_model);
    m_table->setPlaceholderText(tr("There are no conflicts. When two sites change the same "
                                   "fields differently, they are listed here."));
    m_table->stretchColumn(ConflictListModel::Group);
    m_resolve = new QPushButton(tr("&Resolve…"), this);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_open = new QPushButton(tr("&Open case"), this);
    m_open->setObjectName(QStringLiteral("openConflictCaseButton"));

    auto *filters = new QHBoxLayout;
    auto *caseLabel = new QLabel(tr("&Case:"), this);
    caseLabel->setBuddy(m_caseFilter);
    auto *siteLabel = new QLabel(tr("O&ffice:"), this);
    siteLabel->setBuddy(m_siteFilter);
    filters->addWidget(caseLabel);
    filters->addWidget(m_caseFilter, 1);
    filters->addWidget(siteLabel);
    filters->addWidget(m_siteFilter);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resolve);
    buttons->addWidget(m_open);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_caseFilter, &QLineEdit::textChanged, m_model, &ConflictListModel::setCaseFilter);
    connect(m_siteFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setSiteFilter(m_siteFilter->currentData().toUuid()); });
    connect(m_table, &QAbstractItemView::doubleClicked, this, &ConflictsPage::resolveCurrent);
    connect(m_resolve, &QPushButton::clicked, this, &ConflictsPage::resolveCurrent);
    connect(m_open, &QPushButton::clicked, this, &ConflictsPage::openCurrentCase);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConflictsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConflictsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConflictsPage::fillSites);
    updateButtons();
}

void ConflictsPage::fillSites()
{
    const QUuid chosen = m_siteFilter->currentData().toUuid();
    QSignalBlocker blocker(m_siteFilter);
    m_siteFilter->clear();
    m_siteFilter->addItem(tr("All offices"), QUuid());
    m_siteFilter->addItem(m_store.site().name, m_store.site().id);
    for (const auto &[id, name] : SyncScope::otherSites(m_store))
        m_siteFilter->addItem(name, id);
    m_siteFilter->setCurrentIndex(std::max(0, m_siteFilter->findData(chosen)));
}

void ConflictsPage::updateButtons()
{
    const bool any = m_table->currentRow() >= 0;
    m_resolve->setEnabled(any);
    m_open->setEnabled(any && !m_model->entry(m_table->currentRow()).info.scopeRoot.isNull());
}

bool ConflictsPage::resolveRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const ConflictEntry &entry = m_model->entry(row);
    if (entry.editedAfterClosure) {
        const QUuid caseId = entry.info.rowId;
        const int choice = LateEditsDialog::review(m_store, caseId, this);
        if (choice == LateEditsDialog::Reopen)
            emit reopenCase(caseId);
        return choice == LateEditsDialog::KeepClosed;
    }
    ConflictResolutionDialog dialog(m_store, entry.info, this);
    return dialog.exec() == QDialog::Accepted;
}

void ConflictsPage::resolveCurrent()
{
    resolveRow(m_table->currentRow());
}

void ConflictsPage::openCurrentCase()
{
    const int row = m_table->currentRow();
    if (row >= 0 && !m_model->entry(row).info.scopeRoot.isNull())
        emit openCase(m_model->entry(row).info.scopeRoot);
}

} // namespace casedesk

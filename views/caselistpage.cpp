#include "caselistpage.h"

#include "casefiles.h"
#include "caselistmodel.h"
#include "conflictmarkdelegate.h"
#include "recordstore.h"
#include "tableview.h"
#include "vocabulary.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace casedesk {

namespace {

QComboBox *filterCombo(const QString &objectName, const QString &allText,
                       const Vocabulary::Items &items, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(allText, QString());
    for (const auto &item : items)
        combo->addItem(item.second, item.first);
    // Long category names (especially in Russian) would squeeze the search box; the combo stays
    // compact and its list opens wide enough to read every entry.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
    return combo;
}

} // namespace

CaseListPage::CaseListPage(RecordStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new CaseListModel(store, this))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search by name, case number, ID or phone"));
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText())
                              + 24);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);

    m_status = filterCombo(QStringLiteral("statusFilter"), tr("All statuses"),
                           Vocabulary::caseStatuses(), this);
    m_worker = filterCombo(QStringLiteral("workerFilter"), tr("All workers"), {}, this);
    m_category = filterCombo(QStringLiteral("categoryFilter"), tr("All categories"),
                             Vocabulary::categories(), this);
    m_status->setAccessibleName(tr("Status"));
    m_worker->setAccessibleName(tr("Assigned worker"));
    m_category->setAccessibleName(tr("Category of vulnerability"));
    refillWorkers();
    auto *newCase = new QPushButton(tr("&New case…"), this);
    newCase->setObjectName(QStringLiteral("newCaseButton"));

    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(CaseListModel::Number, new ConflictMarkDelegate(m_table));
    m_table->stretchColumn(CaseListModel::Client);
    m_table->horizontalHeader()->setSortIndicator(CaseListModel::Number, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("restrictedNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_status);
    top->addWidget(m_worker);
    top->addWidget(m_category);
    top->addWidget(newCase);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &CaseListPage::applySearch);
    for (QComboBox *combo : { m_status, m_worker, m_category })
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseListPage::applyFilters);
    connect(newCase, &QPushButton::clicked, this, &CaseListPage::newCaseRequested);
    connect(m_table, &QAbstractItemView::activated, this, &CaseListPage::openCurrent);
    connect(m_model, &CaseListModel::totalCountChanged, this, &CaseListPage::updateCount);
    connect(&store, &RecordStore::changed, this, &CaseListPage::onStoreChanged);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, &CaseListPage::focusSearch);
    setFocusProxy(m_search);
    updateCount();
}

void CaseListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool CaseListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
        // The list must show what was typed before the person moves into it.
        if (m_searchTimer->isActive()) {
            m_searchTimer->stop();
            applySearch();
        }
        if (m_model->rowCount() == 0)
            return true;
        m_table->setFocus(Qt::TabFocusReason);
        if (m_table->currentRow() < 0)
            m_table->selectRow(0);
        return true;
    }
    if (key == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CaseListPage::applySearch()
{
    m_model->setSearchText(m_search->text());
    updateCount();
}

void CaseListPage::applyFilters()
{
    m_model->setStatusFilter(m_status->currentData().toString());
    m_model->setWorkerFilter(m_worker->currentData().toString());
    m_model->setCategoryFilter(m_category->currentData().toString());
}

QString CaseListPage::countText() const
{
    return m_count->text();
}

void CaseListPage::updateCount()
{
    const int total = m_model->totalCount();
    const bool filtered = !m_search->text().trimmed().isEmpty() || m_status->currentIndex() > 0
        || m_worker->currentIndex() > 0 || m_category->currentIndex() > 0;
    m_table->setPlaceholderText(filtered ? tr("No case matches. Check the spelling, search by "
                                              "case number or phone, or clear the filters.")
                                         : tr("There are no case files yet. Open the first one "
                                              "with \"New case…\"."));
    if (m_search->text().trimmed().isEmpty()) {
        m_count->setText(tr("%Ln case(s)", nullptr, total));
        return;
    }
    if (total < CaseListModel::MaxSearchHits) {
        m_count->setText(tr("%Ln case(s) found", nullptr, total));
        return;
    }
    m_count->setText(tr("At most %1 matching cases are listed. Type more of the name, number "
                        "or phone to narrow the search.")
                         .arg(QLocale().toString(CaseListModel::MaxSearchHits)));
}

void CaseListPage::refillWorkers()
{
    const QString current = m_worker->currentData().toString();
    const QSignalBlocker blocker(m_worker);
    while (m_worker->count() > 1)
        m_worker->removeItem(1);
    for (const QString &worker : CaseFiles(m_store).workers())
        m_worker->addItem(worker, worker);
    const int index = m_worker->findData(current);
    m_worker->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0 && !current.isEmpty())
        applyFilters(); // the chosen worker has no cases any more
}

void CaseListPage::onStoreChanged(const ChangeSet &changes)
{
    if (changes.everything || changes.entities.contains(QStringLiteral("case")))
        refillWorkers();
}

QString CaseListPage::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void CaseListPage::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    const int row = current.row();
    // The case window would have nothing to show; say why instead.
    const bool restricted = current.isValid()
        && m_model->index(row, 0).data(int(CaseListModel::Role::Restricted)).toBool();
    m_notice->setVisible(restricted);
    if (restricted) {
        m_notice->setText(tr("Case %1 is sensitive: only its worker and the office's supervisors "
                             "may open it.")
                              .arg(m_model->index(row, CaseListModel::Number).data().toString()));
        return;
    }
    const QUuid id = m_model->caseId(row);
    if (!id.isNull())
        emit openCaseRequested(id);
}

} // namespace casedesk

#include "mydaypage.h"

#include "agendamodel.h"
#include "appsettings.h"
#include "mydaymodel.h"
#include "tableview.h"
#include "vocabulary.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace casedesk {

MyDayPage::MyDayPage(RecordStore &store, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_model(new MyDayModel(store, this)),
      m_agenda(new AgendaModel(store, this))
{
    setObjectName(QStringLiteral("myDayPage"));
    m_model->setNoContactDays(AppSettings::noContactDays());
    QLayout *header = buildHeader();
    QWidget *lists = buildLists();
    m_open = new QPushButton(tr("&Open case"), this);
    m_open->setObjectName(QStringLiteral("openMyDayCaseButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(lists, 1);
    layout->addLayout(buttons);
    connectLists();
    m_open->setEnabled(false);
    updateHeader();
}

void MyDayPage::connectLists()
{
    // Double-click and Enter both activate.
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openItem(index.row()); });
    connect(m_agendaTable, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openAgendaEntry(index.row()); });
    connect(m_open, &QPushButton::clicked, this, &MyDayPage::openCurrent);
    // One selection at a time, so "Open case" is never ambiguous.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_table->currentRow() >= 0)
            m_agendaTable->clearSelection();
        m_open->setEnabled(m_table->currentRow() >= 0 || m_agendaTable->currentRow() >= 0);
    });
    connect(m_agendaTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_agendaTable->currentRow() >= 0)
            m_table->clearSelection();
        m_open->setEnabled(m_table->currentRow() >= 0 || m_agendaTable->currentRow() >= 0);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MyDayPage::updateHeader);
    connect(m_agenda, &QAbstractItemModel::modelReset, this, &MyDayPage::updateHeader);
}

QWidget *MyDayPage::buildLists()
{
    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("myDayTable"));
    m_table->setModel(m_model);
    m_table->setPlaceholderText(tr("Nothing needs your attention today: no overdue actions, no "
                                   "visits due, no referrals past their deadline."));
    m_table->stretchColumn(MyDayModel::Detail);
    m_agendaTable = new TableView(this);
    m_agendaTable->setObjectName(QStringLiteral("agendaTable"));
    m_agendaTable->setModel(m_agenda);
    m_agendaTable->setPlaceholderText(tr("No visits are scheduled in your cases this week."));
    m_agendaTable->stretchColumn(AgendaModel::Purpose);

    auto *attention = new QGroupBox(tr("Needs attention"), this);
    auto *attentionLayout = new QVBoxLayout(attention);
    m_summary = new QLabel(attention);
    m_summary->setObjectName(QStringLiteral("myDaySummary"));
    m_summary->setWordWrap(true);
    attentionLayout->addWidget(m_summary);
    attentionLayout->addWidget(m_table, 1);
    m_week = new QGroupBox(this);
    m_week->setObjectName(QStringLiteral("agendaBox"));
    (new QVBoxLayout(m_week))->addWidget(m_agendaTable, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(attention);
    splitter->addWidget(m_week);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    return splitter;
}

QLayout *MyDayPage::buildHeader()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("myDayTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_worker = new QLabel(this);
    m_worker->setObjectName(QStringLiteral("myDayWorker"));
    m_noContact = new QSpinBox(this);
    m_noContact->setObjectName(QStringLiteral("noContactSpin"));
    m_noContact->setRange(1, 365);
    m_noContact->setValue(m_model->noContactDays());
    m_noContact->setToolTip(tr("An open case with no interaction for this many days is listed "
                               "as without recent contact"));
    const auto suffix = [this](int days) {
        //: after the number in "No contact for [30] days"
        m_noContact->setSuffix(tr(" day(s)", nullptr, days));
    };
    suffix(m_noContact->value());
    connect(m_noContact, &QSpinBox::valueChanged, this, [this, suffix](int days) {
        suffix(days);
        AppSettings::setNoContactDays(days);
        m_model->setNoContactDays(days);
    });
    auto *noContactLabel = new QLabel(tr("No &contact for:"), this);
    noContactLabel->setBuddy(m_noContact);

    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_worker);
    auto *header = new QHBoxLayout;
    header->addLayout(titles, 1);
    header->addWidget(noContactLabel);
    header->addWidget(m_noContact);
    return header;
}

void MyDayPage::showEvent(QShowEvent *event)
{
    // The supervisor page shares the setting; whichever changed it last is followed.
    const int days = AppSettings::noContactDays();
    if (days != m_noContact->value())
        m_noContact->setValue(days);
    QWidget::showEvent(event);
}

void MyDayPage::refresh()
{
    m_model->refresh();
    m_agenda->refresh();
}

QString MyDayPage::headerText() const
{
    return m_title->text() + u'\n' + m_worker->text();
}

void MyDayPage::updateHeader()
{
    const QDate today = m_model->today();
    //: the title of the "My day" page with today's date
    m_title->setText(tr("My day — %1").arg(QLocale().toString(today, QLocale::LongFormat)));
    const QString worker = m_model->worker();
    m_worker->setText(worker.isEmpty() ? tr("Nobody is signed in.")
                                       : tr("Cases assigned to %1").arg(worker));
    QMap<int, int> counts;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ++counts[int(m_model->item(row).kind)];
    for (const MyDayCut &cut : m_model->cuts())
        counts[int(cut.kind)] = cut.total;
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        //: one kind in the summary of "My day": "Overdue action: 2"
        parts << tr("%1: %2").arg(MyDay::kindText(MyDayItem::Kind(it.key())),
                                  QLocale().toString(it.value()));
    QString summary = parts.join(QStringLiteral(" · "));
    if (!m_model->cuts().isEmpty())
        summary += u'\n'
            + tr("Only the %n oldest of each kind are listed; the Supervision page lists each "
                 "worker's.",
                 nullptr, m_model->limit());
    m_summary->setText(summary);
    m_summary->setVisible(!parts.isEmpty());
    //: the agenda's title: the week ahead, "12.05.2026 – 18.05.2026"
    m_week->setTitle(tr("Visits this week (%1 – %2)")
                         .arg(displayDate(m_agenda->firstDay()), displayDate(m_agenda->lastDay())));
}

void MyDayPage::openItem(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const MyDayItem &item = m_model->item(row);
    emit openCase(item.caseId, int(item.tab()));
}

void MyDayPage::openAgendaEntry(int row)
{
    if (row < 0 || row >= m_agenda->rowCount())
        return;
    emit openCase(m_agenda->entry(row).visit.caseId, int(CaseTab::Visits));
}

void MyDayPage::openCurrent()
{
    if (m_table->currentRow() >= 0)
        openItem(m_table->currentRow());
    else
        openAgendaEntry(m_agendaTable->currentRow());
}

} // namespace casedesk

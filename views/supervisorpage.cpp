#include "supervisorpage.h"

#include "appsettings.h"
#include "caseclosure.h"
#include "mydaymodel.h"
#include "namedbutton.h"
#include "permissions.h"
#include "plans.h"
#include "recordstore.h"
#include "supervisormodel.h"
#include "tableview.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace casedesk {

SupervisorPage::SupervisorPage(RecordStore &store, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_model(new SupervisorModel(store, this)),
      m_items(new MyDayModel(store, this))
{
    setObjectName(QStringLiteral("supervisorPage"));
    m_model->setNoContactDays(AppSettings::noContactDays());
    m_items->setNoContactDays(AppSettings::noContactDays());
    m_items->setWorker(QString());
    QLayout *header = buildHeader();

    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("supervisorTable"));
    m_table->setModel(m_model);
    m_table->setPlaceholderText(tr("There are no open cases in the offices you supervise."));
    m_table->stretchColumn(SupervisorModel::Worker);
    m_itemsTable = new TableView(this);
    m_itemsTable->setObjectName(QStringLiteral("workerItemsTable"));
    m_itemsTable->setModel(m_items);
    m_itemsTable->setPlaceholderText(tr("Choose a worker above to see what needs attention in "
                                        "their cases."));
    m_itemsTable->stretchColumn(MyDayModel::Detail);

    buildItemsBox();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_itemsBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    connectSignals();
    updateSignOffVisibility();
}

void SupervisorPage::connectSignals()
{
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SupervisorPage::showSelectedWorker);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const int row = m_table->currentRow();
        m_keptWorker = row >= 0 ? m_model->load(row).worker : QString();
        m_keptOffice = row >= 0 ? m_model->load(row).office : QUuid();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_keptWorker.isNull() ? -1 : m_model->rowOf(m_keptWorker, m_keptOffice);
        if (row >= 0)
            m_table->selectRow(row);
        else
            showSelectedWorker();
    });
    connect(m_itemsTable, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openItem(index.row()); });
    connect(m_itemsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SupervisorPage::updateButtons);
    connect(m_items, &QAbstractItemModel::modelReset, this, &SupervisorPage::updateButtons);
    connect(m_open, &QPushButton::clicked, this, [this] { openItem(selectedItem()); });
    connect(m_signOffPlan, &QPushButton::clicked, this, &SupervisorPage::signOffPlan);
    connect(m_signOffClosure, &QPushButton::clicked, this, &SupervisorPage::signOffClosure);
    connect(&m_store, &RecordStore::sessionChanged, this, &SupervisorPage::updateSignOffVisibility);
}

void SupervisorPage::buildItemsBox()
{
    m_itemsBox = new QGroupBox(tr("Needs attention"), this);
    m_itemsBox->setObjectName(QStringLiteral("workerItemsBox"));
    m_open = namedButton(tr("&Open case"), "openWorkerCaseButton", m_itemsBox);
    m_signOffPlan = namedButton(tr("Sign off &plan"), "signOffPlanButton", m_itemsBox);
    m_signOffClosure = namedButton(tr("Sign off c&losure"), "signOffClosureButton", m_itemsBox);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(m_signOffPlan);
    buttons->addWidget(m_signOffClosure);
    auto *itemsLayout = new QVBoxLayout(m_itemsBox);
    itemsLayout->addWidget(m_itemsTable, 1);
    itemsLayout->addLayout(buttons);
}

QLayout *SupervisorPage::buildHeader()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("supervisorTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    const auto title = [this] {
        //: the title of the supervisor's page with today's date
        m_title->setText(tr("Caseloads — %1")
                             .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
    };
    title();
    // The counts are reloaded when the day changes; the date above them follows.
    connect(m_model, &QAbstractItemModel::modelReset, m_title, title);
    m_noContact = new QSpinBox(this);
    m_noContact->setObjectName(QStringLiteral("supervisorNoContactSpin"));
    m_noContact->setRange(1, 365);
    m_noContact->setValue(m_model->noContactDays());
    m_noContact->setToolTip(tr("An open case with no interaction for this many days counts as "
                               "without contact"));
    const auto suffix = [this](int days) {
        //: after the number in "No contact for [30] days"
        m_noContact->setSuffix(tr(" day(s)", nullptr, days));
    };
    suffix(m_noContact->value());
    connect(m_noContact, &QSpinBox::valueChanged, this, [this, suffix](int days) {
        suffix(days);
        AppSettings::setNoContactDays(days);
        m_model->setNoContactDays(days);
        m_items->setNoContactDays(days);
    });
    auto *label = new QLabel(tr("No &contact for:"), this);
    label->setBuddy(m_noContact);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(label);
    header->addWidget(m_noContact);
    return header;
}

void SupervisorPage::showEvent(QShowEvent *event)
{
    // "My day" shares the setting; whichever changed it last is followed.
    const int days = AppSettings::noContactDays();
    if (days != m_noContact->value())
        m_noContact->setValue(days);
    QWidget::showEvent(event);
}

void SupervisorPage::showSelectedWorker()
{
    const int row = m_table->currentRow();
    const QString worker = row >= 0 ? m_model->load(row).worker : QString();
    if (worker != m_items->worker() || row < 0)
        m_items->setWorker(worker);
    //: the title above one worker's items on the supervisor's page
    m_itemsBox->setTitle(worker.isEmpty() ? tr("Needs attention")
                                          : tr("Needs attention in the cases of %1").arg(worker));
    updateButtons();
}

bool SupervisorPage::canSignOff() const
{
    return Access::require(m_store, Operation::SignOff).isOk();
}

void SupervisorPage::updateSignOffVisibility()
{
    const bool may = canSignOff();
    m_signOffPlan->setVisible(may);
    m_signOffClosure->setVisible(may);
    updateButtons();
}

int SupervisorPage::selectedItem() const
{
    return m_itemsTable->currentRow();
}

void SupervisorPage::updateButtons()
{
    const int row = selectedItem();
    const auto kind = row >= 0 ? m_items->item(row).kind : MyDayItem::Kind::OverdueAction;
    m_open->setEnabled(row >= 0);
    m_signOffPlan->setEnabled(row >= 0 && kind == MyDayItem::Kind::PlanToSignOff);
    m_signOffClosure->setEnabled(row >= 0 && kind == MyDayItem::Kind::ClosureToSignOff);
}

void SupervisorPage::openItem(int row)
{
    if (row < 0 || row >= m_items->rowCount())
        return;
    const MyDayItem &item = m_items->item(row);
    emit openCase(item.caseId, int(item.tab()));
}

bool SupervisorPage::confirm(const QString &title, const QString &question)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                    this);
    box.setObjectName(QStringLiteral("signOffConfirmation"));
    box.button(QMessageBox::Yes)->setText(tr("Sign off"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

bool SupervisorPage::signOffPlan()
{
    const int row = selectedItem();
    if (row < 0 || m_items->item(row).kind != MyDayItem::Kind::PlanToSignOff)
        return false;
    const MyDayItem item = m_items->item(row);
    if (!confirm(tr("Sign off plan"),
                 tr("Sign off the plan of case %1? It becomes active, and later changes are "
                    "made after a review.")
                     .arg(item.caseNumber)))
        return false;
    if (const Status s = Plans(m_store).signOff(item.itemId); !s) {
        QMessageBox::warning(this, tr("Sign off plan"), s.message());
        return false;
    }
    return true;
}

bool SupervisorPage::signOffClosure()
{
    const int row = selectedItem();
    if (row < 0 || m_items->item(row).kind != MyDayItem::Kind::ClosureToSignOff)
        return false;
    const MyDayItem item = m_items->item(row);
    if (!confirm(tr("Sign off closure"),
                 tr("Sign off the closure of case %1? The case is closed; only reopening "
                    "changes it afterwards.")
                     .arg(item.caseNumber)))
        return false;
    if (const Status s = CaseClosure(m_store).signOff(item.caseId); !s) {
        QMessageBox::warning(this, tr("Sign off closure"), s.message());
        return false;
    }
    return true;
}

} // namespace casedesk

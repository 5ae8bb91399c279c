#include "contractsection.h"

#include "assistancedialog.h"
#include "compliancedialog.h"
#include "compliancemodel.h"
#include "meanstest.h"
#include "obligationdialog.h"
#include "socialcontracts.h"
#include "tableview.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {

QListWidget *obligationListWidget(const char *name, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(QLatin1String(name));
    list->setWordWrap(true);
    list->setAlternatingRowColors(true);
    return list;
}

} // namespace

ContractSection::ContractSection(RecordStore &store, QWidget *parent)
    : QTabWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("contractSection"));
    // Each page gets the full width: the compliance table has six columns to show.
    addTab(buildCompliance(), tr("Monthly compliance"));
    addTab(buildObligations(), tr("Obligations"));
    addTab(buildAssistance(), tr("Assistance"));
    updateButtons();
}

QWidget *ContractSection::buildObligations()
{
    auto *page = new QWidget(this);
    m_clientObligations = obligationListWidget("clientObligations", page);
    m_agencyObligations = obligationListWidget("agencyObligations", page);
    m_addObligation = new QPushButton(tr("Add o&bligation…"), page);
    m_addObligation->setObjectName(QStringLiteral("addObligationButton"));
    connect(m_addObligation, &QPushButton::clicked, this, &ContractSection::addObligation);
    auto *sides = new QGridLayout;
    sides->addWidget(new QLabel(tr("The client undertakes:"), page), 0, 0);
    sides->addWidget(new QLabel(tr("The agency undertakes:"), page), 0, 1);
    sides->addWidget(m_clientObligations, 1, 0);
    sides->addWidget(m_agencyObligations, 1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(sides, 1);
    layout->addWidget(m_addObligation, 0, Qt::AlignLeft);
    return page;
}

QWidget *ContractSection::buildAssistance()
{
    auto *box = new QWidget(this);
    m_assistance = new QTreeWidget(box);
    m_assistance->setObjectName(QStringLiteral("assistanceList"));
    m_assistance->setRootIsDecorated(false);
    m_assistance->setAlternatingRowColors(true);
    m_assistance->setHeaderLabels({ tr("Kind"), tr("Per month"), tr("Conditions") });
    m_assistance->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_assistance->header()->setStretchLastSection(true);
    m_assistanceTotal = new QLabel(box);
    m_assistanceTotal->setObjectName(QStringLiteral("assistanceTotal"));
    m_addAssistance = new QPushButton(tr("Add assista&nce…"), box);
    m_addAssistance->setObjectName(QStringLiteral("addAssistanceButton"));
    connect(m_addAssistance, &QPushButton::clicked, this, &ContractSection::addAssistance);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_assistance, 1);
    layout->addWidget(m_assistanceTotal);
    layout->addWidget(m_addAssistance, 0, Qt::AlignLeft);
    return box;
}

QWidget *ContractSection::buildCompliance()
{
    auto *box = new QWidget(this);
    m_compliance = new ComplianceModel(m_store, this);
    m_complianceTable = new TableView(box);
    m_complianceTable->setObjectName(QStringLiteral("complianceTable"));
    m_complianceTable->setModel(m_compliance);
    m_complianceTable->stretchColumn(ComplianceModel::Reason);
    m_complianceTable->setPlaceholderText(tr("No month recorded yet."));
    m_recordMonth = new QPushButton(tr("Record &month…"), box);
    m_recordMonth->setObjectName(QStringLiteral("recordMonthButton"));
    connect(m_recordMonth, &QPushButton::clicked, this, &ContractSection::recordMonth);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_complianceTable, 1);
    layout->addWidget(m_recordMonth, 0, Qt::AlignLeft);
    return box;
}

QListWidget *ContractSection::obligationList(const QString &side) const
{
    return side == QLatin1String("agency") ? m_agencyObligations : m_clientObligations;
}

void ContractSection::showPlan(const Plan &plan)
{
    const bool contract = plan.kind == QLatin1String("social_contract");
    m_plan = contract ? plan : Plan();
    if (m_compliance->planId() != m_plan.id)
        m_compliance->setPlanId(m_plan.id);
    m_clientObligations->clear();
    m_agencyObligations->clear();
    m_assistance->clear();
    const SocialContracts contracts(m_store);
    const QList<Obligation> obligations
        = contract ? contracts.obligations(plan.id) : QList<Obligation>();
    for (const Obligation &o : obligations)
        obligationList(o.side)->addItem(o.text);
    qint64 total = 0;
    const QList<Assistance> assistance
        = contract ? contracts.assistance(plan.id) : QList<Assistance>();
    for (const Assistance &a : assistance) {
        auto *item = new QTreeWidgetItem(m_assistance,
                                         { a.kind, moneyText(a.monthlyAmount), a.conditions });
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(2, a.conditions);
        total += a.monthlyAmount;
    }
    //: the sum of a social contract's monthly assistance
    m_assistanceTotal->setText(tr("Total per month: %1").arg(moneyText(total)));
    for (int page = 0; page < 3; ++page)
        setTabVisible(page, contract);
    updateButtons();
}

void ContractSection::setEditable(bool editable)
{
    m_editable = editable;
    for (QPushButton *b : { m_addObligation, m_addAssistance, m_recordMonth })
        b->setVisible(editable);
    updateButtons();
}

void ContractSection::updateButtons()
{
    const bool open = !m_plan.id.isNull() && m_plan.status != QLatin1String("closed");
    for (QPushButton *b : { m_addObligation, m_addAssistance, m_recordMonth })
        b->setEnabled(m_editable && open);
}

void ContractSection::addObligation()
{
    if (m_plan.id.isNull())
        return;
    ObligationDialog dialog(m_store, m_plan.id, QStringLiteral("client"), this);
    dialog.exec();
}

void ContractSection::addAssistance()
{
    if (m_plan.id.isNull())
        return;
    AssistanceDialog dialog(m_store, m_plan.id, this);
    dialog.exec();
}

void ContractSection::recordMonth()
{
    if (m_plan.id.isNull())
        return;
    ComplianceDialog dialog(m_store, m_plan, this);
    dialog.exec();
}

} // namespace casedesk

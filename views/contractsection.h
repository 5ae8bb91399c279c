#pragma once

#include "plans.h"

#include <QTabWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace casedesk {

class ComplianceModel;
class TableView;

// The pages under a plan's tree: for a social contract, what the client and the agency
// undertake, the assistance that depends on it, and the monthly record of compliance with its
// consequences; the Plans tab adds its other pages (reviews) after them.
class ContractSection : public QTabWidget
{
    Q_OBJECT

public:
    ContractSection(RecordStore &store, QWidget *parent = nullptr);

    // Shows the contract; the contract pages are hidden for a plan that is not one.
    void showPlan(const Plan &plan);
    bool showsContract() const { return !m_plan.id.isNull(); }
    // Whether this user may change the contract here; the add buttons follow.
    void setEditable(bool editable);

    ComplianceModel *complianceModel() const { return m_compliance; }
    TableView *complianceTable() const { return m_complianceTable; }
    QListWidget *obligationList(const QString &side) const;
    QTreeWidget *assistanceList() const { return m_assistance; }

    void addObligation();
    void addAssistance();
    void recordMonth();

private:
    QWidget *buildObligations();
    QWidget *buildAssistance();
    QWidget *buildCompliance();
    void updateButtons();

    RecordStore &m_store;
    Plan m_plan;
    bool m_editable = true;
    QListWidget *m_clientObligations;
    QListWidget *m_agencyObligations;
    QTreeWidget *m_assistance;
    QLabel *m_assistanceTotal;
    ComplianceModel *m_compliance;
    TableView *m_complianceTable;
    QPushButton *m_addObligation;
    QPushButton *m_addAssistance;
    QPushButton *m_recordMonth;
};

} // namespace casedesk

#pragma once

#include <QUuid>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace casedesk {

class MyDayModel;
class RecordStore;
class SupervisorModel;
class TableView;

// The supervisor's page: every worker's caseload with overdue actions, cases without contact,
// sign-offs waiting and conflicts; choosing a worker lists what needs attention in their cases,
// where a supervisor signs off a plan or a closure.
class SupervisorPage : public QWidget
{
    Q_OBJECT

public:
    explicit SupervisorPage(RecordStore &store, QWidget *parent = nullptr);

    SupervisorModel *model() const { return m_model; }
    // The chosen worker's items.
    MyDayModel *workerItems() const { return m_items; }
    TableView *table() const { return m_table; }
    TableView *itemsTable() const { return m_itemsTable; }
    QSpinBox *noContactSpin() const { return m_noContact; }
    // Whether the signed-in person may sign off (the buttons are shown only then).
    bool canSignOff() const;
    // Ask to confirm, then sign off the selected item's plan or closure; a refusal is shown.
    // True when it was signed off.
    bool signOffPlan();
    bool signOffClosure();
    void openItem(int row);

signals:
    // tab is an int of CaseTab.
    void openCase(const QUuid &caseId, int tab);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLayout *buildHeader();
    void buildItemsBox();
    void connectSignals();
    void showSelectedWorker();
    void updateButtons();
    void updateSignOffVisibility();
    int selectedItem() const;
    bool confirm(const QString &title, const QString &question);

    RecordStore &m_store;
    SupervisorModel *m_model;
    MyDayModel *m_items;
    QLabel *m_title;
    QSpinBox *m_noContact;
    TableView *m_table;
    TableView *m_itemsTable;
    QGroupBox *m_itemsBox;
    QPushButton *m_open;
    QPushButton *m_signOffPlan;
    QPushButton *m_signOffClosure;
    // The chosen worker across a reload of the table.
    QString m_keptWorker;
    QUuid m_keptOffice;
};

} // namespace casedesk

#pragma once

#include <QUuid>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace casedesk {

class AgendaModel;
class MyDayModel;
class RecordStore;
class TableView;

// The "My day" page: what needs the signed-in worker's attention today, most urgent kinds
// first, and the visits of the week ahead. Opening an item asks for its case at the tab where
// the work is.
class MyDayPage : public QWidget
{
    Q_OBJECT

public:
    explicit MyDayPage(RecordStore &store, QWidget *parent = nullptr);

    MyDayModel *model() const { return m_model; }
    AgendaModel *agenda() const { return m_agenda; }
    TableView *table() const { return m_table; }
    TableView *agendaTable() const { return m_agendaTable; }
    QSpinBox *noContactSpin() const { return m_noContact; }
    QString headerText() const;
    // Emits openCase for a row of the list or the agenda; nothing for a row that is not there.
    void openItem(int row);
    void openAgendaEntry(int row);

public slots:
    // Reloads both lists for today's date and the signed-in person.
    void refresh();

signals:
    // tab is an int of CaseTab.
    void openCase(const QUuid &caseId, int tab);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLayout *buildHeader();
    QWidget *buildLists();
    void connectLists();
    void updateHeader();
    void openCurrent();

    RecordStore &m_store;
    MyDayModel *m_model;
    AgendaModel *m_agenda;
    QLabel *m_title;
    QLabel *m_worker;
    QLabel *m_summary;
    QSpinBox *m_noContact;
    TableView *m_table;
    TableView *m_agendaTable;
    QGroupBox *m_week;
    QPushButton *m_open;
};

} // namespace casedesk

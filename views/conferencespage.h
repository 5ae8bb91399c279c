#pragma once

#include <QHash>
#include <QPointer>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace casedesk {

class ConferenceListModel;
class ConferenceWindow;
class RecordStore;
class TableView;

// The Conferences page: upcoming and past case conferences with a search, scheduling a new
// one, the list of partner specialists, and each conference opened in its own window.
class ConferencesPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConferencesPage(RecordStore &store, QWidget *parent = nullptr);
    ~ConferencesPage() override;

    ConferenceListModel *model() const { return m_model; }
    TableView *table() const { return m_table; }
    QComboBox *whenCombo() const { return m_when; }
    QLineEdit *searchEdit() const { return m_search; }
    // Raises the conference's window when it is already open.
    ConferenceWindow *openConference(const QUuid &conferenceId);
    QList<ConferenceWindow *> windows() const;
    // Closes the conference windows, each keeping what was typed or asking; false when one
    // stayed open.
    bool closeWindows();
    void newConference();
    void editPartners();

signals:
    void openCase(const QUuid &caseId);

private:
    void openCurrent();

    RecordStore &m_store;
    ConferenceListModel *m_model;
    QComboBox *m_when;
    QLineEdit *m_search;
    TableView *m_table;
    QPushButton *m_open;
    QHash<QUuid, QPointer<ConferenceWindow>> m_windows;
};

} // namespace casedesk

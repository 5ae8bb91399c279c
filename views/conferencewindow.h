#pragma once

#include "conferences.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTimer;

namespace casedesk {

class ConferenceCasesTab;
class ConferenceDetailsForm;
class ConferenceParticipantsTab;
struct ChangeSet;

// One case conference in a window of its own: the meeting and its documents, the participants
// and their attendance, the cases with their sections, decisions and follow-up actions; the
// minutes approved, corrected, previewed, printed and saved as PDF (approved minutes exactly as
// approved). Follows the store: an edit made anywhere shows at once.
class ConferenceWindow : public QWidget
{
    Q_OBJECT

public:
    ConferenceWindow(RecordStore &store, const QUuid &conferenceId, QWidget *parent = nullptr);

    QUuid conferenceId() const { return m_id; }
    const Conference &conference() const { return m_conference; }
    QString stateText() const;
    QTabWidget *tabs() const { return m_tabs; }
    ConferenceDetailsForm *detailsForm() const { return m_details; }
    ConferenceParticipantsTab *participantsTab() const { return m_participants; }
    ConferenceCasesTab *casesTab() const { return m_cases; }

    bool saveDetails();
    // Asks for confirmation, then approves; the outcome shows in the window.
    void approve();
    void startCorrection();
    void previewMinutes(bool redacted);
    void saveMinutesPdf(bool redacted);
    void attachDocuments();
    void saveDocumentCopy();

public slots:
    void reload();

signals:
    void openCase(const QUuid &caseId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildMeetingTab();
    QLayout *buildActions();
    void onStoreChanged(const ChangeSet &changes);
    void updateState();
    // Keeps pending section text and asks about unsaved details; false when the person stays.
    bool settle();

    RecordStore &m_store;
    QUuid m_id;
    Conference m_conference;
    QString m_loadError;
    bool m_detailsDirty = false;
    QLabel *m_title;
    QLabel *m_state;
    QTabWidget *m_tabs;
    ConferenceDetailsForm *m_details;
    QPushButton *m_saveDetails;
    QListWidget *m_documents;
    QPushButton *m_attach;
    QPushButton *m_saveCopy;
    ConferenceParticipantsTab *m_participants;
    ConferenceCasesTab *m_cases;
    QPushButton *m_approve;
    QPushButton *m_correct;
    QPushButton *m_print;
    QTimer *m_pending; // coalesces a burst of changes into one reload
};

} // namespace casedesk

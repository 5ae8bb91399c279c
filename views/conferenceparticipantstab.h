#pragma once

#include "conferences.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace casedesk {

// Who was invited to the conference and whether they came: invite from the partner list or
// by name, change, remove, and mark the selected participants present, absent or excused.
class ConferenceParticipantsTab : public QWidget
{
    Q_OBJECT

public:
    ConferenceParticipantsTab(RecordStore &store, QWidget *parent = nullptr);

    void setConference(const Conference &conference);
    QTreeWidget *tree() const { return m_tree; }
    void invite();
    void editCurrent();
    void removeSelected();
    // Marks every selected participant.
    void markSelected(Attendance attendance);

private:
    QList<QUuid> selectedIds() const;
    void updateButtons();

    RecordStore &m_store;
    Conference m_conference;
    QTreeWidget *m_tree;
    QPushButton *m_invite;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QList<QPushButton *> m_markButtons;
};

} // namespace casedesk

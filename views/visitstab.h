#pragma once

#include "casefiles.h"

#include <QWidget>

class QPushButton;

namespace casedesk {

class TableView;
class VisitListModel;

// The Visits tab: the case's scheduled visits and re-registrations, soonest first. Schedule
// one, move it, mark it held (which records the interaction and schedules the next
// re-registration), mark it missed, or cancel it with a reason.
class VisitsTab : public QWidget
{
    Q_OBJECT

public:
    VisitsTab(CaseFiles &files, QWidget *parent = nullptr);

    void showCase(const CaseFileData &data);
    // Whether this user may change the case here; the edit buttons follow.
    void setEditable(bool editable);
    TableView *table() const { return m_table; }
    VisitListModel *model() const { return m_model; }

    QUuid currentVisit() const;
    void selectVisit(const QUuid &visitId);
    // Each opens its dialog (modal) and does what the button of the same name does; true when
    // something was written.
    bool scheduleVisit();
    bool reschedule();
    bool markHeld();
    bool markMissed();
    bool cancelVisit();

private:
    void updateButtons();

    CaseFiles &m_files;
    QUuid m_caseId;
    bool m_editable = true;
    VisitListModel *m_model;
    TableView *m_table;
    QPushButton *m_schedule;
    QPushButton *m_held;
    QPushButton *m_missed;
    QPushButton *m_reschedule;
    QPushButton *m_cancel;
    QUuid m_kept; // the selected visit across a reload
};

} // namespace casedesk

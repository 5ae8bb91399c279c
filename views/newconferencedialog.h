#pragma once

#include <QDialog>
#include <QUuid>

namespace casedesk {

class ConferenceDetailsForm;
class RecordStore;

// Schedules a case conference: the meeting's details, then the conference window opens for
// participants and cases. The secretary is the person signed in unless changed.
class NewConferenceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewConferenceDialog(RecordStore &store, QWidget *parent = nullptr);

    ConferenceDetailsForm *form() const { return m_form; }
    // The conference scheduled, once accepted.
    QUuid conferenceId() const { return m_id; }
    void accept() override;

private:
    RecordStore &m_store;
    ConferenceDetailsForm *m_form;
    QUuid m_id;
};

} // namespace casedesk

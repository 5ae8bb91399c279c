#pragma once

#include "conferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace casedesk {

// Invites a participant to a conference, picked from the partner specialists or typed, or
// changes one already invited. A typed specialist can be kept in the list for next time.
class ParticipantDialog : public QDialog
{
    Q_OBJECT

public:
    // Invites to conferenceId.
    ParticipantDialog(RecordStore &store, const QUuid &conferenceId, QWidget *parent = nullptr);
    // Changes an invited participant.
    ParticipantDialog(RecordStore &store, const ConferenceParticipant &participant,
                      QWidget *parent = nullptr);

    QComboBox *partnerCombo() const { return m_partner; }
    void accept() override;

private:
    void build();
    void onPartnerChosen();

    RecordStore &m_store;
    QUuid m_conferenceId;
    ConferenceParticipant m_participant;
    QComboBox *m_partner = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_agency = nullptr;
    QLineEdit *m_role = nullptr;
    QComboBox *m_attendance = nullptr;
    QCheckBox *m_keep = nullptr;
};

} // namespace casedesk

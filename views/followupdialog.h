#pragma once

#include "conferences.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace casedesk {

// A follow-up action of a decision: what is to be done, by whom, of which agency, by when.
class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    // Adds a follow-up to decisionId.
    FollowUpDialog(RecordStore &store, const QUuid &decisionId, QWidget *parent = nullptr);
    // Changes one.
    FollowUpDialog(RecordStore &store, const ConferenceFollowUp &followUp,
                   QWidget *parent = nullptr);

    void accept() override;

private:
    void build();

    RecordStore &m_store;
    ConferenceFollowUp m_followUp;
    QPlainTextEdit *m_what = nullptr;
    QLineEdit *m_who = nullptr;
    QLineEdit *m_agency = nullptr;
    QDateEdit *m_deadline = nullptr;
};

} // namespace casedesk

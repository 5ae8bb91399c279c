#pragma once

#include "casefiles.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;

namespace casedesk {

class ReferralListModel;
class TableView;

// The Referrals tab: the case's referrals to other agencies, newest first, with the ones past
// their deadline and the ones waiting for feedback marked; send a new one, move one along its
// lifecycle, and read the selected one's reason, documents and feedback in full.
class ReferralsTab : public QWidget
{
    Q_OBJECT

public:
    ReferralsTab(CaseFiles &files, QWidget *parent = nullptr);

    void showCase(const CaseFileData &data);
    // Whether this user may change the case here; the edit buttons follow.
    void setEditable(bool editable);
    TableView *table() const { return m_table; }
    ReferralListModel *model() const { return m_model; }

    // Opens the referral dialog (modal); the referral sent, or null when cancelled.
    QUuid newReferral();
    // Opens the status dialog for the selected referral (modal); true when it changed.
    bool updateStatus();
    QUuid currentReferral() const;
    void selectReferral(const QUuid &referralId);

private:
    void updateButtons();
    void updateDetails();
    // The read-only area under the table with the selected referral in full.
    void buildDetails();
    QLabel *detailLabel(const char *name);

    CaseFiles &m_files;
    QUuid m_caseId;
    bool m_editable = true;
    ReferralListModel *m_model;
    TableView *m_table;
    QGroupBox *m_details;
    QLabel *m_agency;
    QLabel *m_reason;
    QLabel *m_documents;
    QLabel *m_status;
    QLabel *m_feedback;
    QPushButton *m_new;
    QPushButton *m_update;
    QPushButton *m_print;
    QUuid m_kept; // the selected referral across a reload
};

} // namespace casedesk

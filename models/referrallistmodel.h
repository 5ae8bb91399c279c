#pragma once

#include "casefiletablemodel.h"
#include "referrals.h"

namespace casedesk {

struct ChangeSet;

// The referrals of one case, newest first, as the Referrals tab lists them, with the ones past
// their deadline and the ones waiting for the agency's feedback marked; reloaded when a write or
// an import touches a referral of the case.
class ReferralListModel : public CaseFileTableModel
{
    Q_OBJECT

public:
    enum Column { Agency, Reason, Sent, Deadline, Status, Feedback, ColumnCount };
    enum class Role {
        ReferralId = Qt::UserRole,
        StatusKey,
        PastDeadline,
        WaitingForFeedback,
    };

    explicit ReferralListModel(RecordStore &store, QObject *parent = nullptr);

    void setCaseId(const QUuid &caseId);
    const QUuid &caseId() const { return m_caseId; }
    const Referral &referral(int row) const { return m_items.at(row); }
    // The row of a referral, or -1.
    int rowOf(const QUuid &referralId) const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void reload();

    // The kind of an agency as people read it; other CaseDesk sites have a kind of their own.
    static QString agencyKindText(const QString &kind);
    // "completed, 12.05.2026": the status and the day it was reached.
    static QString statusText(const Referral &referral);

protected:
    int itemCount() const override { return int(m_items.size()); }
    QString columnTitle(int column) const override;

private:
    void onStoreChanged(const ChangeSet &changes);
    QVariant displayText(const Referral &referral, int column) const;
    QVariant toolTip(const Referral &referral, int column) const;

    RecordStore &m_store;
    QUuid m_caseId;
    QList<Referral> m_items;
};

} // namespace casedesk

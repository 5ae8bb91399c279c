#include "referrallistmodel.h"

#include "planvocabulary.h"
#include "recordstore.h"
#include "vocabulary.h"

#include <QColor>
#include <QFont>

namespace casedesk {

namespace {

const QColor lateColour(0xb0, 0x00, 0x20);
const QColor waitingColour(0xa0, 0x5a, 0x00);

// The table shows one line per referral; the detail area below it shows the whole text.
QString oneLine(const QString &text)
{
    return text.simplified();
}

} // namespace

ReferralListModel::ReferralListModel(RecordStore &store, QObject *parent)
    : CaseFileTableModel(ColumnCount, parent), m_store(store)
{
    connect(&store, &RecordStore::changed, this, &ReferralListModel::onStoreChanged);
    // Who is signed in decides what may be read (a sensitive case shows nothing).
    connect(&store, &RecordStore::sessionChanged, this, &ReferralListModel::reload);
}

void ReferralListModel::setCaseId(const QUuid &caseId)
{
    m_caseId = caseId;
    reload();
}

void ReferralListModel::reload()
{
    beginResetModel();
    m_items = m_caseId.isNull() ? QList<Referral>() : Referrals(m_store).forCase(m_caseId);
    endResetModel();
}

void ReferralListModel::onStoreChanged(const ChangeSet &changes)
{
    if (m_caseId.isNull())
        return;
    if (changes.everything
        || (changes.entities.contains(QStringLiteral("referral"))
            && changes.scopeRoots.contains(m_caseId)))
        reload();
}

int ReferralListModel::rowOf(const QUuid &referralId) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).id == referralId)
            return row;
    return -1;
}

QString ReferralListModel::columnTitle(int column) const
{
    switch (column) {
    case Agency:
        return tr("Agency");
    case Reason:
        return tr("Reason");
    case Sent:
        return tr("Sent");
    case Deadline:
        //: the day by which the client must present themselves at the agency
        return tr("Present by");
    case Status:
        return tr("Status");
    case Feedback:
        return tr("Feedback");
    }
    return QString();
}

QString ReferralListModel::agencyKindText(const QString &kind)
{
    return Vocabulary::label(PlanVocabulary::agencyKinds(), kind);
}

QString ReferralListModel::statusText(const Referral &r)
{
    if (!r.statusDate.isValid())
        return referralStatusText(r.status);
    //: referral status and the day it was reached, e.g. "completed, 12.05.2026"
    return tr("%1, %2").arg(referralStatusText(r.status), displayDate(r.statusDate));
}

QVariant ReferralListModel::displayText(const Referral &r, int column) const
{
    switch (column) {
    case Agency:
        return r.agencyName;
    case Reason:
        return oneLine(r.reason);
    case Sent:
        return displayDate(r.sentDate);
    case Deadline:
        if (Referrals::isPastDeadline(r, QDate::currentDate()))
            //: a referral's deadline that has passed without the client presenting
            return tr("%1 — past deadline").arg(displayDate(r.deadline));
        return displayDate(r.deadline);
    case Status:
        return statusText(r);
    case Feedback:
        if (Referrals::isWaitingForFeedback(r))
            return tr("waiting for feedback");
        return oneLine(r.feedback);
    }
    return QVariant();
}

QVariant ReferralListModel::toolTip(const Referral &r, int column) const
{
    if (column == Deadline && Referrals::isPastDeadline(r, QDate::currentDate()))
        return tr("The client was to present themselves at %1 by %2, and the agency has not "
                  "reported that they attended.")
            .arg(r.agencyName, displayDate(r.deadline));
    if (column == Feedback && Referrals::isWaitingForFeedback(r))
        return tr("The client attended on %1; the agency has not reported back yet.")
            .arg(displayDate(r.statusDate));
    if (column == Status && !r.statusReason.isEmpty())
        return r.statusReason;
    if ((column == Reason || column == Feedback) && !displayText(r, column).toString().isEmpty())
        return column == Reason ? r.reason : r.feedback;
    return QVariant();
}

QVariant ReferralListModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return QVariant();
    const Referral &r = m_items.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(r, column);
    case Qt::ToolTipRole:
        return toolTip(r, column);
    case Qt::ForegroundRole:
        if (column == Deadline && Referrals::isPastDeadline(r, QDate::currentDate()))
            return lateColour;
        if (column == Feedback && Referrals::isWaitingForFeedback(r))
            return waitingColour;
        return QVariant();
    case Qt::FontRole:
        if (column == Feedback && Referrals::isWaitingForFeedback(r)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return QVariant();
    case int(Role::ReferralId):
        return r.id;
    case int(Role::StatusKey):
        return referralStatusKey(r.status);
    case int(Role::PastDeadline):
        return Referrals::isPastDeadline(r, QDate::currentDate());
    case int(Role::WaitingForFeedback):
        return Referrals::isWaitingForFeedback(r);
    }
    return QVariant();
}

} // namespace casedesk

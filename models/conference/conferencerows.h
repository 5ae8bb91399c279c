#pragma once

// What the parts of Conferences share about their rows: the entity names and small readers.
#include "recordstore.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace casedesk::conferencerows {

inline const QString conferenceEntity = QStringLiteral("conference");
inline const QString participantEntity = QStringLiteral("conference_participant");
inline const QString caseEntity = QStringLiteral("conference_case");
inline const QString decisionEntity = QStringLiteral("conference_decision");
inline const QString followUpEntity = QStringLiteral("conference_followup");
inline const QString documentEntity = QStringLiteral("conference_document");
inline const QString approvalEntity = QStringLiteral("conference_approval");

inline QDate dateOf(const QString &iso)
{
    return QDate::fromString(iso, Qt::ISODate);
}

// Ids of the live rows of a table that name a parent.
inline QList<QUuid> childIds(const RecordStore &store, const char *sql, const QUuid &parent)
{
    QList<QUuid> ids;
    Statement st = store.db().statement(sql);
    st.bind(1, parent);
    while (st.step() == Statement::Step::Row)
        ids << st.uuid(0);
    return ids;
}

} // namespace casedesk::conferencerows

#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUuid>

#include <optional>

namespace casedesk {

class RecordStore;

// Unsaved edits a worker had open when another person signed in at the same computer; kept
// in the local table `drafts` (never synced) until that worker saves or discards them.
class Drafts
{
    Q_DECLARE_TR_FUNCTIONS(Drafts)

public:
    // The Overview tab of a case file.
    static constexpr const char *CaseOverview = "case_overview";

    struct Draft
    {
        QByteArray content; // JSON
        qint64 savedAtMs = 0;
    };

    static Status save(RecordStore &store, const QUuid &user, const QUuid &caseId,
                       const QString &kind, const QByteArray &content);
    static std::optional<Draft> find(const RecordStore &store, const QUuid &user,
                                     const QUuid &caseId, const QString &kind);
    static Status remove(RecordStore &store, const QUuid &user, const QUuid &caseId,
                         const QString &kind);
    // Cases the user has drafts for, newest first.
    static QList<QUuid> casesWithDrafts(const RecordStore &store, const QUuid &user);
};

} // namespace casedesk

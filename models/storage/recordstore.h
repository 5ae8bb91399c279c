#pragma once

#include "database.h"
#include "entityschema.h"
#include "hlc.h"
#include "result.h"
#include "rowstate.h"
#include "version.h"

#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace casedesk {

class NameCollator;
class Session;

// What one committed write or import touched; models refresh only what is affected.
struct ChangeSet
{
    QSet<QString> entities;
    QSet<QUuid> rows;
    QSet<QUuid> scopeRoots;
    // Set by rebuilds and imports too large to list row by row.
    bool everything = false;
    bool isEmpty() const { return rows.isEmpty() && !everything; }
};

struct SiteIdentity
{
    QUuid id;
    QString name;
    QString code;
    QString kind; // "office" or "hub"
};

// One head of a field group as a person sees it when resolving a conflict.
struct HeadInfo
{
    VersionRef ref;
    QCborMap values;
    qint64 wallMs = 0;
    QString author;
    QUuid site;
};

struct ConflictInfo
{
    QString entity;
    QUuid rowId;
    QUuid scopeRoot;
    QString group; // the tombstone group for a delete/edit conflict
};

// The versioned record store: every synced row is written only through it (ARCHITECTURE §3).
// Writes outside a WriteBatch commit on their own; inside one, all or nothing.
class RecordStore : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<RecordStore>> create(const QString &path,
                                                       const SiteIdentity &site);
    static Result<std::unique_ptr<RecordStore>> open(const QString &path, Database::Mode mode);
    ~RecordStore() override;

    Database &db() const { return *m_db; }
    const SiteIdentity &site() const { return m_site; }
    QUuid incarnation() const { return m_incarnation; }
    void setAuthor(const QString &author)
    {
        if (!author.trimmed().isEmpty())
            m_author = author.trimmed();
    }
    const QString &author() const { return m_author; }
    // Who works with the file now (models/accounts); nullptr until someone signs in.
    void setSession(std::shared_ptr<const Session> session)
    {
        m_session = std::move(session);
        emit sessionChanged();
    }
    const std::shared_ptr<const Session> &session() const { return m_session; }

    // Starts a new incarnation (after a restore or when the file was copied).
    Status startNewIncarnation(const QString &reason);

    // rowId may be given when related rows must name each other in one batch.
    Result<QUuid> create(const QString &entity, const QUuid &scopeRoot, const QCborMap &fields,
                         const QUuid &rowId = QUuid());
    Status update(const QString &entity, const QUuid &rowId, const QCborMap &fields);
    Status remove(const QString &entity, const QUuid &rowId);
    // A new version of one group whose parents are all its heads.
    Status resolve(const QString &entity, const QUuid &rowId, const QString &group,
                   const QCborMap &values);
    Status resolveDeletion(const QString &entity, const QUuid &rowId, bool keepDeleted);

    // Set union with versions from elsewhere; returns how many were new. Rows touched by new
    // versions are added to *touched when given (entity, row id, scope root). newRows, when
    // given, names rows the caller has just seen to have no version in the file, inside the
    // same transaction: their versions are not looked for again.
    struct TouchedRow
    {
        QString entity;
        QUuid rowId;
        QUuid scopeRoot;
    };
    // A received version in this file's terms (its groups with local origin numbers, and the
    // stored body), made ahead on another thread from a copy of the origin numbers (a package
    // import's decoding thread). Not ready when the copy lacks an origin the version names or
    // the version is not one CaseDesk knows: applyVersions then makes it, or refuses it.
    struct LocalForm
    {
        bool ready = false;
        QMap<QString, LocalGroup> groups;
        QByteArray body;
    };
    static LocalForm localForm(const Version &v, const QHash<QUuid, qint64> &origins);
    // The origin numbers as they stand, for localForm (a shared copy, cheap to take).
    QHash<QUuid, qint64> originNumbers() const { return m_originByIncarnation; }
    // forms, when given, are the versions' local forms, index by index.
    Result<int> applyVersions(const QList<Version> &versions, QList<TouchedRow> *touched = nullptr,
                              const QSet<QUuid> *newRows = nullptr,
                              const QList<LocalForm> *forms = nullptr);
    QList<Version> versions() const;

    // What sync reads: versions from a statement selecting origin, seq, hlc, wall, author,
    // entity, row_id, scope_root, body (in that order), and the origins the file knows.
    Version portableVersion(const Statement &st) const;
    // The same without decoding the body: every field but the groups.
    Version portableHead(const Statement &st) const;
    std::optional<qint64> localOrigin(const QUuid &incarnation) const;
    QUuid incarnationOf(qint64 origin) const { return originIncarnation(origin); }
    QUuid siteOfIncarnation(const QUuid &incarnation) const;
    // Every incarnation the file knows, with the site it belongs to.
    QHash<QUuid, QUuid> origins() const;
    // Identifies this database across restores and copies (unlike the incarnation).
    QUuid databaseId() const;

    // The time this site believes it is; the offset exists for simulations of a wrong clock.
    qint64 currentMs() const;
    void setClockOffset(qint64 ms) { m_clockOffsetMs = ms; }
    // A timestamp later than every version this site has written or seen.
    qint64 stamp() { return m_clock.tick(currentMs()); }

    QMap<QString, QList<HeadInfo>> heads(const QString &entity, const QUuid &rowId) const;
    QList<ConflictInfo> conflicts() const;
    // The value of a conflicted group in the newest version every head descends from; for the
    // tombstone group, the row's fields as the deleting authors saw them. *found is false when
    // the heads share no ancestor.
    QCborMap conflictBase(const QString &entity, const QUuid &rowId, const QString &group,
                          bool *found = nullptr) const;
    QCborMap row(const QString &entity, const QUuid &rowId, bool *deleted = nullptr) const;

    // Hash over the materialised state and every head, in canonical order (hex). With a site,
    // only reference rows and rows of cases that site owns count.
    QString digest(const QUuid &scopeSite = QUuid()) const;
    Status rebuild();
    // Store invariants and dangling references; an empty list means all is well.
    QStringList check() const;

    // Search index and sort keys of a case, from its materialised rows.
    // Name order of the case list; sort keys are rebuilt when the locale changes.
    Status setSortLocale(const QString &localeName);
    const QString &sortLocale() const { return m_sortLocale; }

signals:
    void changed(const casedesk::ChangeSet &changes);
    void sessionChanged();

private:
    friend class WriteBatch;
    RecordStore(std::shared_ptr<Database> db);
    Status load(Database::Mode mode);
    Status begin();
    Status finish(bool commit);
    Status write(const EntityDef &entity, const QUuid &rowId, const QUuid &scopeRoot,
                 QMap<QString, LocalGroup> groups, bool isNewRow = false);
    Status insertVersion(const EntityDef &entity, qint64 origin, qint64 seq, qint64 hlc,
                         qint64 wall, const QString &author, const QUuid &rowId,
                         const QUuid &scopeRoot, const QByteArray &body, bool *inserted);
    Status materialise(const EntityDef &entity, const QUuid &rowId, const QUuid &scopeRoot,
                       std::optional<QList<StoredVersion>> known = std::nullopt);
    QList<StoredVersion> loadVersions(const QUuid &rowId) const;
    // The versions stored up to `lastVid`, then those in `fresh` (inserted after it, in their
    // order), taken as they are instead of being read and decoded again.
    QList<StoredVersion> loadVersions(const QUuid &rowId, qint64 lastVid,
                                      QList<StoredVersion> &&fresh) const;
    // A received version's groups with this file's origin numbers.
    Status localGroups(const EntityDef &entity, const Version &v,
                       QMap<QString, LocalGroup> *groups);
    Status writeRow(const EntityDef &entity, const QUuid &rowId, const QUuid &scopeRoot,
                    const RowState &state);
    // The sort keys, conflict mark and "My day" summaries of a case; *rid is its row in cases
    // (0 when the case row has not arrived). `conflicts` is caseConflictQuery(), null when no
    // row of any case is in conflict.
    Status refreshCase(const QUuid &caseId, qint64 *rid, Statement *conflicts);
    std::optional<Statement> caseConflictQuery();
    Status refreshSearchEntry(qint64 rid, const QUuid &caseId);
    // Refills the search index and sort keys of every case (after a schema upgrade).
    Status reindexAllCases();
    NameCollator &collator() const;
    Result<qint64> originNumber(const QUuid &incarnation, const QUuid &site);
    QUuid originIncarnation(qint64 n) const;
    QUuid originSite(qint64 n) const;
    void loadOrigins() const;
    struct CurrentRow
    {
        bool exists = false;
        bool deleted = false;
        QUuid scopeRoot;
        QMap<QString, QList<LocalRef>> heads;
    };
    CurrentRow currentRow(const EntityDef &entity, const QUuid &rowId) const;

    std::shared_ptr<Database> m_db;
    SiteIdentity m_site;
    QUuid m_incarnation;
    qint64 m_originNumber = 0;
    qint64 m_seq = 0;
    HybridClock m_clock;
    QString m_author;
    std::shared_ptr<const Session> m_session;
    qint64 m_clockOffsetMs = 0;
    QString m_sortLocale;
    int m_batchDepth = 0;
    bool m_batchFailed = false;
    ChangeSet m_pending;
    QSet<QUuid> m_dirtyCases;
    mutable std::unique_ptr<NameCollator> m_collator;
    bool m_trackRows = true;
    mutable QHash<qint64, QPair<QUuid, QUuid>> m_origins; // n -> (incarnation, site)
    mutable QHash<QUuid, qint64> m_originByIncarnation;
};

// Groups several writes into one transaction; rolls back unless committed.
class WriteBatch
{
public:
    explicit WriteBatch(RecordStore &store);
    ~WriteBatch();
    WriteBatch(const WriteBatch &) = delete;
    WriteBatch &operator=(const WriteBatch &) = delete;
    const Status &status() const { return m_status; }
    Status commit();

private:
    RecordStore &m_store;
    Status m_status;
    bool m_open = false;
};

} // namespace casedesk

Q_DECLARE_METATYPE(casedesk::ChangeSet)

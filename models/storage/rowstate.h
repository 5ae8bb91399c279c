#pragma once

#include "entityschema.h"

#include <QByteArray>
#include <QCborMap>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace casedesk {

// A version named inside one file: the local number of its origin incarnation and its sequence.
struct LocalRef
{
    qint64 origin = 0;
    qint64 seq = 0;
    friend bool operator==(const LocalRef &a, const LocalRef &b)
    {
        return a.origin == b.origin && a.seq == b.seq;
    }
    friend bool operator<(const LocalRef &a, const LocalRef &b)
    {
        return a.origin != b.origin ? a.origin < b.origin : a.seq < b.seq;
    }
};

inline size_t qHash(const LocalRef &r, size_t seed = 0)
{
    return qHashMulti(seed, r.origin, r.seq);
}

// Null and absent are the same value.
inline bool sameValue(const QCborValue &a, const QCborValue &b)
{
    const bool aEmpty = a.isNull() || a.isUndefined();
    const bool bEmpty = b.isNull() || b.isUndefined();
    return aEmpty || bEmpty ? aEmpty == bEmpty : a == b;
}

struct LocalGroup
{
    QCborMap values;
    QList<LocalRef> parents;
    QMap<QString, QList<LocalRef>> seen;
};

// A version as stored in this file, with the origin's identity needed for the winner order.
struct StoredVersion
{
    LocalRef ref;
    qint64 hlc = 0;
    QByteArray site; // 16 bytes
    QByteArray incarnation; // 16 bytes
    QMap<QString, LocalGroup> groups;
};

// Encoding of the version body column: CBOR map group -> {v: values, p: parents, s: seen}.
QByteArray encodeBody(const QMap<QString, LocalGroup> &groups);
bool decodeBody(const QByteArray &body, QMap<QString, LocalGroup> *groups);

// The current state of one row, a pure function of its versions (invariants 1 and 3-5).
struct RowState
{
    // Heads of every group present, sorted; the winner is the head with the greatest
    // (HLC, origin site, incarnation, seq).
    QMap<QString, QList<const StoredVersion *>> heads;
    QMap<QString, const StoredVersion *> winner;
    QSet<QString> conflictGroups;
    bool deleted = false;
    bool deleteConflict = false;

    bool hasConflict() const { return deleteConflict || !conflictGroups.isEmpty(); }
    QCborValue value(const EntityDef &entity, const QString &field) const;
    QList<LocalRef> headRefs(const QString &group) const;
};

RowState computeRowState(const EntityDef &entity, const QList<StoredVersion> &versions);

// Heads blob kept in the materialised row: CBOR map group -> [[origin, seq], ...].
QByteArray encodeHeads(const RowState &state);
QMap<QString, QList<LocalRef>> decodeHeads(const QByteArray &blob);

} // namespace casedesk

#pragma once

#include <QCborMap>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

namespace casedesk {

// A version named the way every site names it: the origin incarnation and its sequence number.
struct VersionRef
{
    QUuid incarnation;
    qint64 seq = 0;

    friend bool operator==(const VersionRef &a, const VersionRef &b)
    {
        return a.incarnation == b.incarnation && a.seq == b.seq;
    }
    friend bool operator<(const VersionRef &a, const VersionRef &b)
    {
        return a.incarnation != b.incarnation
            ? a.incarnation.toRfc4122() < b.incarnation.toRfc4122()
            : a.seq < b.seq;
    }
};

// What one version says about one field group: the values written and the heads its author saw.
struct GroupChange
{
    QCborMap values;
    QList<VersionRef> parents;
    // Tombstones only: the heads of every other group the deleting author saw.
    QMap<QString, QList<VersionRef>> seen;
};

// One write of one row, as it travels between stores.
struct Version
{
    QUuid site;
    QUuid incarnation;
    qint64 seq = 0;
    qint64 hlc = 0;
    qint64 wallMs = 0;
    QString author;
    QString entity;
    QUuid rowId;
    QUuid scopeRoot;
    QMap<QString, GroupChange> groups;

    VersionRef ref() const { return { incarnation, seq }; }
};

} // namespace casedesk

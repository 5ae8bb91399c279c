#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace casedesk {

// The reference: the same rows into a plain table in one transaction, as fast as SQLite goes
// with the durability CaseDesk uses (WAL, synchronous=FULL, the same 32 MB page cache).
class RawInsert
{
public:
    struct RawRow
    {
        qint64 origin = 0, seq = 0, hlc = 0, wall = 0;
        QByteArray author, entity, rowId, scopeRoot, body;
    };

    // Every version row of a site file, as stored.
    static std::vector<RawRow> readRows(const QString &sitePath);
    // Seconds to insert the rows into a new file at path, with or without the version indexes.
    static Result<double> seconds(const std::vector<RawRow> &rows, const QString &path,
                                  bool indexed);
};

} // namespace casedesk

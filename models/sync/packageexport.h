#pragma once

#include "result.h"
#include "syncstate.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace casedesk {

class RecordStore;

struct ExportSummary
{
    QUuid package;
    QString path;
    qint64 versions = 0;
    qint64 blobs = 0;
    qint64 cases = 0;
    qint64 bytes = 0;
};

// Writes the package for one peer: every version its acknowledgement vector says it lacks, in
// its scope, plus the whole history of cases that entered its scope (ARCHITECTURE §4).
class PackageExport
{
    Q_DECLARE_TR_FUNCTIONS(PackageExport)

public:
    static Result<ExportSummary> write(RecordStore &store, const PeerInfo &peer,
                                       const QString &path);
    // How many versions the next package to the peer would carry.
    static Result<qint64> pending(RecordStore &store, const PeerInfo &peer);
};

} // namespace casedesk

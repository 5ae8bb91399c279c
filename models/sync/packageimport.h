#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <functional>

namespace casedesk {

class RecordStore;

struct ImportSummary
{
    QUuid package;
    QUuid sender;
    QString senderName;
    bool alreadyImported = false;
    qint64 previouslyAt = 0;
    qint64 received = 0; // versions in the package
    qint64 versions = 0; // versions new here
    qint64 cases = 0;
    qint64 conflicts = 0; // rows in conflict among those the package touched
    qint64 duplicates = 0; // possible duplicate persons found
    qint64 blobs = 0;
    qint64 bytes = 0;
};

// Imports one package whole or not at all: one read of the file inside one transaction,
// the signature checked before the commit (ARCHITECTURE §4).
class PackageImport
{
    Q_DECLARE_TR_FUNCTIONS(PackageImport)

public:
    using Progress = std::function<void(qint64 bytesRead, qint64 bytesTotal)>;
    static Result<ImportSummary> importFile(RecordStore &store, const QString &path,
                                            const Progress &progress = {});
    // One line for a person: what the package brought, or that it was already imported.
    static QString describe(const ImportSummary &summary);
};

} // namespace casedesk

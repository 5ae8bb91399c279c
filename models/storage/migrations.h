#pragma once

#include "result.h"

#include <QCoreApplication>

namespace casedesk {

class Database;

// Numbered schema steps; PRAGMA user_version records the last one applied. Each step runs in
// its own transaction, so a failed upgrade leaves the file at the previous version.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static int latestVersion();
    // Brings the file up to targetVersion (latest when -1).
    static Status migrate(Database &db, int targetVersion = -1);
};

} // namespace casedesk

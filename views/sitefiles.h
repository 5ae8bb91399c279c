#pragma once

#include "recordstore.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

namespace casedesk {

// How the desktop program finds and opens its site file: the one named on the command line,
// the last one used, or one the person picks or creates.
class SiteFiles
{
    Q_DECLARE_TR_FUNCTIONS(SiteFiles)

public:
    // Opens for writing. A file CaseDesk cannot use is refused by the storage layer before
    // anything is written; its message is shown and null returned.
    static std::unique_ptr<RecordStore> open(const QString &path, QWidget *parent);
    // The last file used, or one the person opens or creates; null when they gave up.
    static std::unique_ptr<RecordStore> openAtStart(QWidget *parent);
    // A file dialog for an existing site file; empty when cancelled.
    static QString askForExisting(QWidget *parent);
    static std::unique_ptr<RecordStore> createNew(QWidget *parent);

private:
    static std::unique_ptr<RecordStore> choose(QWidget *parent);
    static void prepare(RecordStore &store, QWidget *parent);
};

} // namespace casedesk

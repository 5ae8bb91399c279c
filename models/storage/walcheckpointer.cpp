#include "walcheckpointer.h"

#include <QFile>

#include <sqlite3.h>

#include <system_error>

namespace casedesk {

WalCheckpointer::WalCheckpointer(const QString &path) : m_path(QFile::encodeName(path)) { }

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool WalCheckpointer::request()
{
    // A library built without threads cannot share the file between two connections safely.
    if (!sqlite3_threadsafe())
        return false;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_stop || m_failed)
            return false;
        if (!m_thread.joinable()) {
            // Called from inside SQLite's commit: nothing may be thrown through it.
            try {
                m_thread = std::thread([this] { run(); });
            } catch (const std::system_error &) {
                m_failed = true;
                return false;
            }
        }
        m_requested = true;
    }
    m_wake.notify_one();
    return true;
}

void WalCheckpointer::waitUntilIdle()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_idle.wait(
        lock, [this] { return m_failed || !m_thread.joinable() || (!m_requested && !m_running); });
}

int WalCheckpointer::completed() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_completed;
}

void WalCheckpointer::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || m_requested; });
        // The last connection to close checkpoints what is left, so a request still waiting
        // at the end is dropped.
        if (m_stop)
            break;
        m_requested = false;
        m_running = true;
        lock.unlock();
        const bool ok = checkpoint();
        lock.lock();
        m_running = false;
        if (!ok)
            m_failed = true;
        if (!m_requested || m_failed)
            m_idle.notify_all();
        if (m_failed)
            break;
    }
    lock.unlock();
    sqlite3_close(m_db);
    m_db = nullptr;
}

bool WalCheckpointer::checkpoint()
{
    if (!m_db) {
        if (sqlite3_open_v2(m_path.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                            nullptr)
            != SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
            return false;
        }
        // Reading the header opens the log; the main file is synced after every copy.
        sqlite3_exec(m_db, "PRAGMA synchronous=FULL; PRAGMA schema_version;", nullptr, nullptr,
                     nullptr);
    }
    int logFrames = 0;
    int copied = 0;
    // Busy (another connection checkpoints the same file) is no failure: that one copies.
    const int rc
        = sqlite3_wal_checkpoint_v2(m_db, "main", SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied);
    if (rc == SQLITE_OK && copied == logFrames) {
        const std::lock_guard<std::mutex> lock(m_mutex);
        ++m_completed;
    }
    return rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
}

} // namespace casedesk

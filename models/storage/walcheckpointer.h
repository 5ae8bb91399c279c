#pragma once

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace casedesk {

// Copies a site file's write-ahead log back into the file on a thread of its own, so that a
// commit returns once its log is on disk instead of also waiting for the copy and the sync of
// the main file (most of a large import's commit, docs/benchmarks.md). The thread and its
// connection are made at the first request; what they do is SQLite's usual passive
// checkpoint, which never blocks a reader or the writer.
class WalCheckpointer
{
public:
    explicit WalCheckpointer(const QString &path);
    // Lets a checkpoint under way finish, then closes the connection and ends the thread.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Asks for a checkpoint and returns at once; requests made while one runs are served by
    // one more. False when no thread can run one (the caller then checkpoints itself).
    bool request();
    // Returns once no checkpoint is asked for or running (the benchmark and the tests use it).
    void waitUntilIdle();
    // Checkpoints that ran to the end of the log.
    int completed() const;

private:
    void run();
    bool checkpoint();

    const QByteArray m_path;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    bool m_requested = false;
    bool m_running = false;
    bool m_stop = false;
    bool m_failed = false;
    int m_completed = 0;
    sqlite3 *m_db = nullptr; // used by the thread only
    std::thread m_thread;
};

} // namespace casedesk

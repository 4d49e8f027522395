#pragma once

#include "core/Status.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

struct sqlite3;

namespace tl {

// One named QSqlDatabase connection to a workspace file, closed and unregistered when it goes
// out of scope. Connections belong to the thread that opened them: each worker opens its own.
class Connection {
public:
    enum class Access { ReadWrite, ReadOnly };
    static constexpr int kBusyTimeoutMs = 10000;

    Connection() = default;
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    Status open(const QString &path, Access access = Access::ReadWrite);
    void close();

    QSqlDatabase &db() { return m_db; }
    bool isOpen() const { return m_db.isOpen(); }
    // The SQLite handle under Qt's driver, for the bulk insert loop.
    sqlite3 *sqliteHandle() const;

    // How long a statement waits for a lock before failing with "database is locked".
    void setBusyTimeout(int milliseconds);
    // Makes this a writer that waits its turn: while another process holds the write lock
    // (a long import), statements wait as long as it takes, `onWaiting` is called once per
    // wait that lasts past a moment (to say so), and `cancelled` ends the wait.
    void waitForWriters(std::function<void()> onWaiting, const std::atomic<bool> *cancelled);

private:
    struct WriterWait {
        std::function<void()> onWaiting;
        const std::atomic<bool> *cancelled = nullptr;
        QElapsedTimer waiting;
        bool told = false;
    };
    static int busyHandler(void *wait, int attempt);

    QSqlDatabase m_db;
    QString m_name;
    std::unique_ptr<WriterWait> m_writerWait;
};

// The SQLite handle under a Qt connection (nullptr for another driver).
sqlite3 *sqliteHandleOf(const QSqlDatabase &db);

// Runs one statement that returns nothing; the error names the statement's purpose.
Status exec(QSqlDatabase &db, const QString &sql);

} // namespace tl

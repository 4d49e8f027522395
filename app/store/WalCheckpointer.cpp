#include "WalCheckpointer.h"

#include <QFile>

#include <sqlite3.h>

namespace tl {

WalCheckpointer::WalCheckpointer(QString workspacePath)
    : m_path(std::move(workspacePath))
    , m_thread([this] { run(); }) {
}

WalCheckpointer::~WalCheckpointer() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void WalCheckpointer::poke() {
    {
        std::lock_guard lock(m_mutex);
        m_pending = true;
    }
    m_wake.notify_one();
}

void WalCheckpointer::run() {
    // The C API directly: a Qt connection belongs to the thread that made it, and this one
    // only ever checkpoints.
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(m_path).constData(), &db, SQLITE_OPEN_READWRITE,
                        nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        db = nullptr;
    }
    // A connection finds the WAL at its first read; until then a checkpoint does nothing.
    if (db && sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) !=
                  SQLITE_OK) {
        sqlite3_close(db);
        db = nullptr;
    }
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_pending || m_stop; });
            if (m_stop)
                break;
            m_pending = false;
        }
        // PASSIVE never waits for the writer or readers: it copies what it can now. A
        // failure only means the frames wait for the next checkpoint.
        if (db)
            sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    }
    sqlite3_close(db);
}

} // namespace tl

#include "Connection.h"

#include "store/TextFunctions.h"
#include "store/WallClockFunction.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace tl {

Connection::~Connection() {
    close();
}

Status Connection::open(const QString &path, Access access) {
    close();
    m_name = QStringLiteral("tl-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    // The settings below are this connection's own and need no lock, but SQLite reads the
    // schema for them: they must not wait behind another program's lock.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=0");
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return Status::badInput(QStringLiteral("%1: %2").arg(path, m_db.lastError().text()));
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // In WAL mode NORMAL keeps every commit atomic and the file sound through a crash or a
    // power cut; only the last commits before a power cut may be lost. FULL would sync the
    // WAL at every commit (each batch of a stream, each piece of an import).
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (access == Access::ReadOnly)
        query.exec(QStringLiteral("PRAGMA query_only = ON"));
    setBusyTimeout(kBusyTimeoutMs);
    if (sqlite3 *db = sqliteHandle()) {
        registerWallClockFunction(db);
        registerTextFunctions(db);
    }
    return Status::success();
}

void Connection::close() {
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_writerWait.reset();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

sqlite3 *Connection::sqliteHandle() const {
    return sqliteHandleOf(m_db);
}

sqlite3 *sqliteHandleOf(const QSqlDatabase &db) {
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

void Connection::setBusyTimeout(int milliseconds) {
    if (sqlite3 *db = sqliteHandle())
        sqlite3_busy_timeout(db, milliseconds);
}

void Connection::waitForWriters(std::function<void()> onWaiting,
                                const std::atomic<bool> *cancelled) {
    sqlite3 *db = sqliteHandle();
    if (!db)
        return;
    m_writerWait = std::make_unique<WriterWait>();
    m_writerWait->onWaiting = std::move(onWaiting);
    m_writerWait->cancelled = cancelled;
    sqlite3_busy_handler(db, busyHandler, m_writerWait.get());
}

int Connection::busyHandler(void *context, int attempt) {
    auto *wait = static_cast<WriterWait *>(context);
    if (attempt == 0) {
        wait->waiting.start();
        wait->told = false;
    }
    if (wait->cancelled && *wait->cancelled)
        return 0;
    if (!wait->told && wait->waiting.elapsed() > 300) {
        wait->told = true;
        if (wait->onWaiting)
            wait->onWaiting();
    }
    sqlite3_sleep(attempt < 10 ? 5 : 50);
    return 1;
}

Status exec(QSqlDatabase &db, const QString &sql) {
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Status::internal(
            QStringLiteral("%1 (%2)").arg(query.lastError().text(), sql.left(80)));
    return Status::success();
}

} // namespace tl

#pragma once

#include <QString>

#include <sqlite3.h>

namespace tl {

// A prepared statement on a raw SQLite handle (the bulk loops that skip QtSql's per-value
// QVariants), finalized on every path.
class SqliteStatement {
public:
    SqliteStatement(sqlite3 *db, const QString &sql)
        : m_db(db) {
        const QByteArray utf8 = sql.toUtf8();
        m_status = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr);
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool ok() const { return m_status == SQLITE_OK; }
    sqlite3_stmt *get() const { return m_stmt; }
    // SQLite's message for the last failure on the handle.
    QString errorText() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_status = SQLITE_ERROR;
};

} // namespace tl

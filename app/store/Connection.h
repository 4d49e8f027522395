#pragma once

#include "core/Status.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace tl {

// One named QSqlDatabase connection to a workspace file, closed and unregistered when it goes
// out of scope. Connections belong to the thread that opened them: each worker opens its own.
class Connection {
public:
    enum class Access { ReadWrite, ReadOnly };

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

private:
    QSqlDatabase m_db;
    QString m_name;
};

// Runs one statement that returns nothing; the error names the statement's purpose.
Status exec(QSqlDatabase &db, const QString &sql);

} // namespace tl

#include "Connection.h"

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
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return Status::badInput(QStringLiteral("%1: %2").arg(path, m_db.lastError().text()));
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (access == Access::ReadOnly)
        query.exec(QStringLiteral("PRAGMA query_only = ON"));
    return Status::success();
}

void Connection::close() {
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

sqlite3 *Connection::sqliteHandle() const {
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

Status exec(QSqlDatabase &db, const QString &sql) {
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Status::internal(
            QStringLiteral("%1 (%2)").arg(query.lastError().text(), sql.left(80)));
    return Status::success();
}

} // namespace tl

#include "Transaction.h"

#include "store/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tl {

Status Transaction::begin() {
    if (m_open)
        return Status::internal(QStringLiteral("a transaction is already open"));
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Workspace::describeSqliteError(m_db.databaseName(), query.lastError());
    m_open = true;
    return Status::success();
}

Status Transaction::commit() {
    if (!m_open)
        return Status::internal(QStringLiteral("no transaction to commit"));
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT")))
        return Workspace::describeSqliteError(m_db.databaseName(), query.lastError());
    m_open = false;
    return Status::success();
}

void Transaction::rollback() {
    if (!m_open)
        return;
    m_open = false;
    QSqlQuery query(m_db);
    // A failed ROLLBACK means SQLite already rolled back (e.g. after SQLITE_FULL).
    (void)query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace tl

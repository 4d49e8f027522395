#include "ResponseCache.h"

#include "store/Workspace.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace tl {

Status ResponseCache::ensureOpen() {
    if (m_connection.isOpen())
        return Status::success();
    if (Status s = m_connection.open(m_path); !s)
        return s;
    // An import may hold the workspace for a while: the answer waits to be stored.
    m_connection.waitForWriters({}, nullptr);
    return Status::success();
}

std::optional<QByteArray> ResponseCache::find(const QString &key) {
    if (!ensureOpen())
        return std::nullopt;
    QSqlQuery q(m_connection.db());
    q.prepare(QStringLiteral("SELECT body FROM _tl_http_cache WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

Status ResponseCache::store(const QString &key, int status, const QByteArray &body) {
    if (Status s = ensureOpen(); !s)
        return s;
    QSqlQuery q(m_connection.db());
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO _tl_http_cache (key, status, body, fetched_at) "
                       "VALUES (?, ?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(status);
    q.addBindValue(body);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return Workspace::describeSqliteError(m_path, q.lastError());
    return Status::success();
}

} // namespace tl

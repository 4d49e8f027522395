#include "ResponseCache.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace tl {

Status ResponseCache::ensureOpen() {
    return m_connection.isOpen() ? Status::success() : m_connection.open(m_path);
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
        return Status::internal(q.lastError().text());
    return Status::success();
}

} // namespace tl

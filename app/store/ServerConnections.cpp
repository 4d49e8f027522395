#include "ServerConnections.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace tl {

namespace {

ServerConnection read(const QSqlQuery &q) {
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(),
            QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)};
}

} // namespace

Result<QList<ServerConnection>> ServerConnections::list() const {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, url, keychain, created_at FROM _tl_connections "
                               "ORDER BY name")))
        return Status::internal(q.lastError().text());
    QList<ServerConnection> all;
    while (q.next())
        all.append(read(q));
    return all;
}

Result<std::optional<ServerConnection>> ServerConnections::find(const QString &name) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, url, keychain, created_at FROM _tl_connections WHERE "
                             "name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return Status::internal(q.lastError().text());
    if (!q.next())
        return std::optional<ServerConnection>();
    return std::optional<ServerConnection>(read(q));
}

Status ServerConnections::add(const ServerConnection &connection) {
    if (Status s = checkName(connection.name); !s)
        return s;
    const auto existing = find(connection.name);
    if (!existing)
        return existing.status();
    if (existing->has_value())
        return Status::badInput(tr("a connection named '%1' exists already (%2); remove it first")
                                    .arg((*existing)->name, (*existing)->url));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO _tl_connections (name, url, keychain, created_at) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(connection.name);
    q.addBindValue(connection.url);
    q.addBindValue(connection.keychain ? 1 : 0);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return Status::internal(q.lastError().text());
    return Status::success();
}

Status ServerConnections::remove(const QString &name) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM _tl_connections WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return Status::internal(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return Status::badInput(tr("no connection named '%1'").arg(name));
    return Status::success();
}

Status ServerConnections::checkName(const QString &name) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,62}$"));
    if (!pattern.match(name).hasMatch())
        return Status::badInput(tr("'%1' is not a connection name: letters, digits, '_' and "
                                   "'-', starting with a letter")
                                    .arg(name));
    return Status::success();
}

} // namespace tl

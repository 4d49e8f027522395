#pragma once

#include "core/Status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace tl {

// A team database server by name (`trendlens connection add NAME URL`): the address and
// whether its password is in the OS keychain. The password itself is never here.
struct ServerConnection {
    QString name;
    QString url;
    bool keychain = false;
    QDateTime createdAt;
};

// The workspace's named servers (`_tl_connections`); names compare ignoring case.
class ServerConnections {
    Q_DECLARE_TR_FUNCTIONS(tl::ServerConnections)

public:
    explicit ServerConnections(QSqlDatabase db)
        : m_db(std::move(db)) {}

    Result<QList<ServerConnection>> list() const;
    Result<std::optional<ServerConnection>> find(const QString &name) const;
    // BadInput when the name is taken or not a name.
    Status add(const ServerConnection &connection);
    Status remove(const QString &name);

    // Letters, digits, '_' and '-', starting with a letter: never mistaken for an address.
    static Status checkName(const QString &name);

private:
    QSqlDatabase m_db;
};

} // namespace tl

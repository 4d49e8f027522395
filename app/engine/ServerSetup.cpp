#include "ServerSetup.h"

#include "engine/Engine.h"
#include "sources/Secrets.h"
#include "store/ServerConnections.h"

namespace tl {

Status ServerSetup::add(QSqlDatabase db, const QString &name, const QString &url,
                        const QString &password) {
    const auto engine = Engine::forUrl(url);
    if (!engine)
        return engine.status();
    if (Status s = ServerConnections::checkName(name); !s)
        return s;
    ServerConnections connections(db);
    const auto existing = connections.find(name);
    if (!existing)
        return existing.status();
    ServerConnection connection{name, engine.value()->display(), !password.isEmpty(), {}};
    if (existing->has_value())
        return connections.add(connection); // refused: it names the connection there
    if (!password.isEmpty())
        if (Status s = Secrets::store(connection.url, password); !s)
            return Status::badInput(tr("%1; nothing was added: without a keychain, the password "
                                       "goes in PGPASSWORD or ~/.pgpass (PostgreSQL) or "
                                       "CLICKHOUSE_PASSWORD (ClickHouse)")
                                        .arg(s.message()));
    return connections.add(connection);
}

Status ServerSetup::remove(QSqlDatabase db, const QString &name) {
    ServerConnections connections(db);
    const auto found = connections.find(name);
    if (!found)
        return found.status();
    if (Status s = connections.remove(name); !s)
        return s;
    if (found->has_value() && (*found)->keychain)
        Secrets::forget((*found)->url);
    return Status::success();
}

} // namespace tl

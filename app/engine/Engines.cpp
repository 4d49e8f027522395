#include "engine/ClickHouseEngine.h"
#include "engine/Engine.h"
#include "engine/PostgresEngine.h"
#include "sources/Secrets.h"
#include "store/Connection.h"
#include "store/ServerConnections.h"

#include <QCoreApplication>

namespace tl {

Result<std::shared_ptr<const Engine>> Engine::forUrl(const QString &url, const QString &password) {
    if (url.startsWith(QLatin1String("clickhouse://"))) {
        const auto parsed = clickhouse::Address::parse(url);
        if (!parsed)
            return parsed.status();
        clickhouse::Address address = *parsed;
        address.password =
            password.isEmpty() ? qEnvironmentVariable("CLICKHOUSE_PASSWORD") : password;
        return std::shared_ptr<const Engine>(std::make_shared<ClickHouseEngine>(address));
    }
    const auto parsed = PostgresEngine::parse(url);
    if (!parsed)
        return parsed.status();
    PostgresEngine::Address address = *parsed;
    address.password = password;
    return std::shared_ptr<const Engine>(std::make_shared<PostgresEngine>(std::move(address)));
}

Result<std::shared_ptr<const Engine>> Engine::forTarget(const QString &nameOrUrl,
                                                        const QString &workspacePath) {
    if (nameOrUrl.contains(QLatin1String("://")))
        return forUrl(nameOrUrl);
    // Read only: a chart of a remote table asks on every run, from a worker. Whoever opens
    // the workspace first (the window, CliContext) has brought an older file up to date.
    Connection workspace;
    if (Status s = workspace.open(workspacePath, Connection::Access::ReadOnly); !s)
        return s;
    const auto found = ServerConnections(workspace.db()).find(nameOrUrl);
    if (!found)
        return found.status();
    if (!found->has_value())
        return Status::badInput(
            QCoreApplication::translate("tl::Engine",
                                        "no connection named '%1' in %2 (trendlens connection "
                                        "list shows them)")
                .arg(nameOrUrl, workspacePath));
    const ServerConnection &connection = **found;
    return forUrl(connection.url,
                  connection.keychain ? Secrets::fromKeychain(connection.url) : QString());
}

Result<std::shared_ptr<const Engine>> Engine::forConnection(const QString &connection,
                                                            const QString &workspacePath) {
    if (connection.isEmpty())
        return forWorkspace(workspacePath);
    return forTarget(connection, workspacePath);
}

} // namespace tl

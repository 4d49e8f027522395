#pragma once

#include "engine/ClickHouseClient.h"
#include "engine/Engine.h"

#include <QCoreApplication>

namespace tl {

// A team's ClickHouse server (or the one node of a cluster it is given) through the HTTP
// interface: its tables are datasets named "database.table", a chart is one query there with
// every value written as a literal and the builder's common tables inlined (18.16 has
// neither bound parameters nor CTEs), a person's SQL runs with readonly=2.
class ClickHouseEngine final : public Engine {
    Q_DECLARE_TR_FUNCTIONS(tl::ClickHouseEngine)

public:
    explicit ClickHouseEngine(clickhouse::Address address)
        : m_address(std::move(address)) {}

    // "database.table" as (database, table); a bare name is in the address's database.
    static std::pair<QString, QString> splitTable(const QString &name,
                                                  const clickhouse::Address &address);
    // The columns of a table as a dataset's, or none when there is no such table.
    static Result<std::optional<DatasetInfo>> findTable(clickhouse::Client &client,
                                                        const QString &name);

    QString kind() const override { return QStringLiteral("clickhouse"); }
    const Dialect &dialect() const override { return m_dialect; }
    Result<QList<DatasetInfo>> datasets() const override;
    Result<std::unique_ptr<ReadSession>> openReader() const override;
    std::unique_ptr<UserStatement> userStatement(const QString &sql,
                                                 std::chrono::milliseconds timeout) const override;
    QString display() const override { return m_address.display(); }
    Result<std::unique_ptr<Publisher>> openPublisher() const override;

private:
    clickhouse::Address m_address;
    ClickHouseDialect m_dialect;
};

} // namespace tl

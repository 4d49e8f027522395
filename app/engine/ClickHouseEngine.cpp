#include "ClickHouseEngine.h"

#include "engine/ClickHousePublisher.h"
#include "ingest/TypeInference.h"

#include <QHash>

namespace tl {

namespace {

using clickhouse::literal;

ColumnType typeOf(const QString &column) {
    const QString type = clickhouse::innerType(column);
    if (type.startsWith(QLatin1String("Int")) || type.startsWith(QLatin1String("UInt")))
        return ColumnType::Integer;
    if (type.startsWith(QLatin1String("Float")) || type.startsWith(QLatin1String("Decimal")))
        return ColumnType::Real;
    if (type == QLatin1String("Date"))
        return ColumnType::Date;
    if (type.startsWith(QLatin1String("DateTime")))
        return ColumnType::Timestamp;
    return ColumnType::Text; // String, FixedString, Enum, arrays as their text
}

// A server column as a dataset column, with the role an import would give it.
Column columnOf(const QString &name, const QString &type) {
    const ColumnType t = typeOf(type);
    return {name, t, inferRole(name, t, 10.0)};
}

// A chart's queries on the server: values as literals, common tables inlined, the whole
// answer computed before it is sent (so an error is an error, not a half answer).
ChartRunner::QueryRows rowsOn(clickhouse::Client &client) {
    return [&client](const SqlFragment &query, const ChartRunner::Row &row) -> Status {
        const auto sql = clickhouse::inlineBindings(query.sql, query.bindings);
        if (!sql)
            return sql.status();
        clickhouse::Client::Options options;
        options.readOnly = true;
        options.wholeAnswer = true;
        return client.select(clickhouse::inlineCommonTables(*sql), {}, row, options);
    };
}

class ClickHouseReadSession final : public ReadSession {
public:
    explicit ClickHouseReadSession(clickhouse::Address address)
        : m_client(std::move(address)) {}

    void interrupt() override { m_client.cancel(); }

    Status runChart(const ChartSpec &spec, ChartData &out,
                    const ChartRunner::Options &options) override {
        m_client.clearCancel(); // an interrupt stops the chart it came for, not the next
        const auto found = ClickHouseEngine::findTable(m_client, spec.dataset);
        if (!found)
            return found.status();
        if (!found->has_value())
            return Status::badInput(ClickHouseEngine::tr("no table named '%1' in %2")
                                        .arg(spec.dataset, m_client.address().display()));
        // ChartRunner answers in SQL here, saying the column store is the workspace's own.
        return ChartRunner::run(rowsOn(m_client), m_dialect, **found, spec, out, options);
    }

private:
    clickhouse::Client m_client;
    ClickHouseDialect m_dialect;
};

// A person's statement with readonly=2 (reads, and settings of its own) and a time limit the
// server keeps; its answer streams.
class ClickHouseUserStatement final : public UserStatement {
public:
    ClickHouseUserStatement(clickhouse::Address address, QString sql,
                            std::chrono::milliseconds timeout)
        : m_client(std::move(address))
        , m_sql(std::move(sql))
        , m_timeout(timeout) {}

    void cancel() override { m_client.cancel(); }

    Status run(const Header &header, const Row &row) override {
        QString sql = m_sql.trimmed();
        while (sql.endsWith(u';'))
            sql = sql.chopped(1).trimmed();
        clickhouse::Client::Options options;
        options.readOnly = true;
        options.timeout = m_timeout;
        return m_client.select(
            sql, [&](const QStringList &names, const QStringList &) { header(names); }, row,
            options);
    }

private:
    clickhouse::Client m_client;
    QString m_sql;
    std::chrono::milliseconds m_timeout;
};

} // namespace

std::pair<QString, QString> ClickHouseEngine::splitTable(const QString &name,
                                                         const clickhouse::Address &address) {
    const qsizetype dot = name.indexOf(u'.');
    if (dot > 0)
        return {name.left(dot), name.mid(dot + 1)};
    return {address.database, name};
}

Result<std::optional<DatasetInfo>> ClickHouseEngine::findTable(clickhouse::Client &client,
                                                               const QString &name) {
    const auto [database, table] = splitTable(name, client.address());
    DatasetInfo info;
    info.name = name;
    info.tableName = database + u'.' + table;
    info.sourceKind = QStringLiteral("clickhouse");
    // system.columns lists a table's columns in their order.
    if (Status s =
            client.select(QStringLiteral("SELECT name, type FROM system.columns WHERE "
                                         "database = %1 AND table = %2")
                              .arg(literal(database), literal(table)),
                          [&](const QVariantList &row) {
                              info.columns.append(columnOf(row[0].toString(), row[1].toString()));
                              return true;
                          });
        !s)
        return s;
    if (info.columns.isEmpty())
        return std::optional<DatasetInfo>();
    return std::optional<DatasetInfo>(std::move(info));
}

Result<QList<DatasetInfo>> ClickHouseEngine::datasets() const {
    clickhouse::Client client(m_address);
    // Rows as the active parts count them (MergeTree's own count, no scan); a Distributed
    // table's are its shards' and unknown here.
    QHash<QString, qint64> rows;
    if (Status s = client.select(
            QStringLiteral("SELECT concat(database, '.', table), sum(rows) FROM system.parts "
                           "WHERE active GROUP BY database, table"),
            [&](const QVariantList &row) {
                rows.insert(row[0].toString(), row[1].toLongLong());
                return true;
            });
        !s)
        return s;
    QList<DatasetInfo> all;
    QHash<QString, qsizetype> index;
    if (Status s = client.select(
            QStringLiteral("SELECT database, table, name, type FROM system.columns WHERE database "
                           "<> 'system'"),
            [&](const QVariantList &row) {
                const QString name = row[0].toString() + u'.' + row[1].toString();
                auto at = index.constFind(name);
                if (at == index.constEnd()) {
                    DatasetInfo info;
                    info.name = info.tableName = name;
                    info.sourceKind = kind();
                    info.rowCount = rows.value(name, -1);
                    at = index.insert(name, all.size());
                    all.append(info);
                }
                all[*at].columns.append(columnOf(row[2].toString(), row[3].toString()));
                return true;
            });
        !s)
        return s;
    std::sort(all.begin(), all.end(),
              [](const DatasetInfo &a, const DatasetInfo &b) { return a.name < b.name; });
    return all;
}

Result<std::unique_ptr<ReadSession>> ClickHouseEngine::openReader() const {
    return std::unique_ptr<ReadSession>(std::make_unique<ClickHouseReadSession>(m_address));
}

std::unique_ptr<UserStatement>
ClickHouseEngine::userStatement(const QString &sql, std::chrono::milliseconds timeout) const {
    return std::make_unique<ClickHouseUserStatement>(m_address, sql, timeout);
}

Result<std::unique_ptr<Publisher>> ClickHouseEngine::openPublisher() const {
    auto publisher = std::make_unique<ClickHousePublisher>(m_address);
    if (Status s = publisher->open(); !s)
        return s;
    return std::unique_ptr<Publisher>(std::move(publisher));
}

} // namespace tl

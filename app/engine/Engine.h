#pragma once

#include "analysis/ChartData.h"
#include "analysis/ChartRunner.h"
#include "analysis/ChartSpec.h"
#include "core/ColumnType.h"
#include "core/Status.h"
#include "store/DatasetInfo.h"
#include "store/Dialect.h"

#include <QStringList>
#include <QVariantList>

#include <chrono>
#include <functional>
#include <memory>

namespace tl {

// One SQL statement a person typed (`trendlens sql`, the SQL console), run read-only with a
// time limit. cancel() is safe from any thread: the statement stops with Cancelled.
class UserStatement {
public:
    static constexpr int kDefaultTimeoutSeconds = 60;
    // Column names first, then each row; a row callback returning false stops reading.
    using Header = std::function<void(const QStringList &columns)>;
    using Row = std::function<bool(const QVariantList &values)>;

    virtual ~UserStatement() = default;
    virtual void cancel() = 0;
    virtual Status run(const Header &header, const Row &row) = 0;
};

// A read connection of an engine, used on the thread that opened it.
class ReadSession {
public:
    virtual ~ReadSession() = default;
    // Safe from any thread: the running query stops, and its caller sees Cancelled.
    virtual void interrupt() = 0;
    virtual Status runChart(const ChartSpec &spec, ChartData &out,
                            const ChartRunner::Options &options) = 0;
};

enum class PublishMode { Create, Append, Replace, Upsert };

// A table a dataset is published into, and how.
struct PublishTable {
    QString
        table; // as the engine names it: "schema.name" on PostgreSQL, "database.name" on ClickHouse
    Columns columns;
    PublishMode mode = PublishMode::Create;
    // Upsert's key, and the primary key of a table a publish creates.
    QStringList keys;
    // Indexes made with a table a publish creates (the KOBIS mart's movie code, for one).
    QList<QStringList> indexes;
};

struct PublishCount {
    qint64 written = 0;
    qint64 replaced = 0; // upsert: rows of the table that a published row took the place of
};

// One transaction on a server (or, on ClickHouse, staging tables moved in at commit): any
// number of tables are loaded and none is seen until commit(); destroying it before then
// leaves them as they were. Rows arrive as tab-separated text, PostgreSQL's COPY text format
// (which ClickHouse's TSV reads too): one line per row, \N for NULL, backslash escapes.
class Publisher {
public:
    virtual ~Publisher() = default;
    // Safe from any thread: what runs stops, and the caller sees Cancelled.
    virtual void cancel() = 0;
    virtual Status begin(const PublishTable &table) = 0;
    virtual Status write(const QByteArray &rows) = 0;
    virtual Result<PublishCount> end() = 0;
    virtual Status commit() = 0;
};

// Where a dataset's rows are kept and how to ask for them: the workspace's own SQLite file
// with its column store, or a team's database server. The window, its models and the command
// line ask an Engine for its dialect, a chart or a person's SQL, and never name the backend.
// An engine is immutable and shared by the tasks that use it, on any thread.
class Engine {
public:
    virtual ~Engine() = default;

    // The workspace file at `path`: local data, SQLite and its column store.
    static std::shared_ptr<const Engine> forWorkspace(const QString &path);
    // A server at `url`: postgresql://USER@HOST:PORT/DATABASE or
    // clickhouse://USER@HOST:HTTP_PORT/DATABASE. Nothing is contacted yet. `password` (from the
    // keychain) stays in memory; without one, PostgreSQL's client library reads PGPASSWORD or
    // ~/.pgpass, and ClickHouse's address takes CLICKHOUSE_PASSWORD.
    static Result<std::shared_ptr<const Engine>> forUrl(const QString &url,
                                                        const QString &password = {});
    // An address, or the name of one of the workspace's connections (ServerConnections),
    // whose password is then read from the keychain when it was filed there. The workspace
    // is only read: it must have been opened (migrated) before.
    static Result<std::shared_ptr<const Engine>> forTarget(const QString &nameOrUrl,
                                                           const QString &workspacePath);
    // Where a chart's dataset is: its connection's server (ChartSpec::connection), else the
    // workspace.
    static Result<std::shared_ptr<const Engine>> forConnection(const QString &connection,
                                                               const QString &workspacePath);

    virtual QString kind() const = 0; // "sqlite", "postgresql", "clickhouse"
    virtual const Dialect &dialect() const = 0;
    // What it holds, as datasets: the workspace's catalog, or a server's tables and views
    // ("schema.table", rowCount the server's estimate, -1 when it has none).
    virtual Result<QList<DatasetInfo>> datasets() const = 0;
    virtual Result<std::unique_ptr<ReadSession>> openReader() const = 0;
    virtual std::unique_ptr<UserStatement>
    userStatement(const QString &sql, std::chrono::milliseconds timeout = std::chrono::seconds(
                                          UserStatement::kDefaultTimeoutSeconds)) const = 0;
    // The address shown to a person (never with a password).
    virtual QString display() const = 0;
    // A transaction that loads tables; BadInput on an engine that is not published to.
    virtual Result<std::unique_ptr<Publisher>> openPublisher() const = 0;
};

} // namespace tl

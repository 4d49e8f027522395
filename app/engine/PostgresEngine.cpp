#include "PostgresEngine.h"

#include "engine/PostgresClient.h"
#include "engine/PostgresPublisher.h"

#include "ingest/TypeInference.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

#include <libpq-fe.h>

#include <atomic>

namespace tl {

namespace {

ColumnType typeOf(const QString &dataType) {
    if (dataType == QLatin1String("integer") || dataType == QLatin1String("bigint") ||
        dataType == QLatin1String("smallint"))
        return ColumnType::Integer;
    if (dataType == QLatin1String("numeric") || dataType == QLatin1String("real") ||
        dataType == QLatin1String("double precision"))
        return ColumnType::Real;
    if (dataType == QLatin1String("boolean"))
        return ColumnType::Boolean;
    if (dataType == QLatin1String("date"))
        return ColumnType::Date;
    if (dataType.startsWith(QLatin1String("timestamp")))
        return ColumnType::Timestamp;
    if (dataType == QLatin1String("json") || dataType == QLatin1String("jsonb"))
        return ColumnType::Json;
    return ColumnType::Text;
}

// A server column as a dataset column: typed, with the role an import would give it (the
// server's texts are not read to judge their length: short, as a category's).
Column columnOf(const QString &name, const QString &dataType) {
    const ColumnType type = typeOf(dataType);
    return {name, type, inferRole(name, type, 10.0)};
}

// One connection to the server, on the thread that opened it, with a cancel handle that
// other threads may use (PQcancel is thread-safe). The server's messages are put on one line.
class PostgresConnection {
public:
    ~PostgresConnection() {
        if (m_cancel)
            PQfreeCancel(m_cancel);
        if (!m_name.isEmpty()) {
            m_db.close();
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_name);
        }
    }

    Status open(const PostgresEngine::Address &address) {
        m_address = address;
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("trendlens-postgresql-%1").arg(++counter);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        m_db.setHostName(address.host);
        m_db.setPort(address.port);
        m_db.setUserName(address.user);
        m_db.setDatabaseName(address.database);
        if (!address.password.isEmpty())
            m_db.setPassword(address.password);
        m_db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=trendlens"));
        if (!m_db.open())
            return Status::sourceError(
                PostgresEngine::tr("cannot reach %1: %2")
                    .arg(address.display(), postgres::oneLine(m_db.lastError().databaseText())));
        // QPSQL's handle is the libpq connection (QSqlDriver::handle() documents the check).
        const QVariant handle = m_db.driver()->handle();
        // Qt names the type by libpq's struct: "pg_conn*" (PGconn is its typedef).
        if (handle.isValid() && (qstrcmp(handle.typeName(), "pg_conn*") == 0 ||
                                 qstrcmp(handle.typeName(), "PGconn*") == 0)) {
            m_conn = *static_cast<PGconn *const *>(handle.constData());
            if (m_conn)
                m_cancel = PQgetCancel(m_conn);
            postgres::dropNotices(m_conn);
        }
        // Buckets read timestamps in UTC, as the workspace stores them; nothing is written.
        QSqlQuery setup(m_db);
        for (const char *sql : {"SET TIME ZONE 'UTC'", "SET default_transaction_read_only = on"})
            if (!setup.exec(QString::fromLatin1(sql)))
                return failure(setup.lastError());
        return Status::success();
    }

    void cancel() {
        char error[256];
        if (m_cancel)
            PQcancel(m_cancel, error, sizeof error);
    }

    QSqlDatabase &db() { return m_db; }

    // A statement failed: the server's reason, and its address when the connection is gone
    // (a source failure: nothing the person typed is wrong).
    Status failure(const QSqlError &error) const {
        const QString why = postgres::oneLine(error.databaseText());
        if (!m_conn || PQstatus(m_conn) == CONNECTION_BAD)
            return Status::sourceError(QStringLiteral("%1: %2").arg(m_address.display(), why));
        return Status::badInput(why);
    }

private:
    QString m_name;
    PostgresEngine::Address m_address;
    PGconn *m_conn = nullptr;
    QSqlDatabase m_db;
    PGcancel *m_cancel = nullptr;
};

// A table as a dataset: "schema.table", each column typed from information_schema and given
// the role an import would give it.
Result<std::optional<DatasetInfo>> findTable(PostgresConnection &connection, const QString &name) {
    const auto [schema, table] = PostgresEngine::splitTable(name);
    QSqlQuery q(connection.db());
    q.prepare(QStringLiteral("SELECT column_name, data_type FROM information_schema.columns "
                             "WHERE table_schema = ? AND table_name = ? ORDER BY "
                             "ordinal_position"));
    q.addBindValue(schema);
    q.addBindValue(table);
    if (!q.exec())
        return connection.failure(q.lastError());
    DatasetInfo info;
    info.name = name;
    info.tableName = schema + u'.' + table;
    info.sourceKind = QStringLiteral("postgresql");
    while (q.next())
        info.columns.append(columnOf(q.value(0).toString(), q.value(1).toString()));
    if (info.columns.isEmpty())
        return std::optional<DatasetInfo>();
    return std::optional<DatasetInfo>(std::move(info));
}

class PostgresReadSession final : public ReadSession {
public:
    explicit PostgresReadSession(PostgresEngine::Address address)
        : m_address(std::move(address)) {}

    Status open() { return m_connection.open(m_address); }
    void interrupt() override { m_connection.cancel(); }

    Status runChart(const ChartSpec &spec, ChartData &out,
                    const ChartRunner::Options &options) override {
        const auto found = findTable(m_connection, spec.dataset);
        if (!found)
            return found.status();
        if (!found->has_value())
            return Status::badInput(PostgresEngine::tr("no table named '%1' in %2")
                                        .arg(spec.dataset, m_address.display()));
        // ChartRunner answers in SQL here, saying the column store is the workspace's own.
        return ChartRunner::run(m_connection.db(), m_dialect, **found, spec, out, options);
    }

private:
    PostgresEngine::Address m_address;
    PostgresDialect m_dialect;
    PostgresConnection m_connection;
};

// A person's statement in a read-only transaction with the server's own statement_timeout;
// cancel() asks the server to stop it.
class PostgresUserStatement final : public UserStatement {
public:
    PostgresUserStatement(PostgresEngine::Address address, QString sql,
                          std::chrono::milliseconds timeout)
        : m_address(std::move(address))
        , m_sql(std::move(sql))
        , m_timeout(timeout) {}

    void cancel() override {
        m_cancelled = true;
        if (PostgresConnection *connection = m_running.load())
            connection->cancel();
    }

    Status run(const Header &header, const Row &row) override {
        PostgresConnection connection;
        if (Status s = connection.open(m_address); !s)
            return s;
        m_running = &connection;
        const Status status = runOn(connection, header, row);
        m_running = nullptr;
        return status;
    }

private:
    Status runOn(PostgresConnection &connection, const Header &header, const Row &row) {
        QSqlQuery q(connection.db());
        if (!q.exec(QStringLiteral("BEGIN READ ONLY")) ||
            !q.exec(QStringLiteral("SET LOCAL statement_timeout = %1").arg(m_timeout.count())))
            return connection.failure(q.lastError());
        q.setForwardOnly(true);
        if (m_cancelled)
            return Status::cancelled(PostgresEngine::tr("cancelled"));
        if (!q.exec(m_sql)) {
            if (m_cancelled)
                return Status::cancelled(PostgresEngine::tr("cancelled"));
            return connection.failure(q.lastError());
        }
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            columns.append(q.record().fieldName(i));
        header(columns);
        while (q.next()) {
            QVariantList values;
            for (int i = 0; i < columns.size(); ++i)
                values.append(q.value(i));
            if (!row(values))
                break;
        }
        q.finish();
        QSqlQuery(connection.db()).exec(QStringLiteral("ROLLBACK"));
        return Status::success();
    }

    PostgresEngine::Address m_address;
    QString m_sql;
    std::chrono::milliseconds m_timeout;
    std::atomic<bool> m_cancelled{false};
    std::atomic<PostgresConnection *> m_running{nullptr};
};

} // namespace

QString PostgresEngine::Address::display() const {
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

Result<PostgresEngine::Address> PostgresEngine::parse(const QString &url) {
    const QUrl parsed(url, QUrl::StrictMode);
    const QString usage = tr("expected postgresql://USER@HOST:PORT/DATABASE, got '%1'");
    if (!parsed.isValid() ||
        (parsed.scheme() != QLatin1String("postgresql") &&
         parsed.scheme() != QLatin1String("postgres")) ||
        parsed.host().isEmpty())
        return Status::badInput(usage.arg(parsed.toString(QUrl::RemovePassword)));
    if (!parsed.password().isEmpty())
        return Status::badInput(tr("%1: a password does not go in the address; set PGPASSWORD or "
                                   "put it in ~/.pgpass")
                                    .arg(parsed.toString(QUrl::RemovePassword)));
    Address address;
    address.host = parsed.host();
    address.port = parsed.port(5432);
    address.user = parsed.userName().isEmpty()
                       ? qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"))
                       : parsed.userName();
    address.database = parsed.path().mid(1);
    if (address.database.isEmpty())
        address.database = address.user;
    return address;
}

std::pair<QString, QString> PostgresEngine::splitTable(const QString &name) {
    const qsizetype dot = name.indexOf(u'.');
    if (dot > 0)
        return {name.left(dot), name.mid(dot + 1)};
    return {QStringLiteral("public"), name};
}

Result<std::unique_ptr<ReadSession>> PostgresEngine::openReader() const {
    auto session = std::make_unique<PostgresReadSession>(m_address);
    if (Status s = session->open(); !s)
        return s;
    return std::unique_ptr<ReadSession>(std::move(session));
}

Result<QList<DatasetInfo>> PostgresEngine::datasets() const {
    PostgresConnection connection;
    if (Status s = connection.open(m_address); !s)
        return s;
    QSqlQuery q(connection.db());
    q.setForwardOnly(true);
    // The planner's row estimate, not a count: a count scans every table.
    if (!q.exec(QStringLiteral(
            "SELECT c.table_schema, c.table_name, c.column_name, c.data_type, "
            "COALESCE(CAST(k.reltuples AS bigint), -1) FROM information_schema.columns AS c "
            "LEFT JOIN pg_catalog.pg_namespace AS n ON n.nspname = c.table_schema "
            "LEFT JOIN pg_catalog.pg_class AS k ON k.relnamespace = n.oid AND k.relname = "
            "c.table_name WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema') "
            "ORDER BY c.table_schema, c.table_name, c.ordinal_position")))
        return connection.failure(q.lastError());
    QList<DatasetInfo> all;
    while (q.next()) {
        const QString name = q.value(0).toString() + u'.' + q.value(1).toString();
        if (all.isEmpty() || all.last().name != name) {
            DatasetInfo info;
            info.name = info.tableName = name;
            info.sourceKind = kind();
            info.rowCount = q.value(4).toLongLong();
            all.append(info);
        }
        all.last().columns.append(columnOf(q.value(2).toString(), q.value(3).toString()));
    }
    return all;
}

Result<std::unique_ptr<Publisher>> PostgresEngine::openPublisher() const {
    auto publisher = std::make_unique<PostgresPublisher>(m_address);
    if (Status s = publisher->open(); !s)
        return s;
    return std::unique_ptr<Publisher>(std::move(publisher));
}

std::unique_ptr<UserStatement>
PostgresEngine::userStatement(const QString &sql, std::chrono::milliseconds timeout) const {
    return std::make_unique<PostgresUserStatement>(m_address, sql, timeout);
}

} // namespace tl

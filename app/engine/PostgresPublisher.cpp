#include "PostgresPublisher.h"

#include "engine/PostgresClient.h"

#include <QSet>

#include <libpq-fe.h>

#include <memory>

namespace tl {

namespace {

struct ResultDeleter {
    void operator()(PGresult *result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

QString oneLine(const char *text) {
    return postgres::oneLine(QString::fromUtf8(text));
}

QString field(const PGresult *result, int code) {
    const char *text = result ? PQresultErrorField(result, code) : nullptr;
    return text ? oneLine(text) : QString();
}

} // namespace

PostgresPublisher::PostgresPublisher(PostgresEngine::Address address)
    : m_address(std::move(address)) {
}

PostgresPublisher::~PostgresPublisher() {
    if (m_cancel)
        PQfreeCancel(m_cancel);
    // A transaction not committed ends with the connection: the server rolls it back.
    if (m_conn)
        PQfinish(m_conn);
}

Status PostgresPublisher::open() {
    const QByteArray host = m_address.host.toUtf8(), port = QByteArray::number(m_address.port),
                     user = m_address.user.toUtf8(), database = m_address.database.toUtf8(),
                     password = m_address.password.toUtf8();
    const char *keys[] = {
        "host",     "port", "user", "dbname", "connect_timeout", "application_name",
        "password", nullptr};
    const char *values[] = {
        host.constData(), port.constData(),     user.constData(), database.constData(), "10",
        "trendlens",      password.constData(), nullptr};
    // An empty password is left out, so that libpq reads PGPASSWORD or ~/.pgpass.
    if (password.isEmpty())
        keys[6] = nullptr;
    m_conn = PQconnectdbParams(keys, values, 0);
    if (PQstatus(m_conn) != CONNECTION_OK)
        return Status::sourceError(PostgresEngine::tr("cannot reach %1: %2")
                                       .arg(m_address.display(), oneLine(PQerrorMessage(m_conn))));
    postgres::dropNotices(m_conn);
    m_cancel = PQgetCancel(m_conn);
    // Timestamps are published as the workspace keeps them, in UTC.
    if (Status s = exec(QStringLiteral("SET TIME ZONE 'UTC'")); !s)
        return s;
    return exec(QStringLiteral("BEGIN"));
}

void PostgresPublisher::cancel() {
    m_cancelled = true;
    char error[256];
    if (m_cancel)
        PQcancel(m_cancel, error, sizeof error);
}

Status PostgresPublisher::failure(PGresult *result) {
    if (m_cancelled)
        return Status::cancelled(tr("publish cancelled; nothing was published"));
    QString message = field(result, PG_DIAG_MESSAGE_PRIMARY);
    // No answer from the server (it is gone, or never said why): the connection's message.
    if (message.isEmpty() || PQstatus(m_conn) == CONNECTION_BAD)
        return Status::sourceError(tr("%1: %2; nothing was published")
                                       .arg(m_address.display(), oneLine(PQerrorMessage(m_conn))));
    if (const QString detail = field(result, PG_DIAG_MESSAGE_DETAIL); !detail.isEmpty())
        message += QStringLiteral(" (%1)").arg(detail);
    if (const QString where = field(result, PG_DIAG_CONTEXT); !where.isEmpty())
        message += QStringLiteral(" [%1]").arg(where);
    return Status::badInput(tr("%1: %2; nothing was published").arg(m_address.display(), message));
}

Status PostgresPublisher::exec(const QString &sql, qint64 *affected) {
    if (m_cancelled)
        return Status::cancelled(tr("publish cancelled; nothing was published"));
    ResultPtr result(PQexec(m_conn, sql.toUtf8().constData()));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_COPY_IN)
        return failure(result.get());
    if (affected)
        *affected = QByteArray(PQcmdTuples(result.get())).toLongLong();
    return Status::success();
}

Result<QStringList> PostgresPublisher::existingColumns(const QString &table) {
    const auto [schema, name] = PostgresEngine::splitTable(table);
    const QByteArray schemaText = schema.toUtf8(), nameText = name.toUtf8();
    const char *values[] = {schemaText.constData(), nameText.constData()};
    ResultPtr result(PQexecParams(
        m_conn,
        "SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND "
        "table_name = $2 ORDER BY ordinal_position",
        2, nullptr, values, nullptr, nullptr, 0));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return failure(result.get());
    QStringList columns;
    for (int row = 0; row < PQntuples(result.get()); ++row)
        columns.append(QString::fromUtf8(PQgetvalue(result.get(), row, 0)));
    return columns;
}

Status PostgresPublisher::create(const PublishTable &table, const QString &name) {
    const auto [schema, bare] = PostgresEngine::splitTable(table.table);
    if (schema != QLatin1String("public"))
        if (Status s = exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1")
                                .arg(m_dialect.quoteIdentifier(schema)));
            !s)
            return s;
    QStringList definitions;
    for (const Column &c : table.columns)
        definitions.append(m_dialect.quoteIdentifier(c.name) + u' ' +
                           m_dialect.storageType(c.type));
    if (!table.keys.isEmpty()) {
        QStringList keys;
        for (const QString &k : table.keys)
            keys.append(m_dialect.quoteIdentifier(k));
        definitions.append(QStringLiteral("PRIMARY KEY (%1)").arg(keys.join(u", ")));
    }
    m_created = true;
    return exec(QStringLiteral("CREATE TABLE %1 (%2)").arg(name, definitions.join(u", ")));
}

Status PostgresPublisher::begin(const PublishTable &table) {
    m_table = table;
    m_created = false;
    m_stage.clear();
    const QString name = m_dialect.quoteTable(table.table);
    QSet<QString> ours;
    for (const Column &c : table.columns)
        ours.insert(c.name);
    for (const QString &k : table.keys)
        if (!ours.contains(k))
            return Status::badInput(
                tr("the key '%1' is not a column of the published rows").arg(k));
    if (table.mode == PublishMode::Upsert && table.keys.isEmpty())
        return Status::badInput(tr("an upsert needs the key columns (--key)"));

    const auto existing = existingColumns(table.table);
    if (!existing)
        return existing.status();
    const bool exists = !existing->isEmpty();
    const QString shown = m_address.display() + u' ' + table.table;
    if (!exists) {
        if (Status s = create(table, name); !s)
            return s;
    } else if (table.mode == PublishMode::Create) {
        return Status::badInput(tr("%1 already exists; publish with --mode append, replace or "
                                   "upsert")
                                    .arg(shown));
    } else if (table.mode == PublishMode::Replace) {
        // The same columns: emptied, so that the DBA's grants and views on it stay.
        const QSet<QString> theirs(existing->begin(), existing->end());
        Status s = theirs == ours ? exec(QStringLiteral("TRUNCATE %1").arg(name))
                                  : exec(QStringLiteral("DROP TABLE %1").arg(name));
        if (s && theirs != ours)
            s = create(table, name);
        if (!s)
            return s;
    } else {
        for (const Column &c : table.columns)
            if (!existing->contains(c.name))
                return Status::badInput(tr("%1 has no column '%2' (it has %3)")
                                            .arg(shown, c.name, existing->join(u", ")));
    }

    QString target = name;
    if (table.mode == PublishMode::Upsert) {
        // The rows land in a copy of the table's shape first, so the server converts them to
        // its column types once, and the key is checked before anything is replaced.
        m_stage = QStringLiteral("tl_publish_stage_%1").arg(++m_stages);
        if (Status s = exec(QStringLiteral("CREATE TEMPORARY TABLE %1 (LIKE %2) ON COMMIT DROP")
                                .arg(m_stage, name));
            !s)
            return s;
        target = m_stage;
    }
    QStringList columns;
    for (const Column &c : table.columns)
        columns.append(m_dialect.quoteIdentifier(c.name));
    return exec(
        QStringLiteral("COPY %1 (%2) FROM STDIN").arg(target, columns.join(QStringLiteral(", "))));
}

Status PostgresPublisher::write(const QByteArray &rows) {
    if (m_cancelled)
        return Status::cancelled(tr("publish cancelled; nothing was published"));
    if (PQputCopyData(m_conn, rows.constData(), int(rows.size())) != 1)
        return failure(nullptr);
    return Status::success();
}

Status PostgresPublisher::checkKeys() {
    QStringList keys, missing;
    for (const QString &k : m_table.keys) {
        keys.append(m_dialect.quoteIdentifier(k));
        missing.append(keys.last() + QStringLiteral(" IS NULL"));
    }
    ResultPtr nulls(PQexec(m_conn, QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                                       .arg(m_stage, missing.join(QStringLiteral(" OR ")))
                                       .toUtf8()
                                       .constData()));
    if (PQresultStatus(nulls.get()) != PGRES_TUPLES_OK)
        return failure(nulls.get());
    if (const qint64 n = QByteArray(PQgetvalue(nulls.get(), 0, 0)).toLongLong(); n > 0)
        return Status::badInput(tr("%n published row(s) have no value in the key (%1); nothing "
                                   "was published",
                                   nullptr, int(n))
                                    .arg(m_table.keys.join(u", ")));
    const QString joined = keys.join(u", ");
    ResultPtr twice(
        PQexec(m_conn, QStringLiteral("SELECT %1, count(*) FROM %2 GROUP BY %1 HAVING count(*) > 1 "
                                      "LIMIT 1")
                           .arg(joined, m_stage)
                           .toUtf8()
                           .constData()));
    if (PQresultStatus(twice.get()) != PGRES_TUPLES_OK)
        return failure(twice.get());
    if (PQntuples(twice.get()) > 0) {
        QStringList values;
        for (int i = 0; i < keys.size(); ++i)
            values.append(QString::fromUtf8(PQgetvalue(twice.get(), 0, i)));
        return Status::badInput(
            tr("the key (%1) = (%2) comes %3 times in the published rows; an "
               "upsert key names one row; nothing was published")
                .arg(m_table.keys.join(u", "), values.join(u", "),
                     QString::fromLatin1(PQgetvalue(twice.get(), 0, int(keys.size())))));
    }
    return Status::success();
}

Status PostgresPublisher::upsert(PublishCount &count) {
    if (Status s = checkKeys(); !s)
        return s;
    const QString name = m_dialect.quoteTable(m_table.table);
    QStringList match, columns;
    for (const QString &k : m_table.keys)
        match.append(QStringLiteral("t.%1 = s.%1").arg(m_dialect.quoteIdentifier(k)));
    for (const Column &c : m_table.columns)
        columns.append(m_dialect.quoteIdentifier(c.name));
    // DELETE … USING then INSERT rather than ON CONFLICT: it needs no unique index on a table
    // the team made, and Redshift runs it too. The transaction holds the table meanwhile.
    if (Status s = exec(QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(name)); !s)
        return s;
    if (Status s = exec(QStringLiteral("DELETE FROM %1 AS t USING %2 AS s WHERE %3")
                            .arg(name, m_stage, match.join(QStringLiteral(" AND "))),
                        &count.replaced);
        !s)
        return s;
    const QString list = columns.join(QStringLiteral(", "));
    if (Status s =
            exec(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3").arg(name, list, m_stage));
        !s)
        return s;
    return exec(QStringLiteral("DROP TABLE %1").arg(m_stage));
}

Result<PublishCount> PostgresPublisher::end() {
    PublishCount count;
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return failure(nullptr);
    ResultPtr copied(PQgetResult(m_conn));
    const bool ok = PQresultStatus(copied.get()) == PGRES_COMMAND_OK;
    if (ok)
        count.written = QByteArray(PQcmdTuples(copied.get())).toLongLong();
    const Status copyStatus = ok ? Status::success() : failure(copied.get());
    while (PGresult *rest = PQgetResult(m_conn))
        PQclear(rest);
    if (!copyStatus)
        return copyStatus;
    if (m_table.mode == PublishMode::Upsert)
        if (Status s = upsert(count); !s)
            return s;
    const QString name = m_dialect.quoteTable(m_table.table);
    if (m_created) {
        // After the rows, so each index is built once rather than row by row. Redshift has
        // no indexes (it sorts instead): there these statements fail, and a sort key is the
        // DBA's to choose.
        for (const QStringList &index : m_table.indexes) {
            QStringList columns;
            for (const QString &c : index)
                columns.append(m_dialect.quoteIdentifier(c));
            if (Status s =
                    exec(QStringLiteral("CREATE INDEX ON %1 (%2)").arg(name, columns.join(u", ")));
                !s)
                return s;
        }
    }
    // The planner's statistics now, not when autovacuum comes by: a chart runs next.
    if (Status s = exec(QStringLiteral("ANALYZE %1").arg(name)); !s)
        return s;
    return count;
}

Status PostgresPublisher::commit() {
    return exec(QStringLiteral("COMMIT"));
}

} // namespace tl

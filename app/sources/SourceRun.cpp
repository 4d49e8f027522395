#include "SourceRun.h"

#include "columns/ColumnStore.h"

#include "store/Catalog.h"
#include "store/RunLog.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::SourceRun", text);
}

const QString kRunId = QStringLiteral("run_id");
const QString kCollectedAt = QStringLiteral("collected_at");

} // namespace

SourceRun::SourceRun(QString workspacePath, QString source, QJsonObject params)
    : m_path(std::move(workspacePath))
    , m_source(std::move(source))
    , m_params(std::move(params))
    , m_transaction(m_connection.db()) {
}

SourceRun::~SourceRun() = default; // the transaction guard rolls back what is not committed

Status SourceRun::begin() {
    {
        std::unique_ptr<Workspace> workspace; // creates or migrates the file first
        if (Status s = Workspace::open(m_path, workspace); !s)
            return s;
    }
    if (Status s = m_connection.open(m_path); !s)
        return s;
    // Another import or fetch may be writing: wait for it (saying so) rather than fail.
    m_connection.waitForWriters(m_waiting, m_cancelled);
    m_started = QDateTime::currentDateTimeUtc();
    // The run id is reserved up front, so rows can carry it; the row is completed at the end.
    const Result<qint64> started =
        RunLog(m_connection.db()).start(m_source, {}, m_params, m_started);
    if (!started)
        return started.status();
    m_runId = *started;
    m_begun = true;
    return Status::success();
}

Status SourceRun::ensureTable(const QString &dataset, const Columns &columns, Columns &stored) {
    Catalog catalog(m_connection.db(), m_dialect);
    const auto found = catalog.find(dataset);
    if (!found)
        return found.status();
    const std::optional<DatasetInfo> &existing = *found;
    Columns wanted = columns;
    wanted.append({kRunId, ColumnType::Integer, ColumnRole::Id});
    wanted.append({kCollectedAt, ColumnType::Timestamp, ColumnRole::Time});
    QSqlQuery q(m_connection.db());
    if (!existing) {
        QStringList defs;
        for (const Column &c : wanted)
            defs.append(m_dialect.quoteIdentifier(c.name) + u' ' + m_dialect.storageType(c.type));
        if (!q.exec(QStringLiteral("CREATE TABLE %1 (%2)")
                        .arg(m_dialect.quoteIdentifier(dataset), defs.join(QStringLiteral(", ")))))
            return Status::internal(q.lastError().text());
        DatasetInfo info;
        info.name = dataset;
        info.tableName = dataset;
        info.sourceKind = m_source;
        info.sourceParams = m_params;
        info.createdAt = info.updatedAt = QDateTime::currentDateTimeUtc();
        info.columns = wanted;
        if (Status s = catalog.save(info); !s)
            return s;
        stored = wanted;
        return Status::success();
    }
    // A source that learned new fields adds their columns; old rows hold NULL there.
    stored = existing->columns;
    for (const Column &c : wanted) {
        const bool known = std::any_of(stored.begin(), stored.end(), [&](const Column &s) {
            return s.name.compare(c.name, Qt::CaseInsensitive) == 0;
        });
        if (known)
            continue;
        if (!q.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                        .arg(m_dialect.quoteIdentifier(existing->tableName),
                             m_dialect.quoteIdentifier(c.name), m_dialect.storageType(c.type))))
            return Status::internal(q.lastError().text());
        stored.append(c);
    }
    return Status::success();
}

Status SourceRun::write(const QString &dataset, const Columns &columns,
                        const QList<QVariantList> &rows, const Replace &replace) {
    if (!m_begun)
        return Status::internal(tr("the run has not begun"));
    // The write transaction starts with the first write, after the fetching: while a source
    // fetches, the response cache (its own connection) can still store answers.
    if (!m_transaction.isOpen()) {
        if (Status s = m_transaction.begin(); !s)
            return s;
    }
    Columns stored;
    if (Status s = ensureTable(dataset, columns, stored); !s)
        return s;
    Catalog catalog(m_connection.db(), m_dialect);
    const auto found = catalog.find(dataset);
    if (!found || !*found)
        return found ? Status::internal(tr("dataset '%1' vanished during the run").arg(dataset))
                     : found.status();
    DatasetInfo info = **found;
    const QString table = m_dialect.quoteIdentifier(info.tableName);
    QSqlQuery q(m_connection.db());
    qint64 removed = 0;
    if (!replace.column.isEmpty() && !replace.values.isEmpty()) {
        // Replacing looks rows up by this column on every run: a stream asks per batch.
        if (!q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (%3)")
                        .arg(m_dialect.quoteIdentifier(info.tableName + u'_' + replace.column +
                                                       QStringLiteral("_idx")),
                             table, m_dialect.quoteIdentifier(replace.column))))
            return Status::internal(q.lastError().text());
        QStringList marks;
        for (qsizetype i = 0; i < replace.values.size(); ++i)
            marks.append(QStringLiteral("?"));
        QString sql = QStringLiteral("DELETE FROM %1 WHERE %2 IN (%3)")
                          .arg(table, m_dialect.quoteIdentifier(replace.column), marks.join(u','));
        for (const auto &[column, value] : replace.alsoEqual)
            sql += QStringLiteral(" AND %1 = ?").arg(m_dialect.quoteIdentifier(column));
        q.prepare(sql);
        for (const QVariant &v : replace.values)
            q.addBindValue(v);
        for (const auto &[column, value] : replace.alsoEqual)
            q.addBindValue(value);
        if (!q.exec())
            return Status::internal(q.lastError().text());
        removed = q.numRowsAffected();
    }
    QStringList names, marks;
    for (const Column &c : columns) {
        names.append(m_dialect.quoteIdentifier(c.name));
        marks.append(QStringLiteral("?"));
    }
    names += {m_dialect.quoteIdentifier(kRunId), m_dialect.quoteIdentifier(kCollectedAt)};
    marks += {QStringLiteral("?"), QStringLiteral("?")};
    if (!q.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
        return Status::internal(q.lastError().text());
    const QString collectedAt = m_started.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    for (const QVariantList &row : rows) {
        for (int i = 0; i < columns.size(); ++i)
            q.addBindValue(row.value(i));
        q.addBindValue(m_runId);
        q.addBindValue(collectedAt);
        if (!q.exec())
            return Status::internal(q.lastError().text());
    }
    m_written.insert(info.name);
    info.columns = stored;
    info.rowCount += qint64(rows.size()) - removed;
    info.updatedAt = QDateTime::currentDateTimeUtc();
    m_rows += rows.size();
    return catalog.save(info);
}

QSet<QString> SourceRun::existingValues(const QString &dataset, const QString &column) {
    QSet<QString> values;
    const auto found = Catalog(m_connection.db(), m_dialect).find(dataset);
    if (!found || !*found)
        return values;
    const DatasetInfo *info = &**found;
    QSqlQuery q(m_connection.db());
    if (q.exec(QStringLiteral("SELECT DISTINCT %1 FROM %2")
                   .arg(m_dialect.quoteIdentifier(column),
                        m_dialect.quoteIdentifier(info->tableName)))) {
        while (q.next())
            values.insert(q.value(0).toString());
    }
    return values;
}

Status SourceRun::logRun(const QString &status, const QString &error) {
    return RunLog(m_connection.db())
        .finish(m_runId, status, status == QLatin1String("ok") ? m_rows : m_checkpointed, error);
}

Status SourceRun::syncColumns() {
    Catalog catalog(m_connection.db(), m_dialect);
    for (const QString &dataset : std::as_const(m_written)) {
        const auto info = catalog.find(dataset);
        if (!info)
            return info.status();
        if (!*info)
            continue;
        if (Status s = ColumnStore(m_connection.db(), m_connection.sqliteHandle()).sync(**info); !s)
            return s;
    }
    m_written.clear();
    return Status::success();
}

Status SourceRun::commit() {
    if (!m_begun)
        return Status::internal(tr("the run has not begun"));
    if (Status s = syncColumns(); !s)
        return fail(s);
    if (Status s = logRun(QStringLiteral("ok"), {}); !s)
        return fail(s);
    if (m_transaction.isOpen()) {
        if (Status s = m_transaction.commit(); !s)
            return fail(s);
    }
    return Status::success();
}

Status SourceRun::checkpoint() {
    if (!m_transaction.isOpen()) {
        // Rows another writer stored and committed (countRows): only their count to log.
        m_checkpointed = m_rows;
        return m_runId > 0 ? RunLog(m_connection.db()).progress(m_runId, m_rows)
                           : Status::success();
    }
    if (Status s = syncColumns(); !s)
        return s;
    if (Status s = RunLog(m_connection.db()).progress(m_runId, m_rows); !s)
        return s;
    if (Status s = m_transaction.commit(); !s)
        return s;
    m_checkpointed = m_rows;
    return Status::success();
}

Status SourceRun::fail(const Status &error) {
    if (m_transaction.isOpen()) {
        m_transaction.rollback();
        m_written.clear();
        m_rows = m_checkpointed;
    }
    // Outside the rolled-back transaction: the failure stays in the run log.
    (void)logRun(error.kind() == ErrorKind::Cancelled ? QStringLiteral("cancelled")
                                                      : QStringLiteral("failed"),
                 error.message());
    return error;
}

} // namespace tl

#include "PublishJob.h"

#include "export/MartLayout.h"
#include "store/Catalog.h"
#include "store/Connection.h"
#include "store/Publications.h"
#include "store/RunLog.h"
#include "store/SqliteStatement.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <charconv>
#include <cmath>

namespace tl {

namespace {

// COPY data goes to the server in blocks of about this size.
constexpr qsizetype kBlockBytes = qsizetype(1) << 20;
constexpr qint64 kProgressEvery = 10000;

QString modeName(PublishMode mode) {
    switch (mode) {
    case PublishMode::Create:
        return QStringLiteral("create");
    case PublishMode::Append:
        return QStringLiteral("append");
    case PublishMode::Replace:
        return QStringLiteral("replace");
    case PublishMode::Upsert:
        return QStringLiteral("upsert");
    }
    return {};
}

// A source's dataset (SourceRun) carries the run that wrote each row.
bool hasRunColumns(const Columns &columns) {
    auto has = [&columns](const char *name, ColumnType type) {
        return std::any_of(columns.begin(), columns.end(), [name, type](const Column &c) {
            return c.name == QLatin1String(name) && c.type == type;
        });
    };
    return has("run_id", ColumnType::Integer) && has("collected_at", ColumnType::Timestamp);
}

// Appends one stored value in COPY's text format.
void appendValue(QByteArray &out, sqlite3_stmt *row, int column) {
    char number[32];
    switch (sqlite3_column_type(row, column)) {
    case SQLITE_NULL:
        out.append("\\N", 2);
        return;
    case SQLITE_INTEGER: {
        const auto end = std::to_chars(number, number + sizeof number,
                                       qint64(sqlite3_column_int64(row, column)));
        out.append(number, end.ptr - number);
        return;
    }
    case SQLITE_FLOAT: {
        const double v = sqlite3_column_double(row, column);
        if (std::isnan(v))
            out.append("NaN");
        else if (std::isinf(v))
            out.append(v > 0 ? "Infinity" : "-Infinity");
        else // the shortest text that reads back as the same double
            out.append(number, std::to_chars(number, number + sizeof number, v).ptr - number);
        return;
    }
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(row, column));
        const int size = sqlite3_column_bytes(row, column);
        int from = 0;
        for (int i = 0; i < size; ++i) {
            const char c = text[i];
            const char escaped = c == '\\'   ? '\\'
                                 : c == '\t' ? 't'
                                 : c == '\n' ? 'n'
                                 : c == '\r' ? 'r'
                                             : 0;
            if (!escaped)
                continue;
            out.append(text + from, i - from);
            out.append('\\');
            out.append(escaped);
            from = i + 1;
        }
        out.append(text + from, size - from);
    }
    }
}

} // namespace

// One dataset's share of the publish: where it goes and which of its rows.
struct PublishJob::Plan {
    DatasetInfo info;
    PublishTable table;
    bool byRun = false; // the mark is a run id, else a rowid (Publications)
    QString condition;  // which rows: empty for all
    qint64 mark = 0;    // the mark after this publish
    qint64 rows = 0;
    bool fromStart = true;
};

PublishJob::PublishJob(QString workspacePath, QString target, PublishOptions options)
    : m_path(std::move(workspacePath))
    , m_targetName(std::move(target))
    , m_options(std::move(options)) {
}

void PublishJob::cancel() {
    m_cancelled = true;
    std::lock_guard lock(m_publisherMutex);
    if (m_publisher)
        m_publisher->cancel();
}

Status PublishJob::plan(QSqlDatabase &db, QList<Plan> &plans) {
    SqliteDialect dialect;
    Catalog catalog(db, dialect);
    Publications publications(db);
    for (const QString &name : m_options.datasets) {
        const auto found = catalog.find(name);
        if (!found)
            return found.status();
        if (!found->has_value())
            return Status::badInput(tr("no dataset named '%1'").arg(name));
        Plan p;
        p.info = **found;
        const MartLayout layout = MartLayout::of(p.info.name, p.info.columns);
        p.table = {m_options.table.isEmpty() ? p.info.name : m_options.table, p.info.columns,
                   m_options.mode, m_options.keys.isEmpty() ? layout.keys : m_options.keys,
                   layout.indexes};
        p.byRun = hasRunColumns(p.info.columns);
        const QString table = dialect.quoteIdentifier(p.info.tableName);
        const QString mark = p.byRun ? QStringLiteral("run_id") : QStringLiteral("rowid");
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT max(%1) FROM %2").arg(mark, table)) || !q.next())
            return Status::internal(q.lastError().text());
        p.mark = q.value(0).toLongLong();
        const QString created = p.info.createdAt.toString(Qt::ISODateWithMs);
        if (m_options.sinceRun) {
            const auto before = publications.find(p.info.name, m_target->display(), p.table.table);
            if (!before)
                return before.status();
            if (before->has_value() && (*before)->datasetCreated == created) {
                p.fromStart = false;
                // The mark is a number this code wrote: never user text.
                p.condition = QStringLiteral(" WHERE %1 > %2").arg(mark).arg((*before)->mark);
            }
        }
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1%2").arg(table, p.condition)) ||
            !q.next())
            return Status::internal(q.lastError().text());
        p.rows = q.value(0).toLongLong();
        plans.append(std::move(p));
    }
    return Status::success();
}

Status PublishJob::send(QSqlDatabase &db, Publisher &publisher, const Plan &plan, qint64 &done,
                        qint64 total, PublishedTable &published) {
    if (Status s = publisher.begin(plan.table); !s)
        return s;
    SqliteDialect dialect;
    QStringList columns;
    for (const Column &c : plan.info.columns)
        columns.append(dialect.quoteIdentifier(c.name));
    SqliteStatement rows(
        sqliteHandleOf(db),
        QStringLiteral("SELECT %1 FROM %2%3 ORDER BY rowid")
            .arg(columns.join(u','), dialect.quoteIdentifier(plan.info.tableName), plan.condition));
    if (!rows.ok())
        return Status::internal(rows.errorText());
    const int width = int(columns.size());
    QByteArray block;
    block.reserve(kBlockBytes + (64 << 10));
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(rows.get())) == SQLITE_ROW) {
        for (int i = 0; i < width; ++i) {
            if (i > 0)
                block.append('\t');
            appendValue(block, rows.get(), i);
        }
        block.append('\n');
        if (block.size() >= kBlockBytes) {
            if (Status s = publisher.write(block); !s)
                return s;
            block.clear();
        }
        if (++done % kProgressEvery == 0 && m_progress)
            m_progress(done, total);
        if (m_cancelled)
            return Status::cancelled(tr("publish cancelled; nothing was published"));
    }
    if (step != SQLITE_DONE)
        return Status::internal(rows.errorText());
    if (!block.isEmpty())
        if (Status s = publisher.write(block); !s)
            return s;
    const auto count = publisher.end();
    if (!count)
        return count.status();
    published = {plan.info.name, plan.table.table, count->written, count->replaced, plan.fromStart};
    return Status::success();
}

Status PublishJob::record(QSqlDatabase &db, const QList<Plan> &plans, const PublishResult &result,
                          qint64 runId) {
    Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(db);
    qint64 lastRun = 0;
    if (q.exec(QStringLiteral("SELECT max(id) FROM _tl_runs WHERE kind <> 'publish'")) && q.next())
        lastRun = q.value(0).toLongLong();
    Publications publications(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const Plan &p = plans[i];
        if (Status s = publications.save({p.info.name, m_target->display(), p.table.table,
                                          p.info.createdAt.toString(Qt::ISODateWithMs), p.mark,
                                          lastRun, result.tables[i].rows, now});
            !s)
            return s;
    }
    if (Status s = RunLog(db).finish(runId, QStringLiteral("ok"), result.rows); !s)
        return s;
    return transaction.commit();
}

Status PublishJob::run(PublishResult &result) {
    result = PublishResult{};
    const auto target = Engine::forTarget(m_targetName, m_path);
    if (!target)
        return target.status();
    m_target = target.value();
    result.target = m_target->display();
    Connection writer;
    if (Status s = writer.open(m_path); !s)
        return s;
    QJsonArray tables;
    QJsonObject params{{QStringLiteral("to"), m_target->display()},
                       {QStringLiteral("mode"), modeName(m_options.mode)},
                       {QStringLiteral("since_run"), m_options.sinceRun}};
    if (!m_options.table.isEmpty())
        params.insert(QStringLiteral("table"), m_options.table);
    const auto runId =
        RunLog(writer.db())
            .start(QStringLiteral("publish"), m_options.datasets.join(QStringLiteral(", ")), params,
                   QDateTime::currentDateTimeUtc());
    if (!runId)
        return runId.status();
    auto failed = [&](const Status &why) {
        // The failure is the message; a run log that cannot take it changes nothing of that.
        (void)RunLog(writer.db())
            .finish(*runId,
                    why.kind() == ErrorKind::Cancelled ? QStringLiteral("cancelled")
                                                       : QStringLiteral("failed"),
                    0, why.message());
        return why;
    };

    // Every dataset is read from one snapshot, whatever a fetch appends meanwhile.
    Connection reader;
    if (Status s = reader.open(m_path, Connection::Access::ReadOnly); !s)
        return failed(s);
    QSqlQuery snapshot(reader.db());
    if (!snapshot.exec(QStringLiteral("BEGIN")))
        return failed(Status::internal(snapshot.lastError().text()));
    QList<Plan> plans;
    if (Status s = plan(reader.db(), plans); !s)
        return failed(s);
    qint64 total = 0;
    for (const Plan &p : plans)
        total += p.rows;

    auto opened = m_target->openPublisher();
    if (!opened)
        return failed(opened.status());
    std::unique_ptr<Publisher> publisher = std::move(opened.value());
    {
        std::lock_guard lock(m_publisherMutex);
        m_publisher = publisher.get();
    }
    qint64 done = 0;
    Status status = Status::success();
    for (const Plan &p : plans) {
        PublishedTable published;
        status = send(reader.db(), *publisher, p, done, total, published);
        if (!status)
            break;
        result.tables.append(published);
        result.rows += published.rows;
    }
    if (status && m_cancelled)
        status = Status::cancelled(tr("publish cancelled; nothing was published"));
    if (status)
        status = publisher->commit();
    {
        std::lock_guard lock(m_publisherMutex);
        m_publisher = nullptr;
    }
    publisher.reset(); // the server has rolled back what was not committed
    if (!status) {
        result = PublishResult{m_target->display(), {}, 0};
        return failed(status);
    }
    if (m_progress)
        m_progress(done, total);
    if (Status s = record(writer.db(), plans, result, *runId); !s)
        return Status::internal(tr("published to %1, but the workspace could not record it (%2); "
                                   "a --since-run publish will send these rows again")
                                    .arg(m_target->display(), s.message()));
    return Status::success();
}

} // namespace tl

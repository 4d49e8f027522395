#include "ClickHousePublisher.h"

#include "engine/ClickHouseEngine.h"
#include "ingest/BatchQueue.h"

#include <QUuid>

#include <thread>

namespace tl {

namespace {

using clickhouse::literal;

// How a value waits in the staging table: as the workspace wrote it (timestamps as their
// text, which may have milliseconds that DateTime cannot read).
QString stageType(ColumnType type) {
    switch (type) {
    case ColumnType::Integer:
        return QStringLiteral("Nullable(Int64)");
    case ColumnType::Boolean:
        return QStringLiteral("Nullable(UInt8)");
    case ColumnType::Real:
        return QStringLiteral("Nullable(Float64)");
    case ColumnType::Date:
        return QStringLiteral("Nullable(Date)");
    case ColumnType::Timestamp:
    case ColumnType::Text:
    case ColumnType::Json:
        return QStringLiteral("Nullable(String)");
    }
    return QStringLiteral("Nullable(String)");
}

QString modeWord(PublishMode mode) {
    return mode == PublishMode::Replace ? QStringLiteral("replace") : QStringLiteral("upsert");
}

} // namespace

// One table's blocks on their way into its staging table, sent by a thread of their own so a
// block travels and is parsed there while PublishJob reads and encodes the next. The first
// failure stops the rest and is what push() and finish() answer from then on.
class ClickHousePublisher::Upload {
public:
    Upload(const clickhouse::Address &address, QString insert)
        : m_client(address)
        , m_insert(std::move(insert)) {
        m_thread = std::thread([this] {
            while (std::optional<QByteArray> block = m_blocks.pop()) {
                Status s = m_client.execute(m_insert, *block);
                if (!s) {
                    std::lock_guard lock(m_mutex);
                    m_failure = std::move(s);
                    m_blocks.close(); // push() now says why
                    return;
                }
            }
        });
    }
    ~Upload() {
        m_blocks.close();
        if (m_thread.joinable())
            m_thread.join();
    }

    Status push(QByteArray rows) {
        if (m_blocks.push(std::move(rows)))
            return Status::success();
        Status why = failure(); // closed by a failure, or by cancel()
        return why.ok() ? Status::cancelled(tr("cancelled")) : why;
    }
    Status finish() {
        m_blocks.close(); // the thread sends what is queued, then stops
        m_thread.join();
        return failure();
    }
    void cancel() {
        m_client.cancel();
        m_blocks.close();
    }

private:
    Status failure() {
        std::lock_guard lock(m_mutex);
        return m_failure;
    }

    clickhouse::Client m_client; // its requests are made on m_thread only
    QString m_insert;
    BatchQueue<QByteArray> m_blocks{2};
    std::mutex m_mutex;
    Status m_failure = Status::success();
    std::thread m_thread;
};

ClickHousePublisher::ClickHousePublisher(clickhouse::Address address)
    : m_client(std::move(address)) {
}

ClickHousePublisher::~ClickHousePublisher() {
    {
        std::lock_guard lock(m_uploadMutex);
        m_upload.reset(); // its thread stops before the staging tables go
    }
    dropStages();
}

Status ClickHousePublisher::open() {
    // Staging tables a publish could not take away (its server died first) go after a day:
    // their rows were never published, and no publish runs that long.
    QStringList stale;
    if (Status s = m_client.select(
            QStringLiteral("SELECT name FROM system.tables WHERE database = %1 AND "
                           "startsWith(name, '_tl_stage_') AND metadata_modification_time < "
                           "now() - 86400")
                .arg(literal(m_client.address().database)),
            [&](const QVariantList &row) {
                stale.append(row[0].toString());
                return true;
            });
        !s)
        return s;
    for (const QString &name : std::as_const(stale))
        if (Status s = m_client.execute(QStringLiteral("DROP TABLE IF EXISTS %1")
                                            .arg(quoted(m_client.address().database, name)));
            !s)
            return s;
    return Status::success();
}

void ClickHousePublisher::cancel() {
    m_client.cancel();
    std::lock_guard lock(m_uploadMutex);
    if (m_upload)
        m_upload->cancel();
}

QString ClickHousePublisher::quoted(const QString &database, const QString &table) const {
    return m_dialect.quoteIdentifier(database) + u'.' + m_dialect.quoteIdentifier(table);
}

Status ClickHousePublisher::begin(const PublishTable &table) {
    if (table.mode == PublishMode::Replace || table.mode == PublishMode::Upsert)
        return Status::badInput(tr("ClickHouse has no transactions or unique keys to %1 by: "
                                   "publish to %2 with --mode create or append")
                                    .arg(modeWord(table.mode), m_client.address().display()));
    Staged staged;
    staged.table = table;
    std::tie(staged.database, staged.name) =
        ClickHouseEngine::splitTable(table.table, m_client.address());
    const QString target = staged.database + u'.' + staged.name;
    if (Status s =
            m_client.select(QStringLiteral("SELECT name, type FROM system.columns WHERE "
                                           "database = %1 AND table = %2")
                                .arg(literal(staged.database), literal(staged.name)),
                            [&](const QVariantList &row) {
                                staged.existing.append({row[0].toString(), row[1].toString()});
                                return true;
                            });
        !s)
        return s;
    if (table.mode == PublishMode::Create) {
        if (!staged.existing.isEmpty())
            return Status::badInput(tr("%1 already exists on %2 (--mode append adds to it)")
                                        .arg(target, m_client.address().display()));
        staged.existing.clear();
        for (const QString &key : table.keys)
            if (std::none_of(table.columns.begin(), table.columns.end(),
                             [&](const Column &c) { return c.name == key; }))
                return Status::badInput(tr("the key %1 is not a column of %2").arg(key, target));
    } else {
        if (staged.existing.isEmpty())
            return Status::badInput(tr("no table %1 on %2 (--mode create makes one)")
                                        .arg(target, m_client.address().display()));
        QStringList missing;
        for (const Column &c : table.columns)
            if (std::none_of(staged.existing.begin(), staged.existing.end(), [&](const auto &e) {
                    return e.first.compare(c.name, Qt::CaseInsensitive) == 0;
                }))
                missing.append(c.name);
        if (!missing.isEmpty())
            return Status::badInput(tr("%1 has no column %2: nothing was published")
                                        .arg(target, missing.join(QLatin1String(", "))));
    }
    QStringList columns;
    for (const Column &c : table.columns)
        columns.append(m_dialect.quoteIdentifier(c.name) + u' ' + stageType(c.type));
    const QString stage = QStringLiteral("_tl_stage_") + QUuid::createUuid().toString(QUuid::Id128);
    // In the connection's own database, where open() looks for ones left behind.
    staged.stage = quoted(m_client.address().database, stage);
    if (Status s = m_client.execute(QStringLiteral("CREATE TABLE %1 (%2) ENGINE = Log")
                                        .arg(staged.stage, columns.join(QLatin1String(", "))));
        !s)
        return s;
    {
        std::lock_guard lock(m_uploadMutex);
        m_upload = std::make_unique<Upload>(
            m_client.address(), QStringLiteral("INSERT INTO %1 FORMAT TSV").arg(staged.stage));
    }
    m_staged.append(std::move(staged));
    return Status::success();
}

Status ClickHousePublisher::write(const QByteArray &rows) {
    return m_upload->push(rows);
}

Result<PublishCount> ClickHousePublisher::end() {
    const Status uploaded = m_upload->finish();
    {
        std::lock_guard lock(m_uploadMutex);
        m_upload.reset();
    }
    if (!uploaded)
        return uploaded;
    Staged &staged = m_staged.last();
    if (Status s = m_client.select(QStringLiteral("SELECT count() FROM %1").arg(staged.stage),
                                   [&](const QVariantList &row) {
                                       staged.rows = row[0].toLongLong();
                                       return true;
                                   });
        !s)
        return s;
    return PublishCount{staged.rows, 0};
}

Status ClickHousePublisher::create(const Staged &staged) {
    QStringList columns, keys;
    for (const Column &c : staged.table.columns) {
        // MergeTree's sorting key cannot be Nullable in 18.16: a key column is not.
        const bool key = staged.table.keys.contains(c.name);
        const QString type = m_dialect.storageType(c.type);
        columns.append(m_dialect.quoteIdentifier(c.name) + u' ' +
                       (key ? type : QStringLiteral("Nullable(%1)").arg(type)));
    }
    for (const QString &key : staged.table.keys)
        keys.append(m_dialect.quoteIdentifier(key));
    return m_client.execute(
        QStringLiteral("CREATE TABLE %1 (%2) ENGINE = MergeTree() ORDER BY %3")
            .arg(quoted(staged.database, staged.name), columns.join(QLatin1String(", ")),
                 keys.isEmpty() ? QStringLiteral("tuple()")
                                : u'(' + keys.join(QLatin1String(", ")) + u')'));
}

Status ClickHousePublisher::move(const Staged &staged) {
    const QString target = staged.database + u'.' + staged.name;
    QStringList names, values, nullChecks, notNullable;
    for (const Column &c : staged.table.columns) {
        const auto found =
            std::find_if(staged.existing.begin(), staged.existing.end(), [&](const auto &e) {
                return e.first.compare(c.name, Qt::CaseInsensitive) == 0;
            });
        const QString column = m_dialect.quoteIdentifier(c.name);
        names.append(m_dialect.quoteIdentifier(found->first));
        // A timestamp's text to the second, in UTC; the server shows it in the column's zone.
        QString value = c.type == ColumnType::Timestamp
                            ? QStringLiteral("if(isNull(%1), NULL, toDateTime(ifNull(substring(%1, "
                                             "1, 19), '1970-01-01 00:00:00'), 'UTC'))")
                                  .arg(column)
                            : column;
        if (!found->second.startsWith(QLatin1String("Nullable("))) {
            nullChecks.append(QStringLiteral("countIf(isNull(%1))").arg(column));
            notNullable.append(found->first);
            value = QStringLiteral("assumeNotNull(%1)").arg(value);
        }
        values.append(value);
    }
    if (!nullChecks.isEmpty()) {
        QVariantList counts;
        if (Status s = m_client.select(QStringLiteral("SELECT %1 FROM %2")
                                           .arg(nullChecks.join(QLatin1String(", ")), staged.stage),
                                       [&](const QVariantList &row) {
                                           counts = row;
                                           return true;
                                       });
            !s)
            return s;
        for (qsizetype i = 0; i < counts.size(); ++i)
            if (const qint64 n = counts[i].toLongLong(); n > 0)
                return Status::badInput(tr("%1: column %2 cannot be empty (it is not Nullable), "
                                           "and %n row(s) have no value there: %1 was not "
                                           "published",
                                           nullptr, int(n))
                                            .arg(target, notNullable[i]));
    }
    clickhouse::Client::Options options;
    // A Distributed table's rows reach its shards before the statement returns.
    options.settings = {{QStringLiteral("insert_distributed_sync"), QStringLiteral("1")}};
    return m_client.execute(QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %4")
                                .arg(quoted(staged.database, staged.name),
                                     names.join(QLatin1String(", ")),
                                     values.join(QLatin1String(", ")), staged.stage),
                            {}, options);
}

Status ClickHousePublisher::commit() {
    for (Staged &staged : m_staged) {
        const bool creating = staged.existing.isEmpty();
        if (creating) {
            if (Status s = create(staged); !s)
                return s;
            for (const Column &c : staged.table.columns) {
                const QString type = m_dialect.storageType(c.type);
                staged.existing.append({c.name, staged.table.keys.contains(c.name)
                                                    ? type
                                                    : QStringLiteral("Nullable(%1)").arg(type)});
            }
        }
        if (Status s = move(staged); !s) {
            if (creating) // a table this publish made is not left half full
                (void)m_client.execute(QStringLiteral("DROP TABLE IF EXISTS %1")
                                           .arg(quoted(staged.database, staged.name)));
            return s;
        }
    }
    dropStages();
    return Status::success();
}

void ClickHousePublisher::dropStages() {
    m_client.clearCancel(); // a cancelled publish still takes its staging tables away
    clickhouse::Client::Options quick;
    quick.timeout = std::chrono::seconds(10);
    for (const Staged &staged : std::as_const(m_staged))
        (void)m_client.execute(QStringLiteral("DROP TABLE IF EXISTS %1").arg(staged.stage), {},
                               quick); // best effort: a name that says what it was is left
    m_staged.clear();
}

} // namespace tl

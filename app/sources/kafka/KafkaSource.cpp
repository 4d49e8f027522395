#include "KafkaSource.h"

#include "core/Time.h"
#include "ingest/ImportJob.h"
#include "sources/SourceRun.h"
#include "store/Connection.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <librdkafka/rdkafka.h>

#include <memory>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::KafkaSource", text);
}

constexpr int kRejectHead = 1024;

struct Reject {
    int partition = 0;
    qint64 offset = 0;
    QString error;
    QByteArray head;
};

Status sqlError(const QSqlDatabase &db, const QSqlQuery &q) {
    return Workspace::describeSqliteError(db.databaseName(), q.lastError());
}

} // namespace

// One consumer session: polls, frames batches, and stores each with its offsets.
class KafkaSource::Session {
public:
    Session(KafkaSource &source, SourceRun &run)
        : m_source(source)
        , m_options(source.m_options)
        , m_run(run) {}
    ~Session() {
        if (m_consumer) {
            rd_kafka_consumer_close(m_consumer); // revokes: the last batch is stored
            rd_kafka_destroy(m_consumer);
        }
    }

    Status open();
    Status consume();
    const Status &failure() const { return m_failure; }
    qint64 messages() const { return m_messages; }
    qint64 rows() const { return m_rows; }
    qint64 rejected() const { return m_rejected; }
    QStringList notes() const { return m_notes; }

private:
    static void rebalance(rd_kafka_t *consumer, rd_kafka_resp_err_t err,
                          rd_kafka_topic_partition_list_t *partitions, void *opaque);
    void assign(rd_kafka_topic_partition_list_t *partitions);
    void take(const rd_kafka_message_t *message);
    Status flush();
    Status storeOffsets(QSqlDatabase &db) const;
    Result<QHash<int, qint64>> storedOffsets() const;

    KafkaSource &m_source;
    const KafkaOptions &m_options;
    SourceRun &m_run;
    rd_kafka_t *m_consumer = nullptr;
    QList<QByteArray> m_lines;       // records of the batch, as NDJSON
    QHash<int, qint64> m_nextOffset; // partition → the offset after the batch's last message
    QList<Reject> m_rejects;
    QElapsedTimer m_sinceFirst;
    qint64 m_batchMessages = 0;
    qint64 m_messages = 0;
    qint64 m_rows = 0;
    qint64 m_rejected = 0;
    bool m_created = false;
    Status m_failure; // a failure inside a librdkafka callback, reported after it
    QStringList m_notes;
    QSet<QString> m_noted;
};

Result<QHash<int, qint64>> KafkaSource::Session::storedOffsets() const {
    Connection connection;
    if (Status s = connection.open(m_source.m_path, Connection::Access::ReadOnly); !s)
        return s;
    QSqlQuery q(connection.db());
    q.prepare(QStringLiteral("SELECT partition, next_offset FROM _tl_kafka_offsets WHERE "
                             "dataset = ? AND topic = ?"));
    q.addBindValue(m_options.dataset);
    q.addBindValue(m_options.topic);
    if (!q.exec())
        return sqlError(connection.db(), q);
    QHash<int, qint64> offsets;
    while (q.next())
        offsets.insert(q.value(0).toInt(), q.value(1).toLongLong());
    return offsets;
}

Status KafkaSource::Session::storeOffsets(QSqlDatabase &db) const {
    QSqlQuery offset(db);
    offset.prepare(QStringLiteral("INSERT INTO _tl_kafka_offsets (dataset, topic, partition, "
                                  "next_offset) VALUES (?, ?, ?, ?) ON CONFLICT (dataset, topic, "
                                  "partition) DO UPDATE SET next_offset = excluded.next_offset"));
    for (auto it = m_nextOffset.cbegin(); it != m_nextOffset.cend(); ++it) {
        offset.addBindValue(m_options.dataset);
        offset.addBindValue(m_options.topic);
        offset.addBindValue(it.key());
        offset.addBindValue(it.value());
        if (!offset.exec())
            return sqlError(db, offset);
    }
    QSqlQuery reject(db);
    reject.prepare(QStringLiteral("INSERT INTO _tl_rejects (source, dataset, topic, partition, "
                                  "offset, error, head, run_id, rejected_at) VALUES ('kafka', ?, "
                                  "?, ?, ?, ?, ?, ?, ?)"));
    for (const Reject &r : m_rejects) {
        reject.addBindValue(m_options.dataset);
        reject.addBindValue(m_options.topic);
        reject.addBindValue(r.partition);
        reject.addBindValue(r.offset);
        reject.addBindValue(r.error);
        reject.addBindValue(QString::fromUtf8(r.head));
        reject.addBindValue(m_run.runId());
        reject.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
        if (!reject.exec())
            return sqlError(db, reject);
    }
    return Status::success();
}

Status KafkaSource::Session::open() {
    char error[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    const auto set = [&](const QByteArray &key, const QByteArray &value) -> Status {
        if (rd_kafka_conf_set(conf, key.constData(), value.constData(), error, sizeof error) !=
            RD_KAFKA_CONF_OK)
            return Status::badInput(
                tr("--kafka-config %1: %2").arg(QString::fromUtf8(key), QString::fromUtf8(error)));
        return Status::success();
    };
    const QByteArray group =
        (m_options.group.isEmpty() ? QStringLiteral("trendlens-") + m_options.dataset
                                   : m_options.group)
            .toUtf8();
    QList<QPair<QByteArray, QByteArray>> settings{
        {"bootstrap.servers", m_options.brokers.toUtf8()},
        {"group.id", group},
        // The workspace keeps the offsets, with the rows; Kafka's own are never used.
        {"enable.auto.commit", "false"},
        {"enable.auto.offset.store", "false"},
        {"auto.offset.reset", m_options.fromEarliest ? "earliest" : "latest"},
        {"log_level", "3"},
    };
    for (const QString &pair : m_options.config) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0) {
            rd_kafka_conf_destroy(conf);
            return Status::badInput(tr("--kafka-config takes key=value, not '%1'")
                                        .arg(pair.left(eq < 0 ? pair.size() : eq)));
        }
        settings.append({pair.left(eq).trimmed().toUtf8(), pair.mid(eq + 1).toUtf8()});
    }
    for (const auto &[key, value] : settings) {
        if (Status s = set(key, value); !s) {
            rd_kafka_conf_destroy(conf);
            return s;
        }
    }
    rd_kafka_conf_set_opaque(conf, this);
    rd_kafka_conf_set_rebalance_cb(conf, &Session::rebalance);
    m_consumer = rd_kafka_new(RD_KAFKA_CONSUMER, conf, error, sizeof error);
    if (!m_consumer) // rd_kafka_new frees the configuration only when it succeeds
        return Status::badInput(tr("kafka: %1").arg(QString::fromUtf8(error)));
    rd_kafka_poll_set_consumer(m_consumer);
    rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(topics, m_options.topic.toUtf8().constData(),
                                      RD_KAFKA_PARTITION_UA);
    const rd_kafka_resp_err_t err = rd_kafka_subscribe(m_consumer, topics);
    rd_kafka_topic_partition_list_destroy(topics);
    if (err)
        return Status::sourceError(
            tr("kafka: cannot subscribe to %1: %2")
                .arg(m_options.topic, QString::fromUtf8(rd_kafka_err2str(err))));
    return Status::success();
}

void KafkaSource::Session::rebalance(rd_kafka_t *consumer, rd_kafka_resp_err_t err,
                                     rd_kafka_topic_partition_list_t *partitions, void *opaque) {
    auto *session = static_cast<Session *>(opaque);
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        session->assign(partitions);
        return;
    }
    // Revoked (a rebalance, the end): what was read of these partitions is stored first.
    if (Status s = session->flush(); !s && session->m_failure.ok())
        session->m_failure = s;
    rd_kafka_assign(consumer, nullptr);
}

void KafkaSource::Session::assign(rd_kafka_topic_partition_list_t *partitions) {
    // Each partition goes on from the offset stored with its rows; one never stored starts
    // where --from says.
    const auto stored = storedOffsets();
    if (!stored) {
        m_failure = stored.status();
        rd_kafka_assign(m_consumer, nullptr);
        return;
    }
    for (int i = 0; i < partitions->cnt; ++i) {
        rd_kafka_topic_partition_t &p = partitions->elems[i];
        if (const auto it = stored->constFind(p.partition); it != stored->cend())
            p.offset = it.value();
        else
            p.offset = m_options.fromEarliest ? RD_KAFKA_OFFSET_BEGINNING : RD_KAFKA_OFFSET_END;
    }
    rd_kafka_assign(m_consumer, partitions);
}

void KafkaSource::Session::take(const rd_kafka_message_t *message) {
    const QByteArray payload(static_cast<const char *>(message->payload), int(message->len));
    const int partition = int(message->partition);
    const qint64 offset = qint64(message->offset);
    rd_kafka_timestamp_type_t type = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
    const qint64 ms = rd_kafka_message_timestamp(message, &type);
    const QJsonValue timestamp =
        type == RD_KAFKA_TIMESTAMP_NOT_AVAILABLE
            ? QJsonValue()
            : QJsonValue(isoUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    QList<QJsonObject> records;
    QString why;
    if (error.error != QJsonParseError::NoError)
        why = tr("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset);
    else if (document.isObject())
        records.append(document.object());
    else {
        for (const QJsonValue &value : document.array()) {
            if (!value.isObject()) {
                why = tr("an array of something other than objects");
                break;
            }
            records.append(value.toObject());
        }
    }
    if (m_lines.isEmpty() && m_rejects.isEmpty() && m_batchMessages == 0)
        m_sinceFirst.start();
    ++m_batchMessages;
    ++m_messages;
    m_nextOffset.insert(partition, offset + 1);
    if (!why.isEmpty()) {
        ++m_rejected;
        m_rejects.append({partition, offset, why, payload.left(kRejectHead)});
        if (m_options.abortOnBadMessage && m_failure.ok())
            m_failure = Status::badInput(tr("%1 partition %2 offset %3: %4")
                                             .arg(m_options.topic)
                                             .arg(partition)
                                             .arg(offset)
                                             .arg(why));
        return;
    }
    for (QJsonObject record : records) {
        record.insert(QStringLiteral("kafka_topic"), m_options.topic);
        record.insert(QStringLiteral("kafka_partition"), partition);
        record.insert(QStringLiteral("kafka_offset"), offset);
        record.insert(QStringLiteral("kafka_timestamp"), timestamp);
        m_lines.append(QJsonDocument(record).toJson(QJsonDocument::Compact));
    }
}

Status KafkaSource::Session::flush() {
    if (m_batchMessages == 0)
        return Status::success();
    if (m_lines.isEmpty()) {
        // Only rejects: their offsets still move on, in one transaction with them.
        Connection connection;
        if (Status s = connection.open(m_source.m_path); !s)
            return s;
        Transaction transaction(connection.db());
        if (Status s = transaction.begin(); !s)
            return s;
        QSqlDatabase db = connection.db();
        if (Status s = storeOffsets(db); !s)
            return s;
        if (Status s = transaction.commit(); !s)
            return s;
    } else {
        QTemporaryFile file(QDir::tempPath() + QStringLiteral("/trendlens-kafka-XXXXXX.ndjson"));
        if (!file.open())
            return Status::internal(
                tr("cannot write a temporary file: %1").arg(file.errorString()));
        for (const QByteArray &line : std::as_const(m_lines))
            file.write(line + '\n');
        if (!file.flush())
            return Status::internal(
                tr("cannot write a temporary file: %1").arg(file.errorString()));
        ImportOptions import;
        import.files = {file.fileName()};
        import.dataset = m_options.dataset;
        import.sniff.format = FileFormat::Ndjson;
        import.sniff.encoding = QStringLiteral("UTF-8");
        import.sourceKind = QStringLiteral("kafka");
        import.sourceParams = QJsonObject{{QStringLiteral("brokers"), m_options.brokers},
                                          { QStringLiteral("topic"),
                                            m_options.topic }};
        import.typesByName = {{QStringLiteral("kafka_topic"), ColumnType::Text},
                              {QStringLiteral("kafka_partition"), ColumnType::Integer},
                              {QStringLiteral("kafka_offset"), ColumnType::Integer},
                              { QStringLiteral("kafka_timestamp"),
                                ColumnType::Timestamp }};
        import.forSourceRun = true;
        import.beforeCommit = [this](QSqlDatabase & db) { return storeOffsets(db);
    };
    if (!m_created) {
        std::unique_ptr<Workspace> workspace;
        if (Status s = Workspace::open(m_source.m_path, workspace); !s)
            return s;
        const auto existing = workspace->catalog().find(m_options.dataset);
        if (!existing)
            return existing.status();
        m_created = existing->has_value();
    }
    import.mode = m_created ? ImportMode::Append : ImportMode::Create;
    ImportJob job(m_source.m_path, import);
    ImportResult imported;
    if (Status s = job.run(imported); !s)
        return s;
    m_created = true;
    m_rows += imported.rows;
    m_run.countRows(imported.rows);
}
m_lines.clear();
m_rejects.clear();
m_nextOffset.clear();
m_batchMessages = 0;
if (Status s = m_run.checkpoint(); !s)
    return s;
if (m_source.m_progress)
    m_source.m_progress(m_messages, m_options.maxMessages);
return Status::success();
} // namespace tl

Status KafkaSource::Session::consume() {
    QElapsedTimer running;
    running.start();
    for (;;) {
        const bool limit = m_options.maxMessages > 0 && m_messages >= m_options.maxMessages;
        const bool late =
            m_options.durationS > 0 && running.elapsed() >= m_options.durationS * 1000LL;
        if (m_source.m_cancelled || limit || late || !m_failure.ok())
            break;
        rd_kafka_message_t *message = rd_kafka_consumer_poll(m_consumer, 100);
        if (message) {
            if (!message->err) {
                take(message);
            } else if (message->err != RD_KAFKA_RESP_ERR__PARTITION_EOF) {
                // A broker away, a leader moving: librdkafka retries; the run says so once.
                const QString what = QString::fromUtf8(rd_kafka_message_errstr(message));
                if (!m_noted.contains(what)) {
                    m_noted.insert(what);
                    m_notes.append(tr("kafka: %1 (retried)").arg(what));
                }
            }
            rd_kafka_message_destroy(message);
        }
        char fatal[512];
        if (const rd_kafka_resp_err_t err = rd_kafka_fatal_error(m_consumer, fatal, sizeof fatal))
            return Status::sourceError(tr("kafka: %1").arg(QString::fromUtf8(fatal)));
        const bool due = m_batchMessages >= m_options.batchMessages ||
                         (m_batchMessages > 0 && m_sinceFirst.elapsed() >= m_options.batchMs);
        if (due) {
            if (Status s = flush(); !s)
                return s;
        }
    }
    if (!m_failure.ok()) {
        // Aborting on a bad message: what came before it is stored, the bad one is not.
        m_lines.clear();
        return m_failure;
    }
    return flush();
}

KafkaSource::KafkaSource(QString workspacePath, KafkaOptions options)
    : m_path(std::move(workspacePath))
    , m_options(std::move(options)) {
}

Status KafkaSource::run(SourceReport &report) {
    // The run log keeps the settings' names, never their values (SASL passwords).
    QStringList configKeys;
    for (const QString &pair : std::as_const(m_options.config))
        configKeys.append(pair.section(u'=', 0, 0));
    SourceRun run(
        m_path, QStringLiteral("kafka"),
        QJsonObject{{QStringLiteral("brokers"), m_options.brokers},
                    {QStringLiteral("topic"), m_options.topic},
                    {QStringLiteral("group"), m_options.group},
                    {QStringLiteral("kafka_config"), QJsonArray::fromStringList(configKeys)}});
    run.setWaiting(m_waiting, &m_cancelled);
    if (Status s = run.begin(); !s)
        return s;
    Status status;
    qint64 messages = 0, rows = 0, rejected = 0;
    QStringList notes;
    {
        Session session(*this, run);
        status = session.open();
        if (status)
            status = session.consume();
        messages = session.messages();
        rows = session.rows();
        rejected = session.rejected();
        notes = session.notes();
    } // closing the consumer revokes its partitions and stores what was read
    if (!status)
        return run.fail(status);
    report.summary = tr("%1 messages from %2 into '%3': %4 rows, %5 rejected")
                         .arg(messages)
                         .arg(m_options.topic, m_options.dataset)
                         .arg(rows)
                         .arg(rejected);
    report.notes = notes;
    return run.commit();
}

SourceDescription KafkaSource::description() {
    using Kind = SourceParameter::Kind;
    SourceDescription d;
    d.id = QStringLiteral("kafka");
    d.title = tr("Kafka topic");
    d.help = tr("Stores the JSON messages of a Kafka topic as they arrive, each exactly once: "
                "the offsets are kept in the workspace with the rows.");
    d.parameters = {
        {.name = QStringLiteral("brokers"),
         .kind = Kind::Text,
         .label = tr("Brokers:"),
         .help = tr("HOST:PORT[,…] of the cluster."),
         .required = true},
        {.name = QStringLiteral("topic"),
         .kind = Kind::Text,
         .label = tr("Topic:"),
         .help = tr("The topic to read."),
         .required = true},
        {.name = QStringLiteral("group"),
         .kind = Kind::Text,
         .label = tr("Consumer group:"),
         .help = tr("The consumer group (default: trendlens-DATASET).")},
        {.name = QStringLiteral("from"),
         .kind = Kind::Text,
         .label = tr("Start at:"),
         .help = tr("earliest or latest, for partitions never read into this dataset."),
         .initial = QStringLiteral("earliest")},
        {.name = QStringLiteral("dataset"),
         .kind = Kind::Text,
         .label = tr("Dataset:"),
         .help = tr("The dataset to store into (default: the topic's name).")},
        {.name = QStringLiteral("max-messages"),
         .kind = Kind::Integer,
         .label = tr("Stop after (messages):"),
         .help = tr("Stop after N messages."),
         .initial = 0,
         .zeroText = tr("no limit")},
        {.name = QStringLiteral("duration"),
         .kind = Kind::Integer,
         .label = tr("Stop after (seconds):"),
         .help = tr("Stop after N seconds."),
         .initial = 0,
         .zeroText = tr("until stopped")},
        {.name = QStringLiteral("kafka-config"),
         .kind = Kind::TextList,
         .label = tr("Client settings:"),
         .help = tr("key=value for librdkafka, repeatable: security.protocol, sasl.*, ssl.*.")},
        {.name = QStringLiteral("on-error"),
         .kind = Kind::Text,
         .label = tr("Bad messages:"),
         .help = tr("skip: keep them in _tl_rejects and go on; abort: stop."),
         .initial = QStringLiteral("skip")},
    };
    d.create = [](const QString &workspace, const SourceValues &values, const QString &,
                  const QString &, std::unique_ptr<Source> &source) {
        KafkaOptions o;
        o.brokers = values.value(QStringLiteral("brokers")).toString().trimmed();
        o.topic = values.value(QStringLiteral("topic")).toString().trimmed();
        o.group = values.value(QStringLiteral("group")).toString().trimmed();
        const QString from =
            values.value(QStringLiteral("from"), QStringLiteral("earliest")).toString();
        const QString onError =
            values.value(QStringLiteral("on-error"), QStringLiteral("skip")).toString();
        o.fromEarliest = from != QLatin1String("latest");
        o.dataset = values.value(QStringLiteral("dataset")).toString().trimmed();
        if (o.dataset.isEmpty())
            o.dataset = datasetNameForFile(o.topic);
        o.maxMessages = values.value(QStringLiteral("max-messages"), 0).toInt();
        o.durationS = values.value(QStringLiteral("duration"), 0).toInt();
        o.config = values.value(QStringLiteral("kafka-config")).toStringList();
        o.config.removeAll(QString());
        o.abortOnBadMessage = onError == QLatin1String("abort");
        if (o.brokers.isEmpty() || o.topic.isEmpty() ||
            (from != QLatin1String("earliest") && from != QLatin1String("latest")) ||
            (onError != QLatin1String("skip") && onError != QLatin1String("abort")))
            return Status::badInput(tr("kafka: --brokers HOST:PORT --topic T [--from "
                                       "earliest|latest] [--on-error skip|abort]"));
        source = std::make_unique<KafkaSource>(workspace, o);
        return Status::success();
    };
    return d;
}

} // namespace tl

#include "KafkaSource.h"

#include "core/CivilTime.h"
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

#include <algorithm>
#include <cstring>
#include <functional>
#include <memory>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::KafkaSource", text);
}

constexpr int kRejectHead = 1024;

// The members every record gets: where its message was in the topic.
constexpr QLatin1String kStampMembers[] = {
    QLatin1String("kafka_topic"), QLatin1String("kafka_partition"), QLatin1String("kafka_offset"),
    QLatin1String("kafka_timestamp")};

struct Reject {
    int partition = 0;
    qint64 offset = 0;
    QString error;
    QByteArray head;
};

Status sqlError(const QSqlDatabase &db, const QSqlQuery &q) {
    return Workspace::describeSqliteError(db.databaseName(), q.lastError());
}

// --dataset, or a name made from the topic's.
QString datasetOf(const SourceValues &values) {
    const QString dataset = values.value(QStringLiteral("dataset")).toString().trimmed();
    return dataset.isEmpty()
               ? datasetNameForFile(values.value(QStringLiteral("topic")).toString().trimmed())
               : dataset;
}

} // namespace

// One consumer session: polls, frames batches, and stores each with its offsets.
class KafkaSource::Session {
    // lupdate files the strings here under this class, so they are looked up under it.
    Q_DECLARE_TR_FUNCTIONS(tl::KafkaSource::Session)

public:
    Session(KafkaSource &source, SourceRun &run)
        : m_source(source)
        , m_options(source.m_options)
        , m_run(run)
        , m_topicJson(QJsonDocument(QJsonArray{source.m_options.topic})
                          .toJson(QJsonDocument::Compact)
                          .chopped(1)
                          .mid(1)
                          .toStdString()) {}
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
    void assign(rd_kafka_topic_partition_list_t *partitions, bool incremental);
    void noteError(rd_kafka_error_t *error); // takes it
    void take(const rd_kafka_message_t *message);
    static bool hasStampMember(const QJsonObject &record);
    // `object` (a JSON object's text) as one NDJSON line ending in `stamp`'s members.
    void addLine(QByteArray object, bool empty, const std::string &stamp);
    Status flush();
    Status importBatch();
    Status storeRejectsOnly();
    Status storeOffsets(QSqlDatabase &db) const;
    Result<QHash<int, qint64>> storedOffsets() const;

    KafkaSource &m_source;
    const KafkaOptions &m_options;
    SourceRun &m_run;
    const std::string m_topicJson; // the topic as a JSON string
    rd_kafka_t *m_consumer = nullptr;
    QList<QByteArray> m_lines;       // records of the batch, as NDJSON
    QHash<int, qint64> m_nextOffset; // partition → the offset after the batch's last message
    QHash<int, qint64> m_expected;   // partition → the offset that should come next
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
    // partition.assignment.strategy=cooperative-sticky hands partitions over one by one;
    // the default (range, roundrobin) revokes them all, then assigns anew.
    const bool incremental = std::strcmp(rd_kafka_rebalance_protocol(consumer), "COOPERATIVE") == 0;
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        session->assign(partitions, incremental);
        return;
    }
    // Revoked (a rebalance, the end): what was read is stored before the partitions go, so
    // the member that gets them next starts after it.
    if (Status s = session->flush(); !s && session->m_failure.ok())
        session->m_failure = s;
    if (incremental)
        session->noteError(rd_kafka_incremental_unassign(consumer, partitions));
    else
        rd_kafka_assign(consumer, nullptr);
}

void KafkaSource::Session::assign(rd_kafka_topic_partition_list_t *partitions, bool incremental) {
    // Each partition goes on from the offset stored with its rows; one never stored starts
    // where --from says.
    const auto stored = storedOffsets();
    if (!stored) {
        m_failure = stored.status(); // the run stops before it reads anything more
        if (!incremental)
            rd_kafka_assign(m_consumer, nullptr);
        return;
    }
    for (int i = 0; i < partitions->cnt; ++i) {
        rd_kafka_topic_partition_t &p = partitions->elems[i];
        if (const auto it = stored->constFind(p.partition); it != stored->cend()) {
            p.offset = it.value();
            m_expected.insert(p.partition, it.value());
        } else
            p.offset = m_options.fromEarliest ? RD_KAFKA_OFFSET_BEGINNING : RD_KAFKA_OFFSET_END;
    }
    if (incremental)
        noteError(rd_kafka_incremental_assign(m_consumer, partitions));
    else
        rd_kafka_assign(m_consumer, partitions);
}

void KafkaSource::Session::noteError(rd_kafka_error_t *error) {
    if (!error)
        return;
    if (m_failure.ok())
        m_failure = Status::sourceError(
            tr("kafka: %1").arg(QString::fromUtf8(rd_kafka_error_string(error))));
    rd_kafka_error_destroy(error);
}

void KafkaSource::Session::take(const rd_kafka_message_t *message) {
    const QByteArray payload(static_cast<const char *>(message->payload), int(message->len));
    const int partition = int(message->partition);
    const qint64 offset = qint64(message->offset);
    rd_kafka_timestamp_type_t type = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
    const qint64 ms = rd_kafka_message_timestamp(message, &type);
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
    // Offsets skipped over are messages this dataset never saw: the topic's retention removed
    // them before they were read (or compaction, or a transaction's markers). Said once per
    // partition, never silently.
    if (const auto it = m_expected.constFind(partition);
        it != m_expected.cend() && offset > it.value()) {
        const QString key = QStringLiteral("gap %1").arg(partition);
        if (!m_noted.contains(key)) {
            m_noted.insert(key);
            m_notes.append(tr("partition %1: offsets %2–%3 were no longer in the topic "
                              "(retention or compaction) when they were read")
                               .arg(partition)
                               .arg(it.value())
                               .arg(offset - 1));
        }
    }
    m_expected.insert(partition, offset + 1);
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
    // The stamp goes in as text after each record's own members: reading a message back into
    // a QJsonObject and writing it out again took a third of the time.
    std::string stamp = ",\"kafka_topic\":" + m_topicJson +
                        ",\"kafka_partition\":" + std::to_string(partition) +
                        ",\"kafka_offset\":" + std::to_string(offset) + ",\"kafka_timestamp\":";
    if (type == RD_KAFKA_TIMESTAMP_NOT_AVAILABLE) {
        stamp += "null";
    } else {
        stamp += '"';
        civil::appendTimestamp(stamp, ms);
        stamp += '"';
    }
    stamp += '}';
    if (records.size() == 1 && document.isObject() && !hasStampMember(records.front())) {
        addLine(payload, records.front().isEmpty(), stamp);
        return;
    }
    for (QJsonObject record : records) {
        for (const QLatin1String key : kStampMembers)
            record.remove(key); // the message's own place in the topic wins
        addLine(QJsonDocument(record).toJson(QJsonDocument::Compact), record.isEmpty(), stamp);
    }
}

bool KafkaSource::Session::hasStampMember(const QJsonObject &record) {
    return std::any_of(std::begin(kStampMembers), std::end(kStampMembers),
                       [&record](QLatin1String key) { return record.contains(key); });
}

void KafkaSource::Session::addLine(QByteArray object, bool empty, const std::string &stamp) {
    // A line break in valid JSON is whitespace between tokens (a string holds "\n"), so the
    // object stays the same on one line.
    object.replace('\n', ' ').replace('\r', ' ');
    object = object.trimmed();
    object.chop(1); // its closing brace; the stamp closes it
    if (empty)
        m_lines.append(object + QByteArray::fromStdString(stamp).mid(1));
    else
        m_lines.append(object + QByteArray::fromStdString(stamp));
}

Status KafkaSource::Session::storeRejectsOnly() {
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
    return transaction.commit();
}

Status KafkaSource::Session::importBatch() {
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/trendlens-kafka-XXXXXX.ndjson"));
    if (!file.open())
        return Status::internal(tr("cannot write a temporary file: %1").arg(file.errorString()));
    for (const QByteArray &line : std::as_const(m_lines))
        file.write(line + '\n');
    if (!file.flush())
        return Status::internal(tr("cannot write a temporary file: %1").arg(file.errorString()));
    ImportOptions import;
    import.files = {file.fileName()};
    import.dataset = m_options.dataset;
    import.sniff.format = FileFormat::Ndjson;
    import.sniff.encoding = QStringLiteral("UTF-8");
    import.sourceKind = QStringLiteral("kafka");
    import.sourceParams.insert(QStringLiteral("brokers"), m_options.brokers);
    import.sourceParams.insert(QStringLiteral("topic"), m_options.topic);
    import.typesByName.insert(QStringLiteral("kafka_topic"), ColumnType::Text);
    import.typesByName.insert(QStringLiteral("kafka_partition"), ColumnType::Integer);
    import.typesByName.insert(QStringLiteral("kafka_offset"), ColumnType::Integer);
    import.typesByName.insert(QStringLiteral("kafka_timestamp"), ColumnType::Timestamp);
    import.forSourceRun = true;
    import.beforeCommit = std::bind_front(&Session::storeOffsets, this);
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
    return Status::success();
}

Status KafkaSource::Session::flush() {
    if (m_batchMessages == 0)
        return Status::success();
    if (Status s = m_lines.isEmpty() ? storeRejectsOnly() : importBatch(); !s)
        return s;
    m_lines.clear();
    m_rejects.clear();
    m_nextOffset.clear();
    m_batchMessages = 0;
    if (Status s = m_run.checkpoint(); !s)
        return s;
    if (m_source.m_progress)
        m_source.m_progress(m_messages, m_options.maxMessages);
    return Status::success();
}

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
        // Aborting on a bad message: the batches before it are stored; this batch is dropped
        // whole, offsets included, so closing the consumer stores none of it and a restart
        // reads it again (clearing only its rows let the revoke store their offsets).
        m_lines.clear();
        m_rejects.clear();
        m_nextOffset.clear();
        m_batchMessages = 0;
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
    d.liveDataset = datasetOf;
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
        o.dataset = datasetOf(values);
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

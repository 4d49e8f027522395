#pragma once

#include "sources/Source.h"
#include "sources/SourceCatalog.h"

#include <QStringList>

#include <atomic>

namespace tl {

struct KafkaOptions {
    QString brokers; // HOST:PORT[,…]
    QString topic;
    QString group; // the consumer group (partitions shared with its other members)
    bool fromEarliest = true;
    QString dataset; // default: the topic
    int maxMessages = 0;
    int durationS = 0;
    QStringList config; // key=value, passed to librdkafka as they are (security, SASL, SSL)
    bool abortOnBadMessage = false;
    int batchMessages = 1000; // per commit…
    int batchMs = 1000;       // …or this long after the first message of a batch
};

// A Kafka topic as a live source (librdkafka). Messages are JSON objects, or arrays of them
// (a whole ranking page), flattened by the import engine and stamped with their topic,
// partition, offset and timestamp. Exactly once into the workspace: the offsets a batch
// reaches are stored in the workspace in the same transaction as its rows, and every
// assignment (a start, a rebalance) starts from them, so a kill -9 at any moment followed by
// a restart stores every message once. A message that is not JSON goes to `_tl_rejects`
// (source, topic, partition, offset, the error and its first 1 KB) and the stream goes on,
// or with abortOnBadMessage stops the run.
class KafkaSource : public Source {
public:
    KafkaSource(QString workspacePath, KafkaOptions options);

    static SourceDescription description();

    void setProgress(Progress progress) override { m_progress = std::move(progress); }
    void cancel() override { m_cancelled = true; }
    Status run(SourceReport &report) override;

private:
    class Session;
    QString m_path;
    KafkaOptions m_options;
    Progress m_progress;
    std::atomic<bool> m_cancelled{false};
};

} // namespace tl

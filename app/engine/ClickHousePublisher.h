#pragma once

#include "engine/ClickHouseClient.h"
#include "engine/Engine.h"

#include <QCoreApplication>

#include <memory>
#include <mutex>

namespace tl {

// Publishes into ClickHouse, which has no transactions: each table's rows are first loaded
// into a staging table in the connection's database (engine Log, in large INSERT … FORMAT TSV
// blocks; one left by a server that died is dropped by a publish a day later), and
// commit() moves them into their tables with one INSERT … SELECT each. Until then nothing is
// seen, and a failure or a cancel leaves every table as it was; a server that fails during
// the moves can leave the tables moved before it published.
//  - create makes a MergeTree table on the server it is given, ordered by the keys;
//  - append maps columns by name into an existing table (a Distributed one included, written
//    through to its shards before commit returns), and the server converts each value to
//    its column's type (dates, DateTime in any zone, narrower integers, Nullable or not).
// Timestamps keep whole seconds (18.16 has no DateTime64). Replace and upsert are refused:
// ClickHouse has no unique keys to upsert by.
class ClickHousePublisher final : public Publisher {
    Q_DECLARE_TR_FUNCTIONS(tl::ClickHousePublisher)

public:
    explicit ClickHousePublisher(clickhouse::Address address);
    ~ClickHousePublisher() override;

    Status open();
    void cancel() override;
    Status begin(const PublishTable &table) override;
    Status write(const QByteArray &rows) override;
    Result<PublishCount> end() override;
    Status commit() override;

private:
    // A table being published: where it goes, and the staging table holding its rows.
    struct Staged {
        PublishTable table;
        QString database, name; // the target's
        QString stage;          // quoted "database.stage"
        // The target's columns (name, type) when it exists (append); empty for create.
        QList<std::pair<QString, QString>> existing;
        qint64 rows = 0;
    };
    Status move(const Staged &staged);
    Status create(const Staged &staged);
    QString quoted(const QString &database, const QString &table) const;
    void dropStages();

    class Upload;

    clickhouse::Client m_client;
    ClickHouseDialect m_dialect;
    QList<Staged> m_staged;
    std::mutex m_uploadMutex;         // m_upload is cancelled from other threads
    std::unique_ptr<Upload> m_upload; // the blocks of the table begun last, under way
};

} // namespace tl

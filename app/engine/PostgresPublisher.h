#pragma once

#include "engine/PostgresEngine.h"

#include <QCoreApplication>

#include <atomic>

struct pg_conn;
struct pg_cancel;
struct pg_result;

namespace tl {

// Publishes into PostgreSQL through libpq: one connection, one transaction, rows streamed
// with COPY … FROM STDIN in the text format the Publisher contract speaks. Tables it creates
// get their primary key and indexes; an existing table is matched by column names, and the
// server converts each value to its column's type. Upsert copies into a temporary table, then
// deletes the rows whose key came again and inserts the new ones (SQL Redshift also speaks;
// Redshift itself loads COPY from S3, not from the client, so publishing there is not COPY).
class PostgresPublisher final : public Publisher {
    Q_DECLARE_TR_FUNCTIONS(tl::PostgresPublisher)

public:
    explicit PostgresPublisher(PostgresEngine::Address address);
    ~PostgresPublisher() override;

    Status open();
    void cancel() override;
    Status begin(const PublishTable &table) override;
    Status write(const QByteArray &rows) override;
    Result<PublishCount> end() override;
    Status commit() override;

private:
    Status exec(const QString &sql, qint64 *affected = nullptr);
    Result<QStringList> existingColumns(const QString &table);
    Status create(const PublishTable &table, const QString &name);
    Status checkKeys();
    Status upsert(PublishCount &count);
    Status failure(pg_result *result);

    PostgresEngine::Address m_address;
    PostgresDialect m_dialect;
    pg_conn *m_conn = nullptr;
    pg_cancel *m_cancel = nullptr;
    std::atomic<bool> m_cancelled{false};
    PublishTable m_table;
    QString m_stage; // upsert's temporary table, else empty
    bool m_created = false;
    int m_stages = 0;
};

} // namespace tl

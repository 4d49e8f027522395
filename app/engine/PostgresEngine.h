#pragma once

#include "engine/Engine.h"

#include <QCoreApplication>

namespace tl {

// A team's PostgreSQL database (and the SQL Redshift shares, see PostgresDialect): its tables
// are datasets named "schema.table" (a bare name is in `public`), charts run as one query on
// the server, in a read-only session whose TimeZone is UTC. The password is never part of
// the address: libpq reads PGPASSWORD or ~/.pgpass.
class PostgresEngine final : public Engine {
    Q_DECLARE_TR_FUNCTIONS(tl::PostgresEngine)

public:
    struct Address {
        QString host;
        int port = 5432;
        QString user;
        QString database;
        // Only in memory, from the keychain; empty lets libpq read PGPASSWORD or ~/.pgpass.
        QString password;
        QString display() const; // postgresql://user@host:port/database
    };
    // postgresql://user@host:port/database (or postgres://); BadInput naming what is wrong.
    static Result<Address> parse(const QString &url);

    // "schema.table" as (schema, table); a bare name is in `public`.
    static std::pair<QString, QString> splitTable(const QString &name);

    explicit PostgresEngine(Address address)
        : m_address(std::move(address)) {}

    QString kind() const override { return QStringLiteral("postgresql"); }
    const Dialect &dialect() const override { return m_dialect; }
    Result<QList<DatasetInfo>> datasets() const override;
    Result<std::unique_ptr<ReadSession>> openReader() const override;
    std::unique_ptr<UserStatement> userStatement(const QString &sql,
                                                 std::chrono::milliseconds timeout) const override;
    QString display() const override { return m_address.display(); }
    Result<std::unique_ptr<Publisher>> openPublisher() const override;

private:
    Address m_address;
    PostgresDialect m_dialect;
};

} // namespace tl

#pragma once

#include "core/Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace tl::clickhouse {

// Where a ClickHouse server's HTTP interface is: clickhouse://USER@HOST:PORT/DATABASE.
struct Address {
    QString host;
    int port = 8123;
    QString user = QStringLiteral("default");
    QString database = QStringLiteral("default");
    // Only in memory, from the keychain or CLICKHOUSE_PASSWORD; never part of the address.
    QString password;

    QString display() const; // clickhouse://user@host:port/database
    // clickhouse://USER@HOST:PORT/DATABASE (port 8123, user and database "default" when left
    // out); BadInput naming what is wrong.
    static Result<Address> parse(const QString &url);
};

// A column type without its Nullable(…) and LowCardinality(…) wrappers: "Int64", "DateTime('UTC')".
QString innerType(QString type);

// One value of a ClickHouse text literal, as the server reads it back: quotes and backslashes
// escaped; NULL, numbers and booleans as they are.
QString literal(const QVariant &value);

// A statement whose '?' placeholders (outside quotes) are replaced, in order, by the values
// as literals: ClickHouse 18 has no bound parameters over HTTP.
Result<QString> inlineBindings(const QString &sql, const QVariantList &bindings);

// The query builder's `WITH a AS (…), b AS (…) SELECT …` as ClickHouse 18 runs it, without
// common table expressions: each use of a name becomes its query, `(…) AS a`. The names are
// the builder's own unquoted words (every column and table of a person's is quoted, every
// value a literal), so a bare word equal to one is a use of it.
QString inlineCommonTables(const QString &sql);

// How one statement runs.
struct QueryOptions {
    std::chrono::milliseconds timeout = std::chrono::minutes(10);
    bool readOnly = false;    // readonly=2: no writes, settings may still be given
    bool wholeAnswer = false; // the server finishes before it answers: errors are errors
    QList<std::pair<QString, QString>> settings; // more of the server's settings
};

// One statement over the HTTP interface, on the thread that calls it (a blocking socket: no
// event loop is needed). cancel() is safe from any thread: the request is dropped, and the
// server is told to stop the query (KILL QUERY by its id).
class Client {
    Q_DECLARE_TR_FUNCTIONS(tl::clickhouse::Client)

public:
    using Options = QueryOptions;
    using Header = std::function<void(const QStringList &names, const QStringList &types)>;
    using Row = std::function<bool(const QVariantList &values)>;

    explicit Client(Address address);

    // A query's answer in TSVWithNamesAndTypes, each row typed by its column's type (integers,
    // reals, NULL; dates and everything else as text). A row callback returning false stops.
    Status select(const QString &sql, const Header &header, const Row &row, const Options &options);
    Status select(const QString &sql, const Row &row) { return select(sql, {}, row, {}); }
    // A statement with no answer (DDL), or an INSERT whose rows are `body`.
    Status execute(const QString &sql, const QByteArray &body = {}, const Options &options = {});

    // Stops what runs now and anything asked later, until clearCancel().
    void cancel();
    void clearCancel() { m_cancelled = false; }
    const Address &address() const { return m_address; }

private:
    // Sends one statement; `received` takes the answer as it arrives (whole lines are taken
    // off the front) and returns false to stop reading. `cancelled` null: nothing stops it.
    Status request(const QString &sql, const QByteArray &body, const Options &options,
                   const std::atomic<bool> *cancelled,
                   const std::function<bool(QByteArray &)> &received);

    Address m_address;
    std::atomic<bool> m_cancelled{false};
};

} // namespace tl::clickhouse

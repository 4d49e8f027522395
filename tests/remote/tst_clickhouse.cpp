#include "../ch/ChCluster.h"
#include "../support/RemoteFixtures.h"
#include "engine/ClickHouseClient.h"
#include "engine/Engine.h"
#include "export/CsvWriter.h"
#include "export/PublishJob.h"
#include "store/Connection.h"
#include "store/Dialect.h"

#include <QBuffer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <cmath>
#include <thread>

using namespace tl;
using remotetest::Run;

// ClickHouse as a team's warehouse: a real two-shard cluster of Debian's ClickHouse 18.16
// (chtest::ChCluster), with the MergeTree tables and the Distributed table over them made the
// way a DBA makes them. The dialect's functions give SQLite's texts; a workspace publishes
// into the Distributed table; every differential chart on the cluster equals the workspace's.
class TestClickHouse : public QObject {
    Q_OBJECT

    chtest::ChCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_workspace;
    Connection m_sqlite;
    const SqliteDialect m_sqliteDialect;
    const ClickHouseDialect m_chDialect;

    // The rows of `select` (one expression per column, over t ordered by id) on the first
    // server, as text: NULL as "NULL".
    QStringList clickHouseRows(const QString &select, QString &error) {
        clickhouse::Client client(*clickhouse::Address::parse(m_cluster.url(0)));
        QStringList out;
        const Status s =
            client.select(QStringLiteral("SELECT %1 FROM t ORDER BY id").arg(select),
                          [&](const QVariantList &row) {
                              QStringList cells;
                              for (const QVariant &v : row)
                                  cells.append(v.isNull() ? QStringLiteral("NULL") : v.toString());
                              out.append(cells.join(u'|'));
                              return true;
                          });
        if (!s)
            error = s.message();
        return out;
    }

    QStringList sqliteRows(const QString &select, QString &error) {
        QSqlQuery q(m_sqlite.db());
        QStringList out;
        if (!q.exec(QStringLiteral("SELECT %1 FROM t ORDER BY id").arg(select))) {
            error = q.lastError().text();
            return out;
        }
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out.append(cells.join(u'|'));
        }
        return out;
    }

    // The same expression, spelled by each dialect (values inlined), gives the same rows.
    QString differs(const std::function<QString(const Dialect &)> &expression,
                    const QVariantList &bindings = {}) {
        QString sqliteError, chError;
        QString sqliteSql = expression(m_sqliteDialect);
        for (const QVariant &v : bindings) // SQLite reads the same literals
            sqliteSql.replace(sqliteSql.indexOf(u'?'), 1, clickhouse::literal(v));
        const QStringList expected = sqliteRows(sqliteSql, sqliteError);
        const auto inlined = clickhouse::inlineBindings(expression(m_chDialect), bindings);
        const QStringList actual = clickHouseRows(*inlined, chError);
        if (!sqliteError.isEmpty() || !chError.isEmpty())
            return QStringLiteral("sqlite: %1; clickhouse: %2").arg(sqliteError, chError);
        if (expected != actual)
            return QStringLiteral("sqlite %1\nclickhouse %2")
                .arg(expected.join(QStringLiteral(", ")), actual.join(QStringLiteral(", ")));
        return {};
    }

    // A chart's data on `engine` in SQL, timestamps read in `zone`.
    static QString csvOf(const Engine &engine, const ChartSpec &spec, const QByteArray &zone = {}) {
        ChartRunner::Options options;
        options.engine = ChartRunner::Engine::Sql;
        options.zone = zone;
        return remotetest::chartCsv(engine, spec, options);
    }

    static ChartSpec specOf(const QByteArray &json) {
        ChartSpec spec;
        const Status s = ChartSpec::fromJson(QJsonDocument::fromJson(json).object(), spec);
        if (!s)
            qWarning() << s.message();
        return spec;
    }

    QString publishCli(const QStringList &arguments) {
        const Run run = remotetest::trendlens(
            QStringList{QStringLiteral("publish"), QStringLiteral("-w"), m_workspace} + arguments);
        return run.code == 0 ? QString() : QStringLiteral("exit %1: %2").arg(run.code).arg(run.err);
    }

    // No staging table is left on any server.
    QString stagesLeft() const {
        QString out;
        for (int i = 0; i < m_cluster.size(); ++i)
            out += m_cluster.client(
                i, QStringLiteral(
                       "SELECT name FROM system.tables WHERE startsWith(name, '_tl_stage')"));
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString why = m_cluster.start(2);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        // The DBA's tables: a MergeTree on each shard and a Distributed one over both, with
        // types narrower than the workspace's and a rating that may be empty.
        for (int i = 0; i < 2; ++i) {
            const QString made = m_cluster.client(
                i, QStringLiteral(
                       "CREATE TABLE default.sales_local (day Date, movie String, audience "
                       "UInt32, rating Nullable(Float64), loaded DateTime DEFAULT now()) ENGINE = "
                       "MergeTree() PARTITION BY toYYYYMM(day) ORDER BY (day, movie);"
                       "CREATE TABLE default.sales AS default.sales_local ENGINE = "
                       "Distributed(team, default, sales_local, rand())"));
            QVERIFY2(!made.startsWith(QLatin1String("ERROR")), qPrintable(made));
        }
        m_workspace = m_dir.filePath(QStringLiteral("w.trendlens"));
        const QStringList movies{QStringLiteral("서울의 봄"), QStringLiteral("Wonka"),
                                 QStringLiteral("노량"),      QStringLiteral("Aquaman"),
                                 QStringLiteral("괴물"),      QStringLiteral("Elemental")};
        QByteArray rows;
        for (int i = 0; i < 400; ++i) {
            const QString day = QDate(2023, 11, 1).addDays(i % 97).toString(Qt::ISODate);
            const QString movie = movies[(i * 7 + i / 13) % movies.size()];
            const qint64 audience = 1000 + (i * 7919) % 50000;
            const QString rating =
                i % 17 == 0 ? QStringLiteral("null") : QString::number(1 + (i * 37) % 90 / 10.0);
            rows += QStringLiteral(R"({"day": "%1", "movie": "%2", "audience": %3, "rating": %4})")
                        .arg(day, movie)
                        .arg(audience)
                        .arg(rating)
                        .toUtf8() +
                    '\n';
        }
        QVERIFY(remotetest::import(m_workspace, QStringLiteral("sales"), rows, m_dir.path()));
    }

    // ClickHouseDialect against SQLite's dialect on the same values.
    void functionsSpellSqlitesTexts() {
        QVERIFY(m_sqlite.open(m_dir.filePath(QStringLiteral("t.sqlite"))).ok());
        QSqlQuery sqlite(m_sqlite.db());
        QVERIFY(sqlite.exec(QStringLiteral("CREATE TABLE t (id integer, d text, ts text, n "
                                           "integer, name text, raw text)")));
        const QString made = m_cluster.client(
            0, QStringLiteral("CREATE TABLE default.t (id Int64, d Date, ts DateTime('UTC'), n "
                              "Nullable(Int64), name String, raw String) ENGINE = Memory"));
        QVERIFY2(made.isEmpty(), qPrintable(made));
        // A leap day, years whose ISO week is the other year's, Sundays, the 10th, 11th, 20th
        // and 21st, midnight and the hour before it.
        const QList<QStringList> values{
            {"2024-02-29", "2024-02-29 23:59:59", "1", "사랑 해요 #영화", R"({"a": {"b": 7}})"},
            {"2021-01-03", "2021-01-03 00:00:00", "", "Alpha beta", R"({"a": {"b": "x"}})"},
            {"2024-12-30", "2024-12-30 15:30:00", "3", "가나다", R"({"a": 1})"},
            {"2023-01-01", "2023-01-01 14:59:00", "4", " spaced  out ", R"({"a": {"b": null}})"},
            {"2024-03-10", "2024-03-10 15:00:00", "5", "x", R"([1])"},
            {"2024-03-11", "2024-03-11 09:05:00", "6", "영화 좋아",
             "{\"a\": {\"b\": \"그 \\\"말\\\"\"}}"}, // (moc misreads \" in a raw string)
            {"2024-03-20", "2024-03-20 23:00:00", "7", "z", R"({})"},
            {"2024-03-21", "2024-03-21 00:30:00", "8", "", R"({"c": 1.5})"},
        };
        QStringList inserts;
        int id = 0;
        for (const QStringList &row : values) {
            ++id;
            sqlite.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)"));
            sqlite.addBindValue(id);
            sqlite.addBindValue(row[0]);
            sqlite.addBindValue(row[1]);
            sqlite.addBindValue(row[2].isEmpty() ? QVariant() : QVariant(row[2].toLongLong()));
            sqlite.addBindValue(row[3]);
            sqlite.addBindValue(row[4]);
            QVERIFY(sqlite.exec());
            inserts.append(QStringLiteral("(%1, %2, %3, %4, %5, %6)")
                               .arg(id)
                               .arg(clickhouse::literal(row[0]), clickhouse::literal(row[1]),
                                    row[2].isEmpty() ? QStringLiteral("NULL") : row[2],
                                    clickhouse::literal(row[3]), clickhouse::literal(row[4])));
        }
        const QString inserted = m_cluster.client(
            0, QStringLiteral("INSERT INTO default.t VALUES ") + inserts.join(u','));
        QVERIFY2(inserted.isEmpty(), qPrintable(inserted));

        // Each column as the query builder reads it (a DateTime as UTC text).
        const auto column = [](const Dialect &d, const char *name, ColumnType type) -> QString {
            return d.columnValue(d.quoteIdentifier(QLatin1String(name)), type);
        };
        for (const char *name : {"d", "ts"}) {
            const ColumnType type =
                qstrcmp(name, "d") == 0 ? ColumnType::Date : ColumnType::Timestamp;
            QString why = differs([&](const Dialect &d) {
                const QString v = column(d, name, type);
                return QStringList{d.datePart(QStringLiteral("year"), v),
                                   d.datePart(QStringLiteral("month"), v),
                                   d.datePart(QStringLiteral("day"), v),
                                   d.datePart(QStringLiteral("hour"), v),
                                   d.minuteBucket(v),
                                   d.hourBucket(v),
                                   d.dayBucket(v),
                                   d.tenDayBucket(v),
                                   d.weekBucket(v),
                                   d.monthBucket(v),
                                   d.quarterBucket(v),
                                   d.yearBucket(v),
                                   d.prefix(v, 7)}
                    .join(QStringLiteral(", "));
            });
            QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(name, why)));
        }
        // A timestamp as Seoul's wall clock: the hour and day move with it.
        QString why = differs([&](const Dialect &d) -> QString {
            const QString local =
                d.wallClock(column(d, "ts", ColumnType::Timestamp), QStringLiteral("'Asia/Seoul'"));
            return d.hourBucket(local) + QStringLiteral(", ") + d.dayBucket(local);
        });
        QVERIFY2(why.isEmpty(), qPrintable(why));
        // Text: words, prefixes of Korean, a LIKE with its wildcards escaped, lists.
        why = differs(
            [&](const Dialect &d) {
                return QStringList{d.wordCount(QStringLiteral("name")),
                                   d.prefix(QStringLiteral("name"), 2),
                                   QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END")
                                       .arg(d.likeEscaped(QStringLiteral("name"))),
                                   QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END")
                                       .arg(d.inJsonList(d.toText(QStringLiteral("n"))))}
                    .join(QStringLiteral(", "));
            },
            {QStringLiteral("%영%"), m_chDialect.listBinding(QJsonArray{1, 5, "6"})});
        // SQLite binds the list as JSON: its own run of the same question.
        QVERIFY2(why.isEmpty() || why.contains(QLatin1String("sqlite: ")), qPrintable(why));
        QString error;
        QCOMPARE(clickHouseRows(
                     *clickhouse::inlineBindings(
                         QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END, %2")
                             .arg(m_chDialect.inJsonList(m_chDialect.toText(QStringLiteral("n"))),
                                  m_chDialect.wordCount(QStringLiteral("name"))),
                         {m_chDialect.listBinding(QJsonArray{1, 5, "6"})}),
                     error),
                 (QStringList{"1|3", "0|2", "0|1", "0|2", "1|1", "1|2", "0|1", "0|0"}));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // A whole word, case-blind, Korean included.
        QCOMPARE(
            clickHouseRows(*clickhouse::inlineBindings(
                               m_chDialect.containsTerm(QStringLiteral("name"), QStringLiteral("?"),
                                                        QStringLiteral("0")),
                               {QStringLiteral("영화")}),
                           error),
            (QStringList{"0", "0", "0", "0", "0", "1", "0", "0"}));
        QCOMPARE(
            clickHouseRows(*clickhouse::inlineBindings(
                               m_chDialect.containsTerm(QStringLiteral("name"), QStringLiteral("?"),
                                                        QStringLiteral("0")),
                               {QStringLiteral("BETA")}),
                           error),
            (QStringList{"0", "1", "0", "0", "0", "0", "0", "0"}));
        // JSON paths of keys: scalars as text, strings unquoted, null and absent as NULL.
        why = differs([&](const Dialect &d) {
            return d.jsonAt(QStringLiteral("raw"), QStringLiteral("$.a.b")).first;
        });
        QVERIFY2(why.isEmpty() || why.startsWith(QLatin1String("sqlite: ")), qPrintable(why));
        QCOMPARE(
            clickHouseRows(m_chDialect.jsonAt(QStringLiteral("raw"), QStringLiteral("$.a.b")).first,
                           error),
            (QStringList{"7", "x", "NULL", "NULL", "NULL", "그 \"말\"", "NULL", "NULL"}));
        QCOMPARE(clickHouseRows(
                     m_chDialect.jsonAt(QStringLiteral("raw"), QStringLiteral("$.c")).first, error),
                 (QStringList{"NULL", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL", "1.5"}));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // The workspace publishes into the DBA's Distributed table: columns by name, values
    // converted to its types, and the rows spread over both shards.
    void publishesIntoTheDistributedTable() {
        const QString why =
            publishCli({QStringLiteral("sales"), QStringLiteral("--to"), m_cluster.url(0),
                        QStringLiteral("--table"), QStringLiteral("default.sales"),
                        QStringLiteral("--mode"), QStringLiteral("append")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(m_cluster.client(0, QStringLiteral("SELECT count(), sum(audience), "
                                                    "countIf(rating IS NULL) FROM default.sales")),
                 QStringLiteral("400\t10336200\t24"));
        const int first =
            m_cluster.client(0, QStringLiteral("SELECT count() FROM sales_local")).toInt();
        const int second =
            m_cluster.client(1, QStringLiteral("SELECT count() FROM sales_local")).toInt();
        QCOMPARE(first + second, 400);
        QVERIFY2(first > 100 && second > 100,
                 qPrintable(QStringLiteral("%1 + %2").arg(first).arg(second)));
        QCOMPARE(
            m_cluster.client(1, QStringLiteral("SELECT toTypeName(audience), count() > 0 FROM "
                                               "sales_local WHERE movie = '서울의 봄' GROUP BY "
                                               "toTypeName(audience)")),
            QStringLiteral("UInt32\t1"));
        QCOMPARE(stagesLeft(), QString());
    }

    // The differential chart specs on the cluster (one query on the Distributed table, which
    // both shards answer) equal the workspace's own answer.
    void chartsOnTheClusterMatchTheWorkspace() {
        const auto local = Engine::forWorkspace(m_workspace);
        const auto remote = Engine::forUrl(m_cluster.url(0));
        QVERIFY(remote.ok());
        QCOMPARE(remote.value()->kind(), QStringLiteral("clickhouse"));
        const QList<QByteArray> specs{
            R"({"type": "bar", "x": {"column": "movie"}})",
            R"({"x": {"column": "day", "bucket": "month"}, "y": {"agg": "sum", "column": "audience"}})",
            R"({"x": {"column": "day", "bucket": "10-day"}, "y": {"agg": "avg", "column": "rating"}})",
            R"({"x": {"column": "day", "bucket": "week"}, "y": {"agg": "median", "column": "audience"}})",
            R"({"x": {"column": "day", "bucket": "quarter"}, "y": {"agg": "median", "column": "rating"}})",
            R"({"x": {"column": "day", "bucket": "month"}, "y": {"agg": "count_distinct", "column": "movie"}})",
            R"({"x": {"column": "day", "bucket": "month"}, "series": {"column": "movie", "top": 3},
                "y": {"agg": "sum", "column": "audience"}})",
            R"({"type": "histogram", "x": {"column": "rating"}, "bins": 6})",
            R"({"type": "histogram", "x": {"column": "audience"}, "bins": 8, "normalize": true,
                "series": {"column": "movie", "top": 2}})",
            R"({"type": "histogram", "x": {"column": "rating"}, "bin_width": 0.5})",
            R"({"type": "box", "x": {"column": "movie"}, "y": {"column": "audience"}})",
            R"({"type": "bar", "x": {"column": "movie"},
                "filters": [{"column": "rating", "op": ">=", "value": 5},
                            {"column": "movie", "op": "in", "value": ["Wonka", "노량"]}]})",
            R"({"type": "bar", "x": {"column": "movie"}, "y": {"agg": "max", "column": "rating"},
                "filters": [{"column": "movie", "op": "contains", "value": "o"},
                            {"column": "day", "op": "between", "value": ["2023-12-01", "2024-01-15"]}]})",
            R"js({"x": {"expr": "year(day) * 100 + month(day)"}, "y": {"agg": "min", "column": "audience"}})js",
            R"({"type": "line", "x": {"column": "day", "bucket": "day"}, "y": {"column": "audience"},
                "filters": [{"column": "movie", "op": "=", "value": "괴물"}]})",
        };
        for (const QByteArray &json : specs) {
            ChartSpec local_ = specOf(R"({"dataset": "sales", )" + json.mid(1));
            ChartSpec onCluster = local_;
            onCluster.dataset = QStringLiteral("default.sales");
            const QString expected = csvOf(*local, local_);
            const QString actual = csvOf(*remote.value(), onCluster);
            QVERIFY2(expected.count(u'\n') > 1, qPrintable(expected));
            QVERIFY2(remotetest::sameTable(expected, actual),
                     qPrintable(QStringLiteral("%1\nworkspace:\n%2\ncluster:\n%3")
                                    .arg(QString::fromUtf8(json), expected, actual)));
        }
    }

    // `--mode create` makes a MergeTree table on the server it is given, ordered by the keys;
    // texts, NULLs and times come back as they were (times to the second).
    void createMakesAMergeTreeTable() {
        QVERIFY(remotetest::import(
            m_workspace, QStringLiteral("typed"),
            R"({"id": 1, "name": "서울의 봄", "day": "2024-02-29", "at": "2024-01-01T09:00:00.250Z", "score": 7.5, "flag": true, "note": "tab\there\nnew line \\ back\r )"
            "'q'"
            R"(", "meta": [1, {"영화": "괴물"}]}
{"id": 2, "name": null, "day": null, "at": null, "score": null, "flag": false, "note": "", "meta": null}
{"id": 3, "name": "Wonka", "day": "2023-12-31", "at": "2023-12-31T23:59:59Z", "score": -0.1, "flag": null, "note": "\\N", "meta": {"a": 1}}
)",
            m_dir.path()));
        QString why = publishCli({QStringLiteral("typed"), QStringLiteral("--to"), m_cluster.url(1),
                                  QStringLiteral("--key"), QStringLiteral("id")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(m_cluster.client(1, QStringLiteral("SELECT engine, sorting_key FROM system.tables "
                                                    "WHERE name = 'typed'")),
                 QStringLiteral("MergeTree\tid"));
        const QStringList rows =
            m_cluster
                .client(1, QStringLiteral("SELECT id, name, day, toString(at, 'UTC'), score, flag, "
                                          "note, meta FROM default.typed ORDER BY id"))
                .split(u'\n');
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0],
                 QStringLiteral("1\t서울의 봄\t2024-02-29\t2024-01-01 09:00:00\t7.5\t1\ttab"
                                "\\there\\nnew line \\\\ back\\r \\'q\\'\t[1, {\"영화\": "
                                "\"괴물\"}]"));
        QCOMPARE(rows[1], QStringLiteral("2\t\\N\t\\N\t\\N\t\\N\t0\t\\N\t\\N"));
        // The import made {"a": 1} a column of its own, "meta.a", a name with a dot in it.
        QCOMPARE(rows[2], QStringLiteral("3\tWonka\t2023-12-31\t2023-12-31 23:59:59\t-0.1\t\\N\t"
                                         "\\\\N\t\\N"));
        QCOMPARE(
            m_cluster.client(1, QStringLiteral("SELECT `meta.a` FROM default.typed WHERE id = 3")),
            QStringLiteral("1"));
        why = publishCli({QStringLiteral("typed"), QStringLiteral("--to"), m_cluster.url(1)});
        QVERIFY2(why.contains(QStringLiteral("already exists")), qPrintable(why));
        QCOMPARE(m_cluster.client(1, QStringLiteral("SELECT count() FROM default.typed")),
                 QStringLiteral("3"));
        // The table a publish made charts on the server like any other.
        const auto remote = Engine::forUrl(m_cluster.url(1));
        const ChartSpec hourly = specOf(R"({"dataset": "default.typed",
            "x": {"column": "at", "bucket": "hour"}, "y": {"agg": "sum", "column": "score"}})");
        QCOMPARE(csvOf(*remote.value(), hourly),
                 QStringLiteral("\"at (hour, UTC)\",sum(score)\r\n2023-12-31 23:00,-0.1\r\n"
                                "2024-01-01 09:00,7.5\r\n"));
        // Read in Seoul's time, the hours move nine ahead.
        QCOMPARE(csvOf(*remote.value(), hourly, "Asia/Seoul"),
                 QStringLiteral("\"at (hour, KST)\",sum(score)\r\n2024-01-01 08:00,-0.1\r\n"
                                "2024-01-01 18:00,7.5\r\n"));
        QCOMPARE(stagesLeft(), QString());
    }

    // What cannot be published says why and leaves every table as it was.
    void refusalsLeaveTheTablesAsTheyWere() {
        const QString before = m_cluster.client(0, QStringLiteral("SELECT count() FROM sales"));
        // A column the table does not have.
        QString why = publishCli({QStringLiteral("typed"), QStringLiteral("--to"), m_cluster.url(0),
                                  QStringLiteral("--table"), QStringLiteral("default.sales"),
                                  QStringLiteral("--mode"), QStringLiteral("append")});
        QVERIFY2(why.contains(QStringLiteral("default.sales has no column id, name")),
                 qPrintable(why));
        // A NULL for a column that cannot hold one: counted, nothing written.
        const QString made = m_cluster.client(
            0, QStringLiteral("CREATE TABLE default.strict (day Date, movie String, audience "
                              "UInt32, rating Float64) ENGINE = MergeTree() ORDER BY day"));
        QVERIFY2(made.isEmpty(), qPrintable(made));
        why = publishCli({QStringLiteral("sales"), QStringLiteral("--to"), m_cluster.url(0),
                          QStringLiteral("--table"), QStringLiteral("default.strict"),
                          QStringLiteral("--mode"), QStringLiteral("append")});
        QVERIFY2(why.contains(QStringLiteral("column rating cannot be empty")) &&
                     why.contains(QStringLiteral("24 row(s)")),
                 qPrintable(why));
        QCOMPARE(m_cluster.client(0, QStringLiteral("SELECT count() FROM default.strict")),
                 QStringLiteral("0"));
        // Replace and upsert need what ClickHouse does not have.
        why = publishCli({QStringLiteral("typed"), QStringLiteral("--to"), m_cluster.url(1),
                          QStringLiteral("--mode"), QStringLiteral("upsert"),
                          QStringLiteral("--key"), QStringLiteral("id")});
        QVERIFY2(why.contains(QStringLiteral("--mode create or append")), qPrintable(why));
        QCOMPARE(m_cluster.client(0, QStringLiteral("SELECT count() FROM sales")), before);
        QCOMPARE(stagesLeft(), QString());
    }

    // The command line: tables with their counts, SQL that only reads, charts by --db.
    void commandLineUsesTheCluster() {
        Run run = remotetest::trendlens(
            {QStringLiteral("datasets"), QStringLiteral("--db"), m_cluster.url(0)});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("default.sales_local")) &&
                     run.out.contains(QStringLiteral("default.sales")),
                 qPrintable(run.out));
        run =
            remotetest::trendlens({QStringLiteral("sql"), QStringLiteral("--db"), m_cluster.url(0),
                                   QStringLiteral("SELECT movie, count() AS n FROM sales WHERE "
                                                  "movie IN ('노량', 'Wonka') GROUP BY movie "
                                                  "ORDER BY movie;")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("movie,n\r\nWonka,62\r\n노량,72\r\n"));
        run = remotetest::trendlens({QStringLiteral("sql"), QStringLiteral("--db"),
                                     m_cluster.url(0), QStringLiteral("DROP TABLE sales_local")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("readonly")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u'\n') || run.err.count(u'\n') == 1, qPrintable(run.err));
        const QString spec = m_dir.filePath(QStringLiteral("spec.json"));
        QFile file(spec);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"dataset": "default.sales", "type": "bar", "x": {"column": "movie"}})");
        file.close();
        run = remotetest::trendlens({QStringLiteral("chart"), spec, QStringLiteral("--db"),
                                     m_cluster.url(0), QStringLiteral("--out"),
                                     m_dir.filePath(QStringLiteral("chart.csv"))});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QFile csv(m_dir.filePath(QStringLiteral("chart.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY2(csv.readAll().contains("서울의 봄,72"), "the chart's counts");
    }

    // A password user: refused without it, let in with CLICKHOUSE_PASSWORD, never written.
    void passwordComesFromTheEnvironment() {
        const QString url = m_cluster.url(0, QStringLiteral("analyst"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("CLICKHOUSE_PASSWORD"));
        Run run = remotetest::trendlens({QStringLiteral("connection"), QStringLiteral("add"),
                                         QStringLiteral("warehouse"), url, QStringLiteral("-w"),
                                         m_workspace},
                                        environment);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run =
            remotetest::trendlens({QStringLiteral("connection"), QStringLiteral("test"),
                                   QStringLiteral("warehouse"), QStringLiteral("-w"), m_workspace},
                                  environment);
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(QStringLiteral("analyst")), qPrintable(run.err));
        environment.insert(QStringLiteral("CLICKHOUSE_PASSWORD"),
                           QLatin1String(chtest::ChCluster::kPassword));
        run =
            remotetest::trendlens({QStringLiteral("datasets"), QStringLiteral("--db"),
                                   QStringLiteral("warehouse"), QStringLiteral("-w"), m_workspace},
                                  environment);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("default.sales")));
        QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            if (f.fileName().contains(QLatin1String("/server")))
                continue; // the servers' own users.xml
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(chtest::ChCluster::kPassword), qPrintable(f.fileName()));
        }
    }

    // A publish cancelled half-way, or whose server dies, leaves no table and no staging
    // table behind, and says so in one line.
    void cancelledOrFailedPublishLeavesNothing() {
        QByteArray many;
        for (int i = 0; i < 60000; ++i)
            many += QStringLiteral(R"({"id": %1, "name": "행 %1"})").arg(i).toUtf8() + '\n';
        QVERIFY(remotetest::import(m_workspace, QStringLiteral("many"), many, m_dir.path()));
        PublishOptions options;
        options.datasets = {QStringLiteral("many")};
        PublishJob job(m_workspace, m_cluster.url(0), options);
        qint64 seen = 0;
        job.setProgress([&](qint64 done, qint64) {
            seen = done;
            if (done >= 20000)
                job.cancel();
        });
        PublishResult result;
        const Status status = job.run(result);
        QCOMPARE(status.kind(), ErrorKind::Cancelled);
        QVERIFY(seen >= 20000 && seen < 60000);
        QCOMPARE(m_cluster.client(0, QStringLiteral("EXISTS TABLE default.many")),
                 QStringLiteral("0"));
        QCOMPARE(stagesLeft(), QString());

        // The server is gone before the rows are moved: exit 3, the address named.
        PublishJob doomed(m_workspace, m_cluster.url(1), options);
        doomed.setProgress([&](qint64 done, qint64) {
            if (done >= 20000 && m_cluster.httpPort(1) > 0)
                m_cluster.stop(1);
        });
        const Status failed = doomed.run(result);
        QCOMPARE(failed.kind(), ErrorKind::Source);
        QVERIFY2(!failed.message().contains(u'\n') &&
                     failed.message().contains(
                         QStringLiteral("127.0.0.1:%1").arg(m_cluster.httpPort(1))),
                 qPrintable(failed.message()));
        QVERIFY(m_cluster.restart(1).isEmpty());
        QCOMPARE(m_cluster.client(1, QStringLiteral("EXISTS TABLE default.many")),
                 QStringLiteral("0"));
        // Its staging table outlived it; a publish a day later takes it away.
        const QString left = m_cluster.client(
            1,
            QStringLiteral("SELECT name FROM system.tables WHERE startsWith(name, '_tl_stage')"));
        QVERIFY2(left.startsWith(QStringLiteral("_tl_stage_")), qPrintable(left));
        const QString metadata =
            m_cluster.dataPath(1) + QStringLiteral("/metadata/default/%1.sql").arg(left);
        QVERIFY2(QFile::exists(metadata), qPrintable(metadata));
        QVERIFY(QProcess::execute(QStringLiteral("touch"),
                                  {QStringLiteral("-d"), QStringLiteral("2 days ago"), metadata}) ==
                0);
        options.datasets = {QStringLiteral("sales")};
        options.table = QStringLiteral("default.sales_copy");
        QVERIFY(PublishJob(m_workspace, m_cluster.url(1), options).run(result).ok());
        QCOMPARE(stagesLeft(), QString());
    }

    // A long statement stops when cancelled, on the server too.
    void cancelStopsTheServer() {
        const auto remote = Engine::forUrl(m_cluster.url(0));
        auto statement = remote.value()->userStatement(
            QStringLiteral("SELECT count() FROM numbers(100000000000) WHERE sipHash64(number) = 1"),
            std::chrono::seconds(120));
        QElapsedTimer timer;
        timer.start();
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(700));
            statement->cancel();
        });
        const Status s =
            statement->run([](const QStringList &) {}, [](const QVariantList &) { return true; });
        canceller.join();
        QCOMPARE(s.kind(), ErrorKind::Cancelled);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QString running;
        for (int i = 0; i < 50; ++i) {
            running = m_cluster.client(
                0, QStringLiteral("SELECT count() FROM system.processes WHERE query LIKE "
                                  "'%sipHash64(number) = 1%' AND query NOT LIKE '%processes%'"));
            if (running == QLatin1String("0"))
                break;
            QThread::msleep(100);
        }
        QCOMPARE(running, QStringLiteral("0"));
    }

    // A shard that dies: the Distributed table's chart fails in one line, and a server that
    // is gone is named.
    void aShardThatDiesIsOneLine() {
        m_cluster.stop(1);
        const auto remote = Engine::forUrl(m_cluster.url(0));
        const QString csv = csvOf(*remote.value(), specOf(R"({"dataset": "default.sales",
            "type": "bar", "x": {"column": "movie"}})"));
        QVERIFY2(!csv.contains(u'\n') && csv.contains(QStringLiteral("127.0.0.1")),
                 qPrintable(csv));
        const auto gone = Engine::forUrl(m_cluster.url(1));
        auto reader = gone.value()->openReader();
        QVERIFY(reader.ok());
        ChartData data;
        const Status s = reader.value()->runChart(
            specOf(R"({"dataset": "default.typed", "type": "bar", "x": {"column": "name"}})"), data,
            {});
        QCOMPARE(s.kind(), ErrorKind::Source);
        QVERIFY2(
            s.message().startsWith(QStringLiteral("cannot reach clickhouse://default@127.0.0.1:")),
            qPrintable(s.message()));
        QVERIFY(m_cluster.restart(1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClickHouse)
#include "tst_clickhouse.moc"

#include "../pg/PgServer.h"
#include "../support/RemoteFixtures.h"
#include "engine/Engine.h"
#include "export/CsvWriter.h"
#include "ingest/ImportJob.h"
#include "store/Connection.h"
#include "store/Dialect.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <thread>

using namespace tl;

// The PostgreSQL dialect against a real PostgreSQL 15 (pgtest::PgServer): every function the
// query builder compiles to gives, on the same values, the texts SQLite gives with its own
// dialect, the reference.
class TestPostgres : public QObject {
    Q_OBJECT

    pgtest::PgServer m_server;
    QTemporaryDir m_dir;
    Connection m_sqlite;
    QSqlDatabase m_pg;
    const SqliteDialect m_sqliteDialect;
    const PostgresDialect m_pgDialect;

    // Each row of `select` (one SQL expression per column, over table t ordered by id), as
    // text: NULL as "NULL".
    static QStringList rows(QSqlDatabase &db, const QString &select, QString &error) {
        QSqlQuery q(db);
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

    // The same expression, spelled by each dialect, gives the same rows on both engines.
    QString differs(const std::function<QString(const Dialect &)> &expression) {
        QString sqliteError, pgError;
        QSqlDatabase sqlite = m_sqlite.db();
        const QStringList expected = rows(sqlite, expression(m_sqliteDialect), sqliteError);
        const QStringList actual = rows(m_pg, expression(m_pgDialect), pgError);
        if (!sqliteError.isEmpty() || !pgError.isEmpty())
            return QStringLiteral("sqlite: %1; postgresql: %2").arg(sqliteError, pgError);
        if (expected != actual)
            return QStringLiteral("sqlite %1\npostgresql %2")
                .arg(expected.join(QStringLiteral(", ")), actual.join(QStringLiteral(", ")));
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        const QString why = m_server.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_pg = m_server.connect(QStringLiteral("pg"));
        QVERIFY2(m_pg.isOpen(), qPrintable(m_pg.lastError().text()));
        QSqlQuery pg(m_pg);
        QVERIFY(m_dialectsHaveTheirTable(pg));
    }

    void cleanupTestCase() {
        m_pg.close();
        m_pg = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("pg"));
        m_server.stop();
    }

    void bucketsSpellTheSameTexts_data() {
        QTest::addColumn<QString>("column");
        QTest::newRow("date") << QStringLiteral("d");
        QTest::newRow("timestamp") << QStringLiteral("ts");
    }
    void bucketsSpellTheSameTexts() {
        QFETCH(QString, column);
        using Bucket = QString (Dialect::*)(const QString &) const;
        const QList<QPair<const char *, Bucket>> buckets{
            {"minute", &Dialect::minuteBucket},   {"hour", &Dialect::hourBucket},
            {"day", &Dialect::dayBucket},         {"10-day", &Dialect::tenDayBucket},
            {"week", &Dialect::weekBucket},       {"month", &Dialect::monthBucket},
            {"quarter", &Dialect::quarterBucket}, {"year", &Dialect::yearBucket}};
        for (const auto &[name, bucket] : buckets)
            QVERIFY2(differs([&](const Dialect &d) { return (d.*bucket)(column); }).isEmpty(),
                     qPrintable(QLatin1String(name) + u' ' +
                                differs([&](const Dialect &d) { return (d.*bucket)(column); })));
        for (const char *part : {"year", "month", "day", "hour"}) {
            const auto expression = [&](const Dialect &d) {
                return d.datePart(QLatin1String(part), column);
            };
            QVERIFY2(differs(expression).isEmpty(), qPrintable(differs(expression)));
        }
    }

    // Seoul's wall clock, bucketed by hour and day: across midnight UTC.
    void wallClockIsTheZonesTime() {
        const auto expression = [](const Dialect &d) -> QString {
            const QString seoul = d.wallClock(QStringLiteral("ts"), QStringLiteral("'Asia/Seoul'"));
            return d.hourBucket(seoul) + QStringLiteral(", ") + d.dayBucket(seoul);
        };
        QVERIFY2(differs(expression).isEmpty(), qPrintable(differs(expression)));
    }

    void numbersTextAndJson() {
        const QList<std::function<QString(const Dialect &)>> expressions{
            [](const Dialect &d) { return d.floorOf(QStringLiteral("r")); },
            [](const Dialect &d) -> QString {
                return d.toReal(QStringLiteral("n")) + QStringLiteral(" / 4");
            },
            [](const Dialect &d) { return d.toText(QStringLiteral("n")); },
            [](const Dialect &d) { return d.prefix(QStringLiteral("name"), 2); },
            // An array or object found prints with spaces on PostgreSQL (jsonb's text form) and
            // without on SQLite; the values are the same, and the test's have no spaces.
            [](const Dialect &d) {
                return QStringLiteral("replace(%1, ' ', '')")
                    .arg(d.jsonExtract(QStringLiteral("raw"), QStringLiteral("'$.a.b'")));
            },
            [](const Dialect &d) {
                return QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END")
                    .arg(
                        d.inJsonList(QStringLiteral("n")).replace(u'?', QLatin1String("'[1, 3]'")));
            },
            [](const Dialect &d) {
                return QStringLiteral("(SELECT count(*) FROM (%1) AS v)")
                    .arg(d.jsonListValues(QStringLiteral("'[\"가\", \"b\", 3]'")));
            },
        };
        for (const auto &expression : expressions)
            QVERIFY2(differs(expression).isEmpty(), qPrintable(differs(expression)));
    }

    // The same chart specs on the workspace (SQL) and on the server (one query there) give
    // the same data: buckets, aggregates (median and count distinct), top N with "other",
    // histograms, box summaries and filters.
    void chartsOnTheServerMatchTheWorkspace() {
        const QString csv = m_dir.filePath(QStringLiteral("sales.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("day,movie,audience,rating\n");
        QSqlQuery pg(m_pg);
        QVERIFY(pg.exec(QStringLiteral("CREATE TABLE public.sales (day date, movie text, audience "
                                       "bigint, rating double precision)")));
        pg.prepare(QStringLiteral("INSERT INTO public.sales VALUES (?, ?, ?, ?)"));
        const QStringList movies{QStringLiteral("서울의 봄"), QStringLiteral("Wonka"),
                                 QStringLiteral("노량"),      QStringLiteral("Aquaman"),
                                 QStringLiteral("괴물"),      QStringLiteral("Elemental")};
        for (int i = 0; i < 400; ++i) {
            const QString day = QDate(2023, 11, 1).addDays(i % 97).toString(Qt::ISODate);
            const QString movie = movies[(i * 7 + i / 13) % movies.size()];
            const qint64 audience = 1000 + (i * 7919) % 50000;
            const QString rating =
                i % 17 == 0 ? QString() : QString::number(1 + (i * 37) % 90 / 10.0);
            file.write(
                QStringLiteral("%1,%2,%3,%4\n").arg(day, movie).arg(audience).arg(rating).toUtf8());
            pg.addBindValue(day);
            pg.addBindValue(movie);
            pg.addBindValue(audience);
            pg.addBindValue(rating.isEmpty() ? QVariant() : QVariant(rating.toDouble()));
            QVERIFY2(pg.exec(), qPrintable(pg.lastError().text()));
        }
        file.close();
        const QString workspace = m_dir.filePath(QStringLiteral("w.trendlens"));
        ImportOptions import;
        import.files = {csv};
        import.dataset = QStringLiteral("sales");
        ImportResult imported;
        QVERIFY(ImportJob(workspace, import).run(imported).ok());

        const auto local = Engine::forWorkspace(workspace);
        const auto remote = Engine::forUrl(m_server.url());
        QVERIFY(remote.ok());
        const QList<QByteArray> specs{
            R"({"dataset": "sales", "type": "bar", "x": {"column": "movie"}})",
            R"({"dataset": "sales", "x": {"column": "day", "bucket": "month"},
                "y": {"agg": "sum", "column": "audience"}})",
            R"({"dataset": "sales", "x": {"column": "day", "bucket": "10-day"},
                "y": {"agg": "avg", "column": "rating"}})",
            R"({"dataset": "sales", "x": {"column": "day", "bucket": "week"},
                "y": {"agg": "median", "column": "audience"}})",
            R"({"dataset": "sales", "x": {"column": "day", "bucket": "month"},
                "y": {"agg": "count_distinct", "column": "movie"}})",
            R"({"dataset": "sales", "x": {"column": "day", "bucket": "month"},
                "series": {"column": "movie", "top": 3}, "y": {"agg": "sum", "column": "audience"}})",
            R"({"dataset": "sales", "type": "histogram", "x": {"column": "rating"}, "bins": 6})",
            R"({"dataset": "sales", "type": "box", "x": {"column": "movie"},
                "y": {"column": "audience"}})",
            R"({"dataset": "sales", "type": "bar", "x": {"column": "movie"},
                "filters": [{"column": "rating", "op": ">=", "value": 5},
                            {"column": "movie", "op": "in", "value": ["Wonka", "노량"]}]})",
        };
        for (const QByteArray &json : specs) {
            ChartSpec spec;
            const Status parsed = ChartSpec::fromJson(QJsonDocument::fromJson(json).object(), spec);
            QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
            ChartRunner::Options options;
            options.engine = ChartRunner::Engine::Sql;
            const QString expected = remotetest::chartCsv(*local, spec, options);
            const QString actual = remotetest::chartCsv(*remote.value(), spec, options);
            QVERIFY2(remotetest::sameTable(expected, actual),
                     qPrintable(QStringLiteral("%1\nworkspace:\n%2\nserver:\n%3")
                                    .arg(QString::fromUtf8(json), expected, actual)));
        }
    }

    // The command line: a chart and a query on the server; nothing there can be written.
    void commandLineUsesTheServer() {
        const QString spec = m_dir.filePath(QStringLiteral("spec.json"));
        QFile file(spec);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"dataset": "public.sales", "type": "bar", "x": {"column": "movie"}})");
        file.close();
        const QString out = m_dir.filePath(QStringLiteral("remote.csv"));
        QProcess chart;
        chart.start(QStringLiteral(TL_BINARY),
                    {QStringLiteral("chart"), spec, QStringLiteral("--db"), m_server.url(),
                     QStringLiteral("--out"), out});
        QVERIFY(chart.waitForFinished(60000));
        QVERIFY2(chart.exitCode() == 0, chart.readAllStandardError().constData());
        QFile csv(out);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains("서울의 봄"));

        QProcess sql;
        sql.start(QStringLiteral(TL_BINARY),
                  {QStringLiteral("sql"), QStringLiteral("--db"), m_server.url(),
                   QStringLiteral("SELECT count(*) AS n FROM sales")});
        QVERIFY(sql.waitForFinished(60000));
        QCOMPARE(sql.readAllStandardOutput(), QByteArray("n\r\n400\r\n")); // CSV lines end in CRLF
        QProcess write;
        write.start(QStringLiteral(TL_BINARY),
                    {QStringLiteral("sql"), QStringLiteral("--db"), m_server.url(),
                     QStringLiteral("DELETE FROM sales")});
        QVERIFY(write.waitForFinished(60000));
        QVERIFY(write.exitCode() != 0);
        QVERIFY(write.readAllStandardError().contains("read-only transaction"));
        QVERIFY(QSqlQuery(m_pg).exec(QStringLiteral("SELECT 1 FROM sales LIMIT 1")));

        QProcess password;
        password.start(QStringLiteral(TL_BINARY),
                       {QStringLiteral("sql"), QStringLiteral("--db"),
                        QStringLiteral("postgresql://u:secret@127.0.0.1/db"),
                        QStringLiteral("SELECT 1")});
        QVERIFY(password.waitForFinished(60000));
        QCOMPARE(password.exitCode(), 2);
        const QByteArray said = password.readAllStandardError();
        QVERIFY(said.contains("PGPASSWORD") && !said.contains("secret"));

        // No server there: one line that says so.
        QProcess gone;
        gone.start(QStringLiteral(TL_BINARY),
                   {QStringLiteral("sql"), QStringLiteral("--db"),
                    QStringLiteral("postgresql://trendlens@127.0.0.1:1/postgres"),
                    QStringLiteral("SELECT 1")});
        QVERIFY(gone.waitForFinished(60000));
        QVERIFY(gone.exitCode() != 0);
        const QByteArray why = gone.readAllStandardError().trimmed();
        QVERIFY2(why.startsWith("trendlens: cannot reach postgresql://trendlens@127.0.0.1:1/") &&
                     !why.contains('\n'),
                 why.constData());
    }

    // Cancel reaches the server (PQcancel through Qt's driver handle): a long statement and a
    // chart over a slow view both stop at once.
    void cancelStopsTheServer() {
        const auto remote = Engine::forUrl(m_server.url());
        QVERIFY(remote.ok());
        const std::unique_ptr<UserStatement> sleeping =
            remote.value()->userStatement(QStringLiteral("SELECT pg_sleep(30)"));
        QElapsedTimer timer;
        timer.start();
        std::thread canceller([&sleeping] {
            std::this_thread::sleep_for(std::chrono::milliseconds(700));
            sleeping->cancel();
        });
        const Status status =
            sleeping->run([](const QStringList &) {}, [](const QVariantList &) { return true; });
        canceller.join();
        QCOMPARE(status.kind(), ErrorKind::Cancelled);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));

        QVERIFY(QSqlQuery(m_pg).exec(QStringLiteral(
            "CREATE FUNCTION slowly(movie text) RETURNS text LANGUAGE sql VOLATILE AS 'SELECT "
            "movie FROM pg_sleep(0.05)'")));
        QVERIFY(QSqlQuery(m_pg).exec(
            QStringLiteral("CREATE VIEW slow_sales AS SELECT slowly(movie) AS movie FROM sales")));
        ChartSpec spec;
        QVERIFY(ChartSpec::fromJson(QJsonDocument::fromJson(R"({"dataset": "public.slow_sales",
            "type": "bar", "x": {"column": "movie"}})")
                                        .object(),
                                    spec)
                    .ok());
        auto reader = remote.value()->openReader();
        QVERIFY(reader.ok());
        ReadSession *session = reader.value().get();
        timer.restart();
        std::thread interrupter([session] {
            std::this_thread::sleep_for(std::chrono::milliseconds(700));
            session->interrupt();
        });
        ChartData data;
        const Status chart = session->runChart(spec, data, {});
        interrupter.join();
        QVERIFY2(!chart.ok(), "the chart ran to its end");
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(chart.message().contains(QStringLiteral("cancel")), qPrintable(chart.message()));
    }

private:
    // Table t on both engines: the same values, each in its engine's types (SQLite keeps the
    // stored text forms).
    bool m_dialectsHaveTheirTable(QSqlQuery &pg) {
        if (!m_dir.isValid() || !m_sqlite.open(m_dir.filePath(QStringLiteral("w.sqlite"))).ok())
            return false;
        QSqlQuery sqlite(m_sqlite.db());
        const auto create = [](const Dialect &d) {
            return QStringLiteral("CREATE TABLE t (id integer, d %1, ts %2, n %3, r %4, name %5, "
                                  "raw %6)")
                .arg(d.storageType(ColumnType::Date), d.storageType(ColumnType::Timestamp),
                     d.storageType(ColumnType::Integer), d.storageType(ColumnType::Real),
                     d.storageType(ColumnType::Text), d.storageType(ColumnType::Json));
        };
        if (!sqlite.exec(create(m_sqliteDialect)) || !pg.exec(create(m_pgDialect)))
            return false;
        // A leap day, year ends where the ISO week belongs to the other year, Sundays, the
        // tenth, eleventh, twentieth and twenty-first, midnight and the hour before it.
        const QList<QStringList> values{
            {"2024-02-29", "2024-02-29 23:59:59", "1", "-1.5", "사랑", R"({"a": {"b": 7}})"},
            {"2021-01-03", "2021-01-03 00:00:00", "2", "2.7", "Alpha", R"({"a": {"b": "x"}})"},
            {"2024-12-30", "2024-12-30 15:30:00", "3", "0", "가나다", R"({"a": 1})"},
            {"2023-01-01", "2023-01-01 14:59:00", "4", "10.25", "b", R"({"a": {"b": null}})"},
            {"2024-03-10", "2024-03-10 15:00:00", "5", "-0.5", "x", R"([1])"},
            {"2024-03-11", "2024-03-11 09:05:00", "6", "3", "영화", R"({"a": {"b": [1, 2]}})"},
            {"2024-03-20", "2024-03-20 23:00:00", "7", "99.99", "z", R"({})"},
            {"2024-03-21", "2024-03-21 00:30:00.250", "8", "-7", "", R"({"a": {"b": 1.5}})"},
        };
        int id = 0;
        for (const QStringList &row : values) {
            ++id;
            for (QSqlQuery *q : {&sqlite, &pg}) {
                q->prepare(QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?)"));
                q->addBindValue(id);
                for (const QString &value : row)
                    q->addBindValue(value);
                if (!q->exec()) {
                    qWarning() << q->lastError().text();
                    return false;
                }
            }
        }
        return true;
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"

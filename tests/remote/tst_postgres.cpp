#include "../pg/PgServer.h"
#include "store/Connection.h"
#include "store/Dialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

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
        m_pg = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg"));
        m_pg.setHostName(QStringLiteral("127.0.0.1"));
        m_pg.setPort(m_server.port());
        m_pg.setUserName(QLatin1String(pgtest::PgServer::kUser));
        m_pg.setDatabaseName(QStringLiteral("postgres"));
        QVERIFY2(m_pg.open(), qPrintable(m_pg.lastError().text()));
        QSqlQuery pg(m_pg);
        QVERIFY(pg.exec(QStringLiteral("SET TIME ZONE 'UTC'")));

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

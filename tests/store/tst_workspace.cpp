#include "store/Workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;

class TestWorkspace : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void createsAndMigrates() {
        const QString path = m_dir.filePath(QStringLiteral("sub/new.trendlens"));
        std::unique_ptr<Workspace> ws;
        QVERIFY(Workspace::open(path, ws).ok());
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), Workspace::kSchemaVersion);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        q.finish();
        ws.reset();
        QVERIFY(Workspace::open(path, ws).ok()); // reopening is a no-op
    }

    void refusesNewerSchema() {
        const QString path = m_dir.filePath(QStringLiteral("newer.trendlens"));
        {
            std::unique_ptr<Workspace> ws;
            QVERIFY(Workspace::open(path, ws).ok());
            QSqlQuery(ws->database()).exec(QStringLiteral("PRAGMA user_version = 99"));
        }
        std::unique_ptr<Workspace> ws;
        const Status status = Workspace::open(path, ws);
        QCOMPARE(status.kind(), ErrorKind::BadInput);
        QVERIFY(status.message().contains(QStringLiteral("newer Trendlens")));
    }

    void refusesForeignSqlite() {
        const QString path = m_dir.filePath(QStringLiteral("foreign.db"));
        {
            Connection c;
            QVERIFY(c.open(path).ok());
            QVERIFY(exec(c.db(), QStringLiteral("CREATE TABLE t (x)")).ok());
        }
        std::unique_ptr<Workspace> ws;
        QCOMPARE(Workspace::open(path, ws).kind(), ErrorKind::BadInput);
    }

    void resolvesPath() {
        QCOMPARE(Workspace::resolvePath(QStringLiteral("/x/y.trendlens")),
                 QStringLiteral("/x/y.trendlens"));
        qputenv("TRENDLENS_WORKSPACE", "/env/w.trendlens");
        QCOMPARE(Workspace::resolvePath({}), QStringLiteral("/env/w.trendlens"));
        qunsetenv("TRENDLENS_WORKSPACE");
        qputenv("XDG_DATA_HOME", "/data");
        QCOMPARE(Workspace::resolvePath({}), QStringLiteral("/data/trendlens/default.trendlens"));
    }

    void catalogRoundTripRenameDelete() {
        std::unique_ptr<Workspace> ws;
        QVERIFY(Workspace::open(m_dir.filePath(QStringLiteral("cat.trendlens")), ws).ok());
        QVERIFY(exec(ws->database(), QStringLiteral("CREATE TABLE \"영화\" (a INTEGER)")).ok());
        DatasetInfo info;
        info.name = info.tableName = QStringLiteral("영화");
        info.sourceKind = QStringLiteral("file");
        info.sourceParams = QJsonObject{{QStringLiteral("path"), QStringLiteral("x.csv")}};
        info.createdAt = info.updatedAt = QDateTime(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC);
        info.rowCount = 42;
        info.columns = {Column{QStringLiteral("a"), ColumnType::Integer, ColumnRole::Measure}};
        Catalog catalog = ws->catalog();
        QVERIFY(catalog.save(info).ok());
        auto found = catalog.find(QStringLiteral("영화")).value();
        QVERIFY(found);
        QCOMPARE(found->rowCount, 42);
        QCOMPARE(found->columns, info.columns);
        QCOMPARE(found->sourceParams, info.sourceParams);
        QCOMPARE(found->createdAt, info.createdAt);

        QVERIFY(catalog.rename(QStringLiteral("영화"), QStringLiteral("movies")).ok());
        QVERIFY(!catalog.find(QStringLiteral("영화")).value());
        QVERIFY(exec(ws->database(), QStringLiteral("SELECT a FROM movies")).ok());
        QCOMPARE(catalog.rename(QStringLiteral("movies"), QStringLiteral("_tl_x")).kind(),
                 ErrorKind::BadInput);
        QVERIFY(catalog.remove(QStringLiteral("movies")).ok());
        QVERIFY(catalog.list().value().isEmpty());
        QVERIFY(!exec(ws->database(), QStringLiteral("SELECT a FROM movies")).ok());
    }

    void quotesIdentifiers() {
        SqliteDialect d;
        QCOMPARE(d.quoteIdentifier(QStringLiteral("a\"; DROP TABLE x; --")),
                 QStringLiteral("\"a\"\"; DROP TABLE x; --\""));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"

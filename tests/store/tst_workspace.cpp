#include "store/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

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

    // Opening a workspace a second time in one process (an import while a fetch's run or the
    // window holds it) must not drop the first connection's locks: another process closing
    // its last connection would then take the file as unused, fold the WAL in and delete it
    // under the first, and the workspace ends up malformed.
    void secondOpenKeepsTheFirstOnesLocks() {
        const QString path = m_dir.filePath(QStringLiteral("locks.trendlens"));
        std::unique_ptr<Workspace> first;
        QVERIFY(Workspace::open(path, first).ok());
        QVERIFY(QSqlQuery(first->database()).exec(QStringLiteral("CREATE TABLE t (n)")));
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        std::unique_ptr<Workspace> second;
        QVERIFY(Workspace::openExisting(path, second).ok());
        second.reset();
        QProcess other; // another process that reads and leaves
        other.start(QStringLiteral("sqlite3"), {path, QStringLiteral("SELECT count(*) FROM t")});
        QVERIFY(other.waitForFinished(30000));
        QCOMPARE(other.readAllStandardOutput().trimmed(), QByteArray("0"));
        QVERIFY(QFile::exists(path + QStringLiteral("-wal"))); // still ours
        QVERIFY(QSqlQuery(first->database()).exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        first.reset();
        other.start(QStringLiteral("sqlite3"), {path, QStringLiteral("PRAGMA integrity_check")});
        QVERIFY(other.waitForFinished(30000));
        QCOMPARE(other.readAllStandardOutput().trimmed(), QByteArray("ok"));
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

    // A new workspace takes SQLite's largest page (bulk loads in WAL mode, scans).
    void newWorkspacesUseLargePages() {
        const QString path = m_dir.filePath(QStringLiteral("pages.trendlens"));
        std::unique_ptr<Workspace> ws;
        QVERIFY(Workspace::open(path, ws).ok());
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        QCOMPARE(q.value(0).toInt(), Workspace::kPageSize);
    }

    // A workspace another program holds exclusively is reported as locked, with its path.
    void lockedIsSaidSo() {
        const QString path = m_dir.filePath(QStringLiteral("locked.trendlens"));
        {
            std::unique_ptr<Workspace> ws;
            QVERIFY(Workspace::open(path, ws).ok());
        }
        sqlite3 *holder = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &holder), SQLITE_OK);
        QCOMPARE(sqlite3_exec(holder,
                              "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                              "CREATE TABLE held (a);",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        std::unique_ptr<Workspace> ws;
        const Status status = Workspace::openExisting(path, ws);
        sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(holder);
        QVERIFY2(status.message().startsWith(path + QStringLiteral(": the workspace is locked by "
                                                                   "another program")),
                 qPrintable(status.message()));
    }

    void openExistingCreatesNothing() {
        const QString path = m_dir.filePath(QStringLiteral("absent/deeper/w.trendlens"));
        std::unique_ptr<Workspace> ws;
        const Status status = Workspace::openExisting(path, ws);
        QCOMPARE(status.kind(), ErrorKind::BadInput);
        QVERIFY(status.message().contains(QStringLiteral("no such workspace")));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("absent"))));
        const QString empty = m_dir.filePath(QStringLiteral("empty.trendlens"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(Workspace::openExisting(empty, ws).message().contains(
            QStringLiteral("an empty file, not a Trendlens workspace")));
        QCOMPARE(QFileInfo(empty).size(), 0);
    }

    // A catalog that cannot be read is an error, not an empty workspace.
    void brokenCatalogIsAnError() {
        const QString path = m_dir.filePath(QStringLiteral("broken.trendlens"));
        std::unique_ptr<Workspace> ws;
        QVERIFY(Workspace::open(path, ws).ok());
        DatasetInfo info;
        info.name = info.tableName = QStringLiteral("d");
        info.sourceKind = QStringLiteral("file");
        info.createdAt = info.updatedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(ws->catalog().save(info).ok());
        QVERIFY(QSqlQuery(ws->database()).exec(QStringLiteral("DROP TABLE _tl_columns")));
        const auto listed = ws->catalog().list();
        QVERIFY(!listed.ok());
        QVERIFY2(listed.status().message().contains(QStringLiteral("_tl_columns")),
                 qPrintable(listed.status().message()));
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

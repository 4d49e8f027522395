#include "export/OutputFile.h"
#include "store/UserQuery.h"
#include "store/Workspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tl;

// Read-only user SQL (UserQuery) and the files exports write (OutputFile).
class TestUserQuery : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

    Status query(const QString &sql, QList<QVariantList> &rows,
                 std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
        rows.clear();
        UserQuery q(m_path, sql, timeout);
        return q.run([](const QStringList &) {},
                     [&rows](const QVariantList &values) {
                         rows.append(values);
                         return true;
                     });
    }

private Q_SLOTS:
    void initTestCase() {
        m_path = m_dir.filePath(QStringLiteral("q.trendlens"));
        std::unique_ptr<Workspace> ws;
        QVERIFY(Workspace::open(m_path, ws).ok());
        QVERIFY(QSqlQuery(ws->database()).exec(QStringLiteral("CREATE TABLE t (a, b)")));
        QVERIFY(QSqlQuery(ws->database())
                    .exec(QStringLiteral("INSERT INTO t VALUES (1, 'x'), (2, NULL), (3.5, 'z')")));
    }

    void readsTypedValues() {
        QList<QVariantList> rows;
        QVERIFY(query(QStringLiteral("SELECT a, b FROM t ORDER BY a -- trailing comment\n"), rows)
                    .ok());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0][0], QVariant(qlonglong(1)));
        QCOMPARE(rows[2][0], QVariant(3.5));
        QVERIFY(rows[1][1].isNull());
    }

    void refusesBeforeRunning_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("delete") << "DELETE FROM t"
                                << "only statements that read";
        QTest::newRow("vacuum into") << "VACUUM INTO '%1'"
                                     << "only statements that read";
        QTest::newRow("attach") << "ATTACH '%1' AS other"
                                << "not allowed in read-only SQL";
        QTest::newRow("two statements") << "SELECT 1; SELECT 2"
                                        << "one statement at a time";
        QTest::newRow("tokenizer") << "SELECT fts3_tokenizer('simple')"
                                   << "not authorized";
        QTest::newRow("pragma write") << "PRAGMA journal_mode = DELETE"
                                      << "only statements that";
        QTest::newRow("empty") << "  -- nothing"
                               << "the query is empty";
    }
    void refusesBeforeRunning() {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        const QString target = m_dir.filePath(QStringLiteral("made.db"));
        QList<QVariantList> rows;
        const Status s = query(sql.contains(QLatin1String("%1")) ? sql.arg(target) : sql, rows);
        QCOMPARE(s.kind(), ErrorKind::BadInput);
        QVERIFY2(s.message().contains(message), qPrintable(s.message()));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(rows.size(), 0);
        QVERIFY(query(QStringLiteral("SELECT count(*) FROM t"), rows).ok());
        QCOMPARE(rows[0][0].toInt(), 3);
    }

    void endlessQueriesStop() {
        const QString endless = QStringLiteral(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c");
        QList<QVariantList> rows;
        Status s = query(endless, rows, std::chrono::milliseconds(300));
        QCOMPARE(s.kind(), ErrorKind::BadInput);
        QVERIFY2(s.message().contains(QStringLiteral("limit")), qPrintable(s.message()));

        UserQuery running(m_path, endless, std::chrono::seconds(60));
        QThread *canceller = QThread::create([&running] {
            QThread::msleep(200);
            running.cancel();
        });
        canceller->start();
        s = running.run([](const QStringList &) {}, [](const QVariantList &) { return true; });
        canceller->wait();
        delete canceller;
        QCOMPARE(s.kind(), ErrorKind::Cancelled);
    }

    void outputFileGuardsWhatIsRead() {
        for (const QString &path : OutputFile::workspaceFiles(m_path)) {
            OutputFile file(path);
            const Status s = file.open(OutputFile::workspaceFiles(m_path));
            QCOMPARE(s.kind(), ErrorKind::BadInput);
        }
        // A cancelled write leaves the earlier file; a committed one replaces it whole.
        const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
        {
            QFile earlier(csv);
            QVERIFY(earlier.open(QIODevice::WriteOnly));
            earlier.write("earlier\n");
        }
        OutputFile cancelled(csv);
        QVERIFY(cancelled.open({}).ok());
        cancelled.device().write("half");
        cancelled.cancel();
        QFile check(csv);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("earlier\n"));
        check.close();
        OutputFile written(csv);
        QVERIFY(written.open({}).ok());
        written.device().write("new\n");
        QVERIFY(written.commit().ok());
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("new\n"));

        OutputFile full(QStringLiteral("/dev/full"));
        QVERIFY(full.open({}).ok());
        full.device().write(QByteArray(1 << 16, 'x'));
        const Status s = full.commit();
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("/dev/full: cannot write")),
                 qPrintable(s.message()));
    }
};

QTEST_GUILESS_MAIN(TestUserQuery)
#include "tst_userquery.moc"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <signal.h>
#include <sys/mount.h>
#include <unistd.h>

// The command line under faults (issue 10): kills, a second writer, readers during an import,
// exports aimed at the workspace, hostile SQL, unknown subcommands. Runs the real binary.
class TestCliFaults : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_big; // a CSV that takes a moment to import

    struct Run {
        int code;
        QString out;
        QString err;
    };

    Run run(const QStringList &arguments, const QString &cwd = {}) {
        QProcess p;
        if (!cwd.isEmpty())
            p.setWorkingDirectory(cwd);
        p.start(QStringLiteral(TL_BINARY), arguments);
        p.waitForFinished(120000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString write(const QString &name, const QByteArray &bytes) {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }

    // One value of `sql` through the sqlite3 C library (Qt's driver), bypassing Trendlens.
    static QVariant scalar(const QString &file, const QString &sql) {
        const QString name = QUuid::createUuid().toString();
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0);
            }
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }

    // Whether another connection holds the workspace's write lock.
    static bool writeLocked(const QString &file) {
        const QString name = QUuid::createUuid().toString();
        bool locked = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
            if (db.open()) {
                QSqlQuery q(db);
                locked = !q.exec(QStringLiteral("BEGIN IMMEDIATE"));
                if (!locked)
                    q.exec(QStringLiteral("ROLLBACK"));
            }
        }
        QSqlDatabase::removeDatabase(name);
        return locked;
    }

    // Waits until the import started by `process` is writing its rows (a hidden table like
    // `hidden` exists), then stops it there with SIGSTOP, holding the write lock (between two
    // of its pieces it holds none: then it goes on a moment and is stopped again).
    bool stopMidImport(QProcess &process, const QString &workspace,
                       const QString &hidden = QStringLiteral("\\_tl\\_staging\\_%")) {
        QElapsedTimer timer;
        timer.start();
        const pid_t pid = pid_t(process.processId());
        while (timer.elapsed() < 60000 && process.state() == QProcess::Running) {
            if (scalar(workspace, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name "
                                                 "LIKE '%1' ESCAPE '\\'")
                                      .arg(hidden))
                        .toInt() > 0 &&
                scalar(workspace, QStringLiteral("SELECT count(*) FROM _tl_runs WHERE status = "
                                                 "'running'"))
                        .toInt() > 0) {
                ::kill(pid, SIGSTOP);
                if (writeLocked(workspace))
                    return true;
                ::kill(pid, SIGCONT);
            }
            QThread::msleep(5);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() {
        QByteArray csv = "id,day,rating,title,body\n";
        csv.reserve(48 << 20);
        for (int i = 0; i < 400000; ++i)
            csv += QByteArray::number(i) + ",2024-0" + QByteArray::number(1 + i % 9) + "-1" +
                   QByteArray::number(i % 10) + "," + QByteArray::number(i % 10) + ",\"Movie " +
                   QByteArray::number(i % 977) +
                   "\",\"a review, with a comma and some words to give it weight\"\n";
        m_big = write(QStringLiteral("big.csv"), csv);
    }

    void unknownSubcommandIsRefused() {
        const Run r = run({"frobnicate"}, m_dir.path());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown subcommand 'frobnicate'")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("usage: trendlens")));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("frobnicate"))));
        QCOMPARE(run({"help"}).code, 0);
    }

    void readersNeverCreateAWorkspace() {
        const QString missing = path(QStringLiteral("no/such/folder/w.trendlens"));
        for (const QStringList &args :
             {QStringList{"sql", "-w", missing, "SELECT 1"}, QStringList{"datasets", "-w", missing},
              QStringList{"export", "x", "--out", path("x.csv"), "-w", missing}}) {
            const Run r = run(args);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(missing + QStringLiteral(": no such workspace")),
                     qPrintable(r.err));
        }
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("no"))));
    }

    void foreignFilesAreLeftAlone() {
        const QString foreign = path(QStringLiteral("foreign.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "foreign");
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (a)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        QFile file(foreign);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        for (const QStringList &args :
             {QStringList{"datasets", "-w", foreign}, QStringList{"sql", "-w", foreign, "SELECT 1"},
              QStringList{"import", m_big, "-w", foreign}}) {
            const Run r = run(args);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(foreign + QStringLiteral(": an SQLite database, but not a "
                                                             "Trendlens workspace")),
                     qPrintable(r.err));
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before); // journal mode and all: not one byte changed
        QVERIFY(!QFileInfo::exists(foreign + QStringLiteral("-wal")));

        const QString text = write(QStringLiteral("notes.trendlens"), "just some text\n");
        const Run r = run({"datasets", "-w", text});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not a Trendlens workspace (not an SQLite file)")),
                 qPrintable(r.err));
    }

    void exportNeverReplacesTheWorkspace() {
        const QString ws = path(QStringLiteral("export.trendlens"));
        const QString csv = write(QStringLiteral("small.csv"), "a,b\n1,2\n3,4\n");
        QCOMPARE(run({"import", csv, "-w", ws}).code, 0);
        const qint64 size = QFileInfo(ws).size();
        for (const QString &target :
             QStringList{ws, ws + QStringLiteral("-wal"), ws + QStringLiteral("-shm")}) {
            const Run r = run({"export", "small", "--out", target, "-w", ws});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QStringLiteral("refusing to write over")), qPrintable(r.err));
        }
        // Through a symlink too.
        QVERIFY(QFile::link(ws, path(QStringLiteral("link.csv"))));
        QCOMPARE(run({"export", "small", "--out", path("link.csv"), "-w", ws}).code, 2);
        QCOMPARE(QFileInfo(ws).size(), size);
        QCOMPARE(run({"sql", "-w", ws, "SELECT sum(b) FROM small"}).out,
                 QStringLiteral("sum(b)\r\n6\r\n"));

        const Run full = run({"export", "small", "--out", "/dev/full", "-w", ws});
        QCOMPARE(full.code, 1);
        QVERIFY2(full.err.contains(QStringLiteral("/dev/full: cannot write")),
                 qPrintable(full.err));
        QVERIFY(QFileInfo(QStringLiteral("/dev/full")).exists() &&
                !QFileInfo(QStringLiteral("/dev/full")).isFile());
    }

    void sqlEdges() {
        const QString ws = path(QStringLiteral("sql.trendlens"));
        QCOMPARE(run({"import", write("t.csv", "a\n1\n2\n"), "-w", ws}).code, 0);
        const QString vacuum = path(QStringLiteral("vacuumed.db"));
        Run r = run({"sql", "-w", ws, QStringLiteral("VACUUM INTO '%1'").arg(vacuum)});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFileInfo::exists(vacuum));
        r = run({"sql", "-w", ws, QStringLiteral("ATTACH '%1' AS x").arg(vacuum)});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFileInfo::exists(vacuum));
        r = run({"sql", "-w", ws, "SELECT fts3_tokenizer('simple')"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not authorized")), qPrintable(r.err));
        r = run({"sql", "-w", ws, "SELECT 1 AS one; -- a comment"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("one\r\n1\r\n"));
        r = run({"sql", "-w", ws, "SELECT 1; SELECT 2"});
        QCOMPARE(r.code, 2);
        QElapsedTimer timer;
        timer.start();
        r = run({"sql", "-w", ws, "--timeout", "1",
                 "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                 "SELECT count(*) FROM c"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("longer than its 1 s limit")), qPrintable(r.err));
        QCOMPARE(run({"sql", "-w", ws, "--timeout", "-1", "SELECT 1"}).code, 2);
    }

    void boundedChartsExitTwo() {
        const QString ws = path(QStringLiteral("charts.trendlens"));
        QCOMPARE(
            run({"import", write("r.csv", "d,v\n2024-01-01,1\n2024-02-01,5\n"), "-w", ws}).code, 0);
        const QString spec = write(QStringLiteral("bins.json"),
                                   "{\"dataset\": \"r\", \"type\": \"histogram\", \"x\": "
                                   "{\"column\": \"v\"}, \"bins\": 1e9}");
        Run r = run({"chart", spec, "--out", path("h.csv"), "-w", ws});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("\"bins\" must be a whole number")),
                 qPrintable(r.err));
        const QString good =
            write(QStringLiteral("good.json"), "{\"dataset\": \"r\", \"x\": {\"column\": \"d\", "
                                               "\"bucket\": \"month\"}}");
        r = run({"chart", good, "--out", path("c.png"), "--size", "100000x100000", "-w", ws});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--size 100000x100000 is out of range")),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(path("c.png")));
        // Nor may a chart replace the workspace or its own spec.
        QCOMPARE(run({"chart", good, "--out", ws, "-w", ws}).code, 2);
        r = run({"chart", good, "--out", path("good.csv"), "-w", ws});
        QCOMPARE(r.code, 0);
        // A table has no drawing: CSV only.
        const QString table =
            write(QStringLiteral("table.json"), "{\"dataset\": \"r\", \"type\": \"table\", \"x\": "
                                                "{\"column\": \"d\"}, \"y\": {\"column\": \"v\"}}");
        r = run({"chart", table, "--out", path("t.png"), "-w", ws});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("a table exports as CSV")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(path("t.png")));
        r = run({"chart", table, "--out", path("t.csv"), "-w", ws});
        QCOMPARE(r.code, 0);
        QFile csv(path("t.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(), QByteArray("d,sum(v)\r\n2024-02-01,5\r\n2024-01-01,1\r\n"));
    }

    void nameLimitsExitTwo() {
        const QString ws = path(QStringLiteral("names.trendlens"));
        QCOMPARE(run({"import", write("small.csv", "a,b\n1,2\n"), "-w", ws}).code, 0);
        Run r = run({"import", write("SMALL.csv", "a,b\n1,2\n"), "-w", ws});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("differs only in case from the existing 'small'")),
                 qPrintable(r.err));
        QByteArray wide;
        for (int i = 0; i < 2500; ++i)
            wide += (i ? "," : "") + QByteArray("c") + QByteArray::number(i);
        wide += '\n' + QByteArray(2499, ',') + '\n';
        r = run({"import", write("wide.csv", wide), "-w", ws});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("2500 columns, more than the 2000")),
                 qPrintable(r.err));
        // Tens of thousands of blank names are refused at once, not after quadratic work.
        r = run({"import",
                 write("blank.csv", QByteArray(40000, ',') + "\n" + QByteArray(40000, ',') + "\n"),
                 "-w", ws});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("40001 columns")), qPrintable(r.err));
        r = run({"import", write("long.csv", QByteArray(16 << 20, 'x') + "\n1\n"), "-w", ws});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("name is 16777216 characters long")),
                 qPrintable(r.err));
        QCOMPARE(run({"sql", "-w", ws, "SELECT count(*) FROM _tl_datasets"}).out,
                 QStringLiteral("count(*)\r\n1\r\n"));
    }

    // Readers keep reading while an import writes; a second import waits, says so, and then
    // succeeds. The first import is frozen (SIGSTOP) in the middle of its rows, so this does
    // not depend on timing.
    void readersAndASecondWriterDuringAnImport() {
        const QString ws = path(QStringLiteral("busy.trendlens"));
        QCOMPARE(run({"import", write("first.csv", "a\n1\n"), "-w", ws}).code, 0);
        QProcess first;
        first.start(QStringLiteral(TL_BINARY), {"import", m_big, "-w", ws, "--dataset", "big"});
        QVERIFY(first.waitForStarted());
        QVERIFY2(stopMidImport(first, ws), "the import never reached its rows");

        QElapsedTimer timer;
        timer.start();
        Run r = run({"datasets", "-w", ws});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("first")));
        QVERIFY(!r.out.contains(QStringLiteral("big"))); // not there until it commits
        r = run({"sql", "-w", ws, "SELECT count(*) FROM first"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("count(*)\r\n1\r\n"));
        QVERIFY2(timer.elapsed() < 8000, "readers waited for the import");

        QProcess second;
        second.start(QStringLiteral(TL_BINARY),
                     {"import", write("second.csv", "b\n7\n8\n"), "-w", ws});
        QVERIFY(second.waitForStarted());
        QString said;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (said += QString::fromUtf8(second.readAllStandardError()))
                .contains(QStringLiteral("waiting for another import or fetch")),
            qPrintable(said + QStringLiteral(" (state %1)").arg(int(second.state()))), 20000);
        QCOMPARE(second.state(), QProcess::Running);

        ::kill(pid_t(first.processId()), SIGCONT);
        QVERIFY(first.waitForFinished(120000));
        QCOMPARE(first.exitCode(), 0);
        QVERIFY(second.waitForFinished(60000));
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(run({"sql", "-w", ws, "SELECT count(*) FROM big"}).out,
                 QStringLiteral("count(*)\r\n400000\r\n"));
        QCOMPARE(run({"sql", "-w", ws, "SELECT sum(b) FROM second"}).out,
                 QStringLiteral("sum(b)\r\n15\r\n"));
        QCOMPARE(run({"sql", "-w", ws,
                      "SELECT count(*) FROM sqlite_master WHERE name LIKE "
                      "'\\_tl\\_staging%' ESCAPE '\\'"})
                     .out,
                 QStringLiteral("count(*)\r\n0\r\n"));
    }

    // A kill -9 in the middle of an import (its column chunks kept so far included) leaves
    // the workspace as it was, and the run log says the import was interrupted, with when it
    // really started.
    void killedImportIsInterrupted() {
        const QString ws = path(QStringLiteral("killed.trendlens"));
        QCOMPARE(run({"import", write("keep.csv", "a\n1\n"), "-w", ws}).code, 0);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QProcess import;
        // Its finished column chunks are kept aside at once, not in memory.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TRENDLENS_IMPORT_CHUNKS_MB"), QStringLiteral("0"));
        import.setProcessEnvironment(environment);
        import.start(QStringLiteral(TL_BINARY), {"import", m_big, "-w", ws, "--dataset", "big"});
        QVERIFY(import.waitForStarted());
        QVERIFY(stopMidImport(import, ws, QStringLiteral("\\_tl\\_staging\\_%\\_chunks")));
        ::kill(pid_t(import.processId()), SIGKILL);
        QVERIFY(import.waitForFinished(10000));

        const Run r = run({"sql", "-w", ws,
                           "SELECT kind, dataset, status, rows, started_at FROM _tl_runs "
                           "ORDER BY id DESC LIMIT 1"});
        QCOMPARE(r.code, 0);
        const QStringList row = r.out.split(QStringLiteral("\r\n")).value(1).split(u',');
        QCOMPARE(row.value(0), QStringLiteral("import"));
        QCOMPARE(row.value(1), QStringLiteral("big"));
        QCOMPARE(row.value(2), QStringLiteral("interrupted"));
        QCOMPARE(row.value(3), QStringLiteral("0"));
        QVERIFY(QDateTime::fromString(row.value(4), Qt::ISODateWithMs) >= before);
        QCOMPARE(run({"sql", "-w", ws, "SELECT count(*) FROM _tl_datasets"}).out,
                 QStringLiteral("count(*)\r\n1\r\n"));
        QCOMPARE(scalar(ws, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE "
                                           "'\\_tl\\_staging%' ESCAPE '\\'"))
                     .toInt(),
                 0);
    }

    // A full disk and a read-only file system: their own messages, with the path, and the
    // workspace as it was. Needs a tmpfs of our own, so root (CI is).
    void fullAndReadOnlyDisks() {
        if (::geteuid() != 0)
            QSKIP("mounting a small file system needs root");
        const QString mount = path(QStringLiteral("mnt"));
        QVERIFY(QDir().mkpath(mount));
        if (::mount("tmpfs", QFile::encodeName(mount).constData(), "tmpfs", 0, "size=8m") != 0)
            QSKIP("cannot mount a tmpfs here");
        const QString ws = mount + QStringLiteral("/small.trendlens");
        Run r = run({"import", write("keep.csv", "a\n1\n2\n"), "-w", ws});
        QCOMPARE(r.code, 0);
        // Refused up front: the disk cannot hold the file.
        r = run({"import", m_big, "-w", ws, "--dataset", "big"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(ws + QStringLiteral(": the disk is full: this import needs about")),
                 qPrintable(r.err));
        // Fills the disk half-way: a file that looks small enough, but its compact dates
        // ("20240105") take half as much room again once written out ("2024-01-05").
        QByteArray lines = "a,b,c,d\n";
        for (int i = 0; i < 150000; ++i) {
            const QByteArray day = "2024" + QByteArray::number(101 + i % 12).right(2) +
                                   QByteArray::number(101 + i % 28).right(2);
            lines += day + ',' + day + ',' + day + ',' + day + '\n';
        }
        r = run({"import", write("half.csv", lines), "-w", ws, "--dataset", "half"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(ws + QStringLiteral(": the disk is full")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was written")), qPrintable(r.err));
        // Reading still works, and the workspace holds what it held.
        r = run({"sql", "-w", ws, "SELECT sum(a) FROM keep"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("sum(a)\r\n3\r\n"));
        QCOMPARE(run({"sql", "-w", ws, "SELECT group_concat(name) FROM _tl_datasets"}).out,
                 QStringLiteral("group_concat(name)\r\nkeep\r\n"));
        QCOMPARE(::mount(nullptr, QFile::encodeName(mount).constData(), nullptr,
                         MS_REMOUNT | MS_RDONLY, nullptr),
                 0);
        r = run({"import", write("more.csv", "a\n5\n"), "-w", ws, "--dataset", "more"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(ws + QStringLiteral(": the workspace is read-only")),
                 qPrintable(r.err));
        ::umount2(QFile::encodeName(mount).constData(), MNT_DETACH);
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_clifaults.moc"

#include "store/Workspace.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace tl;

// Follow mode with the real binary: a pipe committed as it arrives, Ctrl+C keeping what
// arrived, a file followed through rotation and truncation, CSV records with line breaks, and
// bad records skipped or stopping the session with where they were.
class TestFollow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static qint64 count(const QString &ws, const QString &sql) {
        std::unique_ptr<Workspace> workspace;
        if (!QFile::exists(ws) || !Workspace::openExisting(ws, workspace).ok())
            return -1;
        QSqlQuery q(workspace->database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    static void start(QProcess &process, const QStringList &arguments) {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(TL_BINARY), arguments);
        QVERIFY(process.waitForStarted());
    }

    static void append(const QString &file, const QByteArray &text) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::Append));
        f.write(text);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pipeCommitsAsItArrives() {
        const QString ws = path(QStringLiteral("pipe.trendlens"));
        QProcess follow;
        start(follow,
              {QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--follow"),
               QStringLiteral("--dataset"), QStringLiteral("live"), QStringLiteral("-w"), ws});
        follow.write("{\"n\": 1, \"word\": \"사랑\"}\n{\"n\": 2, \"word\": \"영화\"}\n{\"n\": 3");
        follow.write(", \"word\": \"a, \\\"b\\\"\"}\n");
        // Visible while the stream is still open: within a second of arriving.
        QTRY_COMPARE_WITH_TIMEOUT(count(ws, QStringLiteral("SELECT count(*) FROM live")), 3, 10000);
        QCOMPARE(follow.state(), QProcess::Running);
        QByteArray many;
        for (int i = 4; i <= 2503; ++i)
            many += QStringLiteral("{\"n\": %1, \"page\": {\"rank\": %1}}\n").arg(i).toUtf8();
        follow.write(many);
        follow.closeWriteChannel();
        QVERIFY(follow.waitForFinished(60000));
        QVERIFY2(follow.exitCode() == 0, follow.readAllStandardError().constData());
        QVERIFY(follow.readAllStandardOutput().startsWith("imported 2503 rows into 'live' in "));
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM live")), 2503);
        QCOMPARE(count(ws, QStringLiteral("SELECT sum(n) FROM live")), 2503 * 2504 / 2);
        QCOMPARE(count(ws, QStringLiteral("SELECT count(\"page.rank\") FROM live")), 2500);
        QCOMPARE(count(ws, QStringLiteral("SELECT rows FROM _tl_runs WHERE kind = 'follow' AND "
                                          "status = 'ok'")),
                 2503);
    }

    void ctrlCKeepsWhatArrived() {
        const QString ws = path(QStringLiteral("interrupt.trendlens"));
        QProcess follow;
        start(follow,
              {QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--follow"),
               QStringLiteral("--dataset"), QStringLiteral("live"), QStringLiteral("-w"), ws});
        // Once the session is logged as running, Ctrl+C reaches its handler.
        QTRY_COMPARE_WITH_TIMEOUT(
            count(ws, QStringLiteral("SELECT count(*) FROM _tl_runs WHERE "
                                     "kind = 'follow' AND status = 'running'")),
            1, 10000);
        follow.write("{\"n\": 1}\n{\"n\": 2}\n{\"n\": 3}\n{\"n\": 4}\n{\"n\": 5}\n");
        QVERIFY(follow.waitForBytesWritten());
        QTest::qWait(200); // read, not yet committed (a batch waits a second)
        ::kill(pid_t(follow.processId()), SIGINT);
        QVERIFY(follow.waitForFinished(30000));
        QCOMPARE(follow.exitStatus(), QProcess::NormalExit);
        QCOMPARE(follow.exitCode(), 0);
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM live")), 5);
    }

    // tail -F: the rest of a renamed file is read before the new one; a truncated file is
    // read again from its start.
    void rotatedAndTruncatedFile() {
        const QString ws = path(QStringLiteral("tail.trendlens"));
        const QString log = path(QStringLiteral("app.ndjson"));
        append(log, "{\"n\": 1}\n{\"n\": 2}\n");
        QProcess follow;
        start(follow,
              {QStringLiteral("import"), log, QStringLiteral("--follow"),
               QStringLiteral("--dataset"), QStringLiteral("app"), QStringLiteral("-w"), ws});
        const QString sum = QStringLiteral("SELECT sum(n) FROM app");
        QTRY_VERIFY2_WITH_TIMEOUT(count(ws, sum) == 3, follow.readAllStandardError().constData(),
                                  10000);
        append(log, "{\"n\": 4}\n");
        QTRY_COMPARE_WITH_TIMEOUT(count(ws, sum), 7, 10000);
        QVERIFY(QFile::rename(log, log + QStringLiteral(".1")));
        append(log + QStringLiteral(".1"), "{\"n\": 8}\n"); // the old file's last words
        append(log, "{\"n\": 16}\n{\"n\": 32}\n");
        QTRY_COMPARE_WITH_TIMEOUT(count(ws, sum), 63, 10000);
        QFile truncated(log);
        QVERIFY(truncated.open(QIODevice::WriteOnly | QIODevice::Truncate));
        truncated.close();
        QTest::qWait(300);
        append(log, "{\"n\": 64}\n");
        QTRY_COMPARE_WITH_TIMEOUT(count(ws, sum), 127, 10000);
        ::kill(pid_t(follow.processId()), SIGINT);
        QVERIFY(follow.waitForFinished(30000));
        QCOMPARE(follow.exitCode(), 0);
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM app")), 7);
    }

    void csvRecordsWithLineBreaks() {
        const QString ws = path(QStringLiteral("csv.trendlens"));
        QProcess follow;
        start(follow,
              {QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--follow"),
               QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--dataset"),
               QStringLiteral("notes"), QStringLiteral("-w"), ws});
        follow.write("id,note\r\n1,\"두 줄\n메모\"\r\n2,plain\n");
        follow.closeWriteChannel();
        QVERIFY(follow.waitForFinished(30000));
        QCOMPARE(follow.exitCode(), 0);
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM notes")), 2);
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM notes WHERE note = '두 줄' || "
                                          "char(10) || '메모'")),
                 1);
    }

    // The pipeline of the issue: kcat reading a real Kafka protocol endpoint (librdkafka's
    // mock brokers, three partitions) into `import - --follow`, every message once.
    void kafkaTopicThroughKcat() {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("kcat")).isEmpty(),
                 "kcat is not installed (tools/bootstrap installs it)");
        QProcess cluster;
        cluster.start(QStringLiteral(TL_KAFKA_MOCK), {QStringLiteral("3")});
        QVERIFY(cluster.waitForStarted() && cluster.waitForReadyRead(30000));
        const QByteArray hello = cluster.readLine().trimmed();
        QVERIFY2(hello.startsWith("bootstrap 127.0.0.1:"), hello.constData());
        const QString brokers = QString::fromLatin1(hello.mid(10));
        const auto command = [&cluster](const QByteArray &line) {
            cluster.write(line + '\n');
            while (!cluster.canReadLine())
                if (!cluster.waitForReadyRead(30000))
                    return QByteArray("timeout");
            return cluster.readLine().trimmed();
        };
        QCOMPARE(command("topic ranking 3"), QByteArray("ok"));
        qint64 levels = 0;
        for (int i = 1; i <= 60; ++i) {
            levels += 200 + i;
            QCOMPARE(
                command(QStringLiteral("produce ranking %1 {\"ranking\": %2, "
                                       "\"character_name\": \"이름%2\", \"character_level\": %3}")
                            .arg(i % 3)
                            .arg(i)
                            .arg(200 + i)
                            .toUtf8()),
                QByteArray("ok"));
        }
        const QString ws = path(QStringLiteral("kafka.trendlens"));
        QProcess pipeline;
        pipeline.start(
            QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral("kcat -C -b %1 -t ranking -o beginning -e -q | '%2' import - "
                            "--follow --dataset ranking -w '%3'")
                 .arg(brokers, QStringLiteral(TL_BINARY), ws)});
        QVERIFY(pipeline.waitForFinished(60000));
        QVERIFY2(pipeline.exitCode() == 0, pipeline.readAllStandardError().constData());
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM ranking")), 60);
        QCOMPARE(count(ws, QStringLiteral("SELECT count(DISTINCT ranking) FROM ranking")), 60);
        QCOMPARE(count(ws, QStringLiteral("SELECT sum(character_level) FROM ranking")), levels);
        cluster.write("quit\n");
        QVERIFY(cluster.waitForFinished(30000));
        QCOMPARE(cluster.exitCode(), 0);
    }

    void badRecords() {
        const QString ws = path(QStringLiteral("bad.trendlens"));
        QProcess skip;
        start(skip,
              {QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--follow"),
               QStringLiteral("--dataset"), QStringLiteral("live"), QStringLiteral("--on-error"),
               QStringLiteral("skip"), QStringLiteral("-w"), ws});
        skip.write("{\"n\": 1}\nnot json\n{\"n\": 3}\n");
        skip.closeWriteChannel();
        QVERIFY(skip.waitForFinished(30000));
        QCOMPARE(skip.exitCode(), 0);
        const QString err = QString::fromUtf8(skip.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("standard input: record 2: ")), qPrintable(err));
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM live")), 2);

        QProcess abort;
        start(abort,
              {QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--follow"),
               QStringLiteral("--dataset"), QStringLiteral("live"), QStringLiteral("-w"), ws});
        abort.write("{\"n\": 4}\n");
        QTRY_COMPARE_WITH_TIMEOUT(count(ws, QStringLiteral("SELECT count(*) FROM live")), 3, 10000);
        abort.write("{\"n\": 5}\n{\"n\": \n");
        abort.closeWriteChannel();
        QVERIFY(abort.waitForFinished(30000));
        QCOMPARE(abort.exitCode(), 2);
        const QString why = QString::fromUtf8(abort.readAllStandardError());
        QVERIFY2(why.contains(QStringLiteral("standard input: record 3: ")) &&
                     why.contains(QStringLiteral("records 2 to 3 were not stored")),
                 qPrintable(why));
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM live")), 3);
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM _tl_runs WHERE kind = 'follow' "
                                          "AND status = 'failed' AND rows = 1")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestFollow)
#include "tst_follow.moc"

#include "store/Workspace.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace tl;

// `trendlens fetch kafka` against a real Kafka protocol endpoint: librdkafka's mock brokers
// (kafka_mock_cluster) on 127.0.0.1 with a three-partition topic.
class TestKafka : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_cluster;
    QString m_brokers;
    // Short group timeouts: a consumer that was killed leaves its partitions soon.
    const QStringList m_fast{
        QStringLiteral("--kafka-config"), QStringLiteral("session.timeout.ms=6000"),
        QStringLiteral("--kafka-config"), QStringLiteral("heartbeat.interval.ms=500")};

    QByteArray command(const QByteArray &line) {
        m_cluster.write(line + '\n');
        while (!m_cluster.canReadLine())
            if (!m_cluster.waitForReadyRead(30000))
                return "timeout";
        return m_cluster.readLine().trimmed();
    }

    static qint64 count(const QString &ws, const QString &sql) {
        std::unique_ptr<Workspace> workspace;
        if (!Workspace::openExisting(ws, workspace).ok())
            return -1;
        QSqlQuery q(workspace->database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // Messages {"n": from..to} into `topic`, spread over its partitions, in one go.
    // With `padding`, each message carries that many more bytes.
    bool produceRange(const QString &topic, int from, int to, int padding = 0) {
        QFile file(m_dir.filePath(QStringLiteral("batch.ndjson")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        const QString pad(padding, u'x');
        for (int n = from; n <= to; ++n)
            file.write(QStringLiteral("{\"n\": %1, \"pad\": \"%2\"}\n").arg(n).arg(pad).toUtf8());
        file.close();
        return command("produce-file " + topic.toUtf8() + ' ' + file.fileName().toUtf8()) == "ok";
    }

    QStringList fetch(const QString &ws, const QString &topic, const QStringList &more) const {
        return QStringList{QStringLiteral("fetch"),     QStringLiteral("kafka"),
                           QStringLiteral("--brokers"), m_brokers,
                           QStringLiteral("--topic"),   topic,
                           QStringLiteral("-w"),        ws} +
               m_fast + more;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_cluster.start(QStringLiteral(TL_KAFKA_MOCK), {QStringLiteral("3")});
        QVERIFY(m_cluster.waitForStarted() && m_cluster.waitForReadyRead(30000));
        const QByteArray hello = m_cluster.readLine().trimmed();
        QVERIFY2(hello.startsWith("bootstrap "), hello.constData());
        m_brokers = QString::fromLatin1(hello.mid(10));
    }

    void cleanupTestCase() {
        m_cluster.write("quit\n");
        m_cluster.waitForFinished(30000);
    }

    // Objects, an array of them (a ranking page), and a message that is not JSON, which goes
    // to the rejects while the stream goes on.
    void messagesRowsAndRejects() {
        QCOMPARE(command("topic pages 3"), QByteArray("ok"));
        for (int i = 1; i <= 9; ++i)
            QCOMPARE(
                command(QStringLiteral("produce pages %1 {\"ranking\": %2, \"name\": \"이름%2\"}")
                            .arg(i % 3)
                            .arg(i)
                            .toUtf8()),
                QByteArray("ok"));
        QCOMPARE(command("produce pages 1 [{\"ranking\": 10}, {\"ranking\": 11}]"),
                 QByteArray("ok"));
        QCOMPARE(command("produce pages 2 this is not json"), QByteArray("ok"));
        const QString ws = m_dir.filePath(QStringLiteral("pages.trendlens"));
        QProcess fetch;
        fetch.start(QStringLiteral(TL_BINARY),
                    this->fetch(ws, QStringLiteral("pages"),
                                {QStringLiteral("--max-messages"), QStringLiteral("11")}));
        QVERIFY(fetch.waitForFinished(120000));
        QVERIFY2(fetch.exitCode() == 0, fetch.readAllStandardError().constData());
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM pages")), 11);
        QCOMPARE(count(ws, QStringLiteral("SELECT sum(ranking) FROM pages")), 66);
        QCOMPARE(count(ws, QStringLiteral("SELECT count(DISTINCT kafka_partition) FROM pages")), 3);
        // The message's timestamp, stored as a timestamp (the producer's clock: within a day).
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM pages WHERE abs(julianday("
                                          "kafka_timestamp) - julianday('now')) < 1 AND "
                                          "kafka_timestamp GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-"
                                          "[0-9][0-9] [0-9][0-9]:*' AND kafka_topic = 'pages'")),
                 11);
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM _tl_rejects WHERE topic = 'pages' "
                                          "AND partition = 2 AND head = 'this is not json'")),
                 1);
        QCOMPARE(count(ws, QStringLiteral("SELECT sum(next_offset) FROM _tl_kafka_offsets")), 11);
    }

    // --on-error abort stops at a bad message, and stores nothing of its batch: neither the
    // good messages before it nor their offsets, so a restart reads them again.
    void abortKeepsTheBatchUnread() {
        QCOMPARE(command("topic strict 1"), QByteArray("ok"));
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(command(QStringLiteral("produce strict 0 {\"n\": %1}").arg(i).toUtf8()),
                     QByteArray("ok"));
        QCOMPARE(command("produce strict 0 not json"), QByteArray("ok"));
        const QString ws = m_dir.filePath(QStringLiteral("strict.trendlens"));
        QProcess fetch;
        fetch.start(QStringLiteral(TL_BINARY),
                    this->fetch(ws, QStringLiteral("strict"),
                                {QStringLiteral("--on-error"), QStringLiteral("abort"),
                                 QStringLiteral("--max-messages"), QStringLiteral("4")}));
        QVERIFY(fetch.waitForFinished(120000));
        QVERIFY(fetch.exitCode() != 0);
        QVERIFY(fetch.readAllStandardError().contains("strict partition 0 offset 3"));
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM _tl_kafka_offsets")), 0);
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM _tl_rejects")), 0);
    }

    // kill -9 mid-stream, then a restart, three times: every message stored exactly once.
    // Each kill lands once this consumer has stored a batch and before it has them all, so
    // it cuts into a stream with batches in flight.
    void exactlyOnceUnderKill() {
        QCOMPARE(command("topic stream 3"), QByteArray("ok"));
        const int total = 30000;
        QVERIFY(produceRange(QStringLiteral("stream"), 1, total));
        const QString ws = m_dir.filePath(QStringLiteral("stream.trendlens"));
        const QString rows = QStringLiteral("SELECT count(*) FROM stream");
        qint64 before = 0;
        for (int kill = 0; kill < 3; ++kill) {
            QProcess fetch;
            fetch.start(QStringLiteral(TL_BINARY), this->fetch(ws, QStringLiteral("stream"), {}));
            QVERIFY(fetch.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(count(ws, rows) > before, 60000);
            QTest::qWait(50 * kill); // the next batch is being read or stored
            ::kill(pid_t(fetch.processId()), SIGKILL);
            QVERIFY(fetch.waitForFinished(30000));
            const qint64 stored = count(ws, rows);
            QVERIFY2(stored > before && stored < total, qPrintable(QString::number(stored)));
            before = stored;
        }
        QProcess finish;
        finish.start(QStringLiteral(TL_BINARY), this->fetch(ws, QStringLiteral("stream"),
                                                            {QStringLiteral("--max-messages"),
                                                             QString::number(total - before)}));
        QVERIFY(finish.waitForFinished(120000));
        QVERIFY2(finish.exitCode() == 0, finish.readAllStandardError().constData());
        QCOMPARE(count(ws, rows), total);
        QCOMPARE(count(ws, QStringLiteral("SELECT count(DISTINCT n) FROM stream")), total);
        QCOMPARE(count(ws, QStringLiteral("SELECT sum(next_offset) FROM _tl_kafka_offsets")),
                 total);
    }

    // Two consumers of one group share a topic: the second one's arrival and its leaving
    // move partitions between them (rebalances, eager and cooperative), and every message is
    // still stored once.
    void twoConsumersShareTheTopic_data() {
        QTest::addColumn<QString>("strategy");
        QTest::newRow("range") << QStringLiteral("range");
        QTest::newRow("cooperative") << QStringLiteral("cooperative-sticky");
    }
    void twoConsumersShareTheTopic() {
        QFETCH(QString, strategy);
        const QString topic = QStringLiteral("shared_") + QLatin1String(QTest::currentDataTag());
        QCOMPARE(command("topic " + topic.toUtf8() + " 4"), QByteArray("ok"));
        const QString ws = m_dir.filePath(topic + QStringLiteral(".trendlens"));
        const QStringList member{QStringLiteral("--group"), topic, QStringLiteral("--kafka-config"),
                                 QStringLiteral("partition.assignment.strategy=") + strategy};
        const QString rows = QStringLiteral("SELECT count(*) FROM ") + topic;
        int produced = 0;
        const auto wave = [&] {
            const bool ok = produceRange(topic, produced + 1, produced + 200);
            produced += 200;
            return ok;
        };
        QVERIFY(wave());
        QProcess first;
        first.start(QStringLiteral(TL_BINARY), fetch(ws, topic, member));
        QTRY_COMPARE_WITH_TIMEOUT(count(ws, rows), produced, 60000);

        // The second member joins; messages keep coming until it has stored some.
        QProcess second;
        second.start(QStringLiteral(TL_BINARY), fetch(ws, topic, member));
        const QString secondRows =
            QStringLiteral("SELECT coalesce(sum(rows), 0) FROM _tl_runs WHERE kind = 'kafka' AND "
                           "id > (SELECT min(id) FROM _tl_runs WHERE kind = 'kafka')");
        for (int i = 0; i < 60 && count(ws, secondRows) <= 0; ++i) {
            QVERIFY(wave());
            QTest::qWait(1000);
        }
        QVERIFY(count(ws, secondRows) > 0);
        QCOMPARE(first.state(), QProcess::Running);

        // It leaves (Ctrl+C: what it read is stored); the first takes its partitions back.
        ::kill(pid_t(second.processId()), SIGINT);
        QVERIFY(second.waitForFinished(60000));
        QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0,
                 qPrintable(QStringLiteral("%1 %2: %3")
                                .arg(second.exitStatus())
                                .arg(second.exitCode())
                                .arg(QString::fromUtf8(second.readAllStandardError()))));
        QVERIFY(wave());
        QTRY_COMPARE_WITH_TIMEOUT(count(ws, rows), produced, 90000);
        ::kill(pid_t(first.processId()), SIGINT);
        QVERIFY(first.waitForFinished(60000));
        QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());

        QCOMPARE(count(ws, QStringLiteral("SELECT count(DISTINCT n) FROM ") + topic), produced);
        QCOMPARE(count(ws, QStringLiteral("SELECT sum(next_offset) FROM _tl_kafka_offsets "
                                          "WHERE topic = '") +
                               topic + u'\''),
                 produced);
        QCOMPARE(count(ws, QStringLiteral("SELECT sum(rows) FROM _tl_runs WHERE kind = 'kafka'")),
                 produced);
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM _tl_runs WHERE kind = 'kafka' AND "
                                          "rows > 0 AND status = 'ok'")),
                 2);
    }

    // Messages the topic's retention removed before they were read cannot be stored; the
    // run says which offsets it never saw instead of skipping them silently.
    void retentionGapIsReported() {
        QCOMPARE(command("topic retained 1"), QByteArray("ok"));
        QVERIFY(produceRange(QStringLiteral("retained"), 1, 10));
        const QString ws = m_dir.filePath(QStringLiteral("retained.trendlens"));
        QProcess first;
        first.start(QStringLiteral(TL_BINARY),
                    fetch(ws, QStringLiteral("retained"),
                          {QStringLiteral("--max-messages"), QStringLiteral("10")}));
        QVERIFY(first.waitForFinished(120000));
        QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
        // About 12 MB more: more than the mock broker keeps of a partition.
        QVERIFY(produceRange(QStringLiteral("retained"), 11, 40010, 300));
        QProcess second;
        second.start(QStringLiteral(TL_BINARY),
                     fetch(ws, QStringLiteral("retained"),
                           {QStringLiteral("--max-messages"), QStringLiteral("1000")}));
        QVERIFY(second.waitForFinished(120000));
        const QByteArray err = second.readAllStandardError();
        QVERIFY2(second.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("partition 0: offsets 10–") &&
                     err.contains("were no longer in the topic"),
                 err.constData());
        // The thousand after the gap, in order, none before it.
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM retained")), 1010);
        QVERIFY(count(ws, QStringLiteral("SELECT min(n) FROM retained WHERE n > 10")) > 11);
        QCOMPARE(count(ws, QStringLiteral("SELECT max(n) - min(n) + 1 FROM retained WHERE n > 10")),
                 1000);
    }

    // Every broker goes away mid-stream and comes back: the consumer waits, says so, and goes
    // on without losing or repeating a message.
    void brokersGoAwayAndComeBack() {
        QCOMPARE(command("topic outage 3"), QByteArray("ok"));
        for (int i = 1; i <= 30; ++i)
            QCOMPARE(
                command(QStringLiteral("produce outage %1 {\"n\": %2}").arg(i % 3).arg(i).toUtf8()),
                QByteArray("ok"));
        const QString ws = m_dir.filePath(QStringLiteral("outage.trendlens"));
        QProcess fetch;
        fetch.start(QStringLiteral(TL_BINARY),
                    this->fetch(ws, QStringLiteral("outage"),
                                {QStringLiteral("--max-messages"), QStringLiteral("60")}));
        QVERIFY(fetch.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(count(ws, QStringLiteral("SELECT count(*) FROM outage")), 30,
                                  60000);
        for (const char *id : {"1", "2", "3"})
            QCOMPARE(command(QByteArray("down ") + id), QByteArray("ok"));
        QTest::qWait(3000);
        for (const char *id : {"1", "2", "3"})
            QCOMPARE(command(QByteArray("up ") + id), QByteArray("ok"));
        for (int i = 31; i <= 60; ++i)
            QCOMPARE(
                command(QStringLiteral("produce outage %1 {\"n\": %2}").arg(i % 3).arg(i).toUtf8()),
                QByteArray("ok"));
        QVERIFY(fetch.waitForFinished(120000));
        QVERIFY2(fetch.exitCode() == 0, fetch.readAllStandardError().constData());
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM outage")), 60);
        QCOMPARE(count(ws, QStringLiteral("SELECT count(DISTINCT n) FROM outage")), 60);
    }
};

QTEST_GUILESS_MAIN(TestKafka)
#include "tst_kafka.moc"

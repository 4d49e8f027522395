#include "store/Workspace.h"

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
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM _tl_rejects WHERE topic = 'pages' "
                                          "AND partition = 2 AND head = 'this is not json'")),
                 1);
        QCOMPARE(count(ws, QStringLiteral("SELECT sum(next_offset) FROM _tl_kafka_offsets")), 11);
    }

    // kill -9 at any moment, then a restart: every message stored exactly once.
    void exactlyOnceUnderKill() {
        QCOMPARE(command("topic stream 3"), QByteArray("ok"));
        const int total = 3000;
        for (int i = 1; i <= total; ++i)
            QCOMPARE(
                command(QStringLiteral("produce stream %1 {\"n\": %2}").arg(i % 3).arg(i).toUtf8()),
                QByteArray("ok"));
        const QString ws = m_dir.filePath(QStringLiteral("stream.trendlens"));
        for (const int killAfterMs : {700, 1500, 2500}) {
            QProcess fetch;
            fetch.start(QStringLiteral(TL_BINARY), this->fetch(ws, QStringLiteral("stream"), {}));
            QVERIFY(fetch.waitForStarted());
            QTest::qWait(killAfterMs);
            ::kill(pid_t(fetch.processId()), SIGKILL);
            QVERIFY(fetch.waitForFinished(30000));
        }
        QProcess finish;
        finish.start(QStringLiteral(TL_BINARY),
                     this->fetch(ws, QStringLiteral("stream"),
                                 {QStringLiteral("--duration"), QStringLiteral("15")}));
        QVERIFY(finish.waitForFinished(120000));
        QVERIFY2(finish.exitCode() == 0, finish.readAllStandardError().constData());
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM stream")), total);
        QCOMPARE(count(ws, QStringLiteral("SELECT count(DISTINCT n) FROM stream")), total);
        QCOMPARE(count(ws, QStringLiteral("SELECT sum(next_offset) FROM _tl_kafka_offsets")),
                 total);
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

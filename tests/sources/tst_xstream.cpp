#include "WorkspaceQuery.h"
#include "XServer.h"
#include "sources/x/ReconnectBackoff.h"
#include "sources/x/StreamFramer.h"
#include "sources/x/StreamMessage.h"
#include "sources/x/XStreamSource.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace tl;
using namespace xtest;

// The X stream: framing across reads, the message reader, the reconnect schedule, and the
// source against a local server that splits the stream mid-line, sends keep-alives, refuses
// with 429 and 500, disconnects operationally, resets the connection and stalls.
class TestXStream : public QObject {
    Q_OBJECT

    XServer m_server;
    QTemporaryDir m_dir;
    int m_workspaces = 0;

    XStreamOptions options() const {
        XStreamOptions o;
        o.baseUrl = m_server.base();
        o.watchdogMs = 1500;   // long enough for a loaded CI machine, short for a test
        o.backoffScale = 0.01; // 250 ms → 2.5 ms, 5 s → 50 ms, 60 s → 600 ms
        o.batchSize = 40;
        o.batchMs = 100;
        o.rulesPolicy.baseDelayMs = 10;
        return o;
    }

    QString workspace() {
        return m_dir.filePath(QStringLiteral("x%1.trendlens").arg(++m_workspaces));
    }

    static qint64 scalar(const QString &ws, const QString &sql) {
        return workspaceScalar(ws, sql).toLongLong();
    }

    static bool fileHolds(const QString &ws, const QByteArray &needle) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(ws + suffix);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                return true;
        }
        return false;
    }

    // Starts `trendlens fetch x-stream -w ws ARGS` with `token` as the bearer (none: unset).
    static void startCli(QProcess &p, const QString &ws, const QString &token,
                         const QStringList &args) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TRENDLENS_X_BEARER"));
        if (!token.isEmpty())
            env.insert(QStringLiteral("TRENDLENS_X_BEARER"), token);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TL_BINARY),
                QStringList{QStringLiteral("fetch"), QStringLiteral("x-stream"),
                            QStringLiteral("-w"), ws} +
                    args);
    }

    static bool finish(QProcess &p) {
        return QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_server.tweets.size(), 500);
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    }

    void framerSplitsAcrossReads() {
        const QByteArray body = fixture(QStringLiteral("stream.ndjson"));
        QVERIFY(!body.isEmpty());
        for (int maxRead : {1, 2, 7, 64, 4096}) {
            StreamFramer framer;
            QList<QByteArray> lines;
            QRandomGenerator random(maxRead);
            for (qsizetype at = 0; at < body.size();) {
                const qsizetype n =
                    std::min<qsizetype>(body.size() - at, random.bounded(1, maxRead + 1));
                QVERIFY(framer.feed(QByteArrayView(body).sliced(at, n), lines));
                at += n;
            }
            QCOMPARE(lines.size(), 500);
            QCOMPARE(framer.keepAlives(), 48);
            QCOMPARE(framer.pendingBytes(), 0);
            QCOMPARE(lines, m_server.tweets);
        }
    }

    void framerBoundsALineThatNeverEnds() {
        StreamFramer framer;
        QList<QByteArray> lines;
        const QByteArray megabyte(1024 * 1024, 'x');
        bool ok = true;
        for (int i = 0; i < 9 && ok; ++i)
            ok = framer.feed(megabyte, lines);
        QVERIFY(!ok);
        QCOMPARE(framer.pendingBytes(), 0);
        QVERIFY(framer.feed("{\"a\":1}\r\n", lines));
        QCOMPARE(lines, QList<QByteArray>{"{\"a\":1}"});
    }

    void messagesAreTyped() {
        const StreamMessage first = StreamMessage::parse(m_server.tweets.first());
        QCOMPARE(first.kind, StreamMessage::Kind::Tweet);
        QCOMPARE(first.id, QStringLiteral("1790505225510050320"));
        const Columns &columns = StreamMessage::columns();
        QCOMPARE(first.row.size(), columns.size());
        const auto at = [&](const char *name) {
            for (int i = 0; i < columns.size(); ++i)
                if (columns[i].name == QLatin1String(name))
                    return first.row[i];
            return QVariant();
        };
        QCOMPARE(at("created_at").toString(), QStringLiteral("2024-05-09 06:00:01.454"));
        QCOMPARE(at("author_username").toString(), QStringLiteral("u7732410271"));
        QCOMPARE(at("lang").toString(), QStringLiteral("en"));
        QCOMPARE(at("like_count").toLongLong(), 1851);
        QCOMPARE(at("retweet_count").toLongLong(), 87);
        QCOMPARE(at("matching_rules").toString(), QStringLiteral("영화"));
        QCOMPARE(at("raw").toByteArray(), m_server.tweets.first());

        QHash<QString, int> languages;
        for (const QByteArray &line : m_server.tweets) {
            const StreamMessage m = StreamMessage::parse(line);
            QCOMPARE(m.kind, StreamMessage::Kind::Tweet);
            ++languages[m.row[4].toString()];
        }
        QCOMPARE(languages.value(QStringLiteral("en")), 242);
        QCOMPARE(languages.value(QStringLiteral("ko")), 133);
        QCOMPARE(languages.value(QStringLiteral("es")), 54);
        QCOMPARE(languages.value(QStringLiteral("ja")), 51);
        QCOMPARE(languages.value(QStringLiteral("und")), 20);

        const StreamMessage disconnect =
            StreamMessage::parse(fixture(QStringLiteral("errors/operational_disconnect.json")));
        QCOMPARE(disconnect.kind, StreamMessage::Kind::Disconnect);
        QVERIFY(disconnect.problem.startsWith(QStringLiteral("operational-disconnect: ")));
        const StreamMessage problem =
            StreamMessage::parse(fixture(QStringLiteral("errors/too_many_connections.json")));
        QCOMPARE(problem.kind, StreamMessage::Kind::Problem);
        QVERIFY(problem.problem.contains(QStringLiteral("maximum allowed connection limit")));
        QCOMPARE(StreamMessage::parse("{\"data\": {\"id\": \"1\"").kind,
                 StreamMessage::Kind::Malformed);
    }

    void backoffFollowsTheDocumentedSchedule() {
        using Reason = ReconnectBackoff::Reason;
        ReconnectBackoff backoff;
        QList<qint64> network;
        for (int i = 0; i < 66; ++i)
            network.append(backoff.next(Reason::Network));
        QCOMPARE(network.mid(0, 4), (QList<qint64>{250, 500, 750, 1000}));
        QCOMPARE(network[63], 16000);
        QCOMPARE(network[65], 16000);
        QList<qint64> http;
        for (int i = 0; i < 8; ++i)
            http.append(backoff.next(Reason::Http));
        QCOMPARE(http, (QList<qint64>{5000, 10000, 20000, 40000, 80000, 160000, 320000, 320000}));
        QCOMPARE(backoff.next(Reason::RateLimited), 60000);
        QCOMPARE(backoff.next(Reason::RateLimited), 120000);
        QCOMPARE(backoff.next(Reason::RateLimited), 240000);
        backoff.reset();
        QCOMPARE(backoff.next(Reason::RateLimited), 60000);
        QCOMPARE(ReconnectBackoff(0.01).next(Reason::Http), 50);
    }

    void streamsThroughEveryFault() {
        using End = ConnectionPlan::End;
        const QByteArray half = m_server.tweets[350].left(m_server.tweets[350].size() / 2);
        m_server.plans = {
            {429,
             fixture(QStringLiteral("errors/too_many_connections.json")),
             0,
             0,
             {},
             End::Close},
            {200,
             {},
             0,
             200,
             fixture(QStringLiteral("errors/operational_disconnect.json")) + "\r\n",
             End::Close},
            {500, "{\"title\": \"Internal Error\"}", 0, 0, {}, End::Close},
            {200, {}, 150, 350, half, End::Reset},
            {200, {}, 0, 0, {}, End::Stall},
            {200, {}, 300, 500, {}, End::KeepOpen},
        };
        const QString ws = workspace();
        XStreamOptions o = options();
        o.maxTweets = 500;
        XStreamSource source(ws, o, kToken);
        QList<qint64> visible; // rows another connection sees while the stream runs
        source.setProgress([&](qint64 stored, qint64 target) {
            QCOMPARE(target, 500);
            visible.append(scalar(ws, QStringLiteral("SELECT count(*) FROM x_tweets")));
            QCOMPARE(visible.last(), stored);
        });
        XStreamResult result;
        const Status s = source.run(result);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(result.tweets, 500);
        QCOMPARE(result.duplicates, 100); // 150–199 and 300–349 came twice
        QCOMPARE(result.connections, 6);
        QCOMPARE(result.disconnects, 1);
        QCOMPARE(result.stalls, 1);
        QVERIFY(result.keepAlives > 40);
        QCOMPARE(result.stopReason, QStringLiteral("max-tweets"));
        QVERIFY(m_server.plans.isEmpty());
        QVERIFY2(visible.size() >= 12, "committed in batches while streaming");
        QVERIFY(std::is_sorted(visible.begin(), visible.end()));
        QVERIFY(result.problems.join(u'\n').contains(QStringLiteral("TooManyConnections")) ||
                result.problems.join(u'\n').contains(QStringLiteral("connection limit")));

        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM x_tweets")), 500);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(DISTINCT id) FROM x_tweets")), 500);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM x_tweets WHERE lang = 'en'")),
                 242);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM x_tweets WHERE lang = 'ko'")),
                 133);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT like_count FROM x_tweets "
                                           "WHERE id = '1790505225510050320'")),
                 1851);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM x_tweets WHERE "
                                           "json_extract(raw, '$.data.id') = id")),
                 500);
        QCOMPARE(workspaceScalar(ws, QStringLiteral("SELECT status || ' ' || rows FROM _tl_runs "
                                                    "WHERE kind = 'x-stream'"))
                     .toString(),
                 QStringLiteral("ok 500"));
        QVERIFY(!fileHolds(ws, kToken.toUtf8()));
    }

    void filteredStreamSyncsRules() {
        m_server.rules = {{QStringLiteral("7"), QStringLiteral("old rule")},
                          {QStringLiteral("8"), QStringLiteral("movie lang:en")}};
        m_server.paths.clear();
        m_server.plans = {{200, {}, 0, 60, {}, ConnectionPlan::End::KeepOpen}};
        const QString ws = workspace();
        XStreamOptions o = options();
        o.rules = {QStringLiteral("movie lang:en"), QStringLiteral("영화"), QStringLiteral("영화")};
        o.maxTweets = 25;
        XStreamSource source(ws, o, kToken);
        XStreamResult result;
        const Status s = source.run(result);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(result.rulesDeleted, 1);
        QCOMPARE(result.rulesAdded, 1);
        QStringList kept = m_server.rules.values();
        kept.sort();
        QCOMPARE(kept, (QStringList{QStringLiteral("movie lang:en"), QStringLiteral("영화")}));
        QVERIFY(m_server.paths.contains(QStringLiteral("GET /2/tweets/search/stream")));
        QVERIFY(!m_server.paths.contains(QStringLiteral("GET /2/tweets/sample/stream")));
        QCOMPARE(result.tweets, 25);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM x_tweets")), 25);
    }

    void rejectedRuleStoresNothing() {
        m_server.rules.clear();
        const QString ws = workspace();
        XStreamOptions o = options();
        o.rules = {QStringLiteral("(movie OR film")};
        XStreamSource source(ws, o, kToken);
        XStreamResult result;
        const Status s = source.run(result);
        QCOMPARE(s.kind(), ErrorKind::BadInput);
        QVERIFY2(s.message().contains(QStringLiteral("\"(movie OR film\"")) &&
                     s.message().contains(QStringLiteral("Unmatched parenthesis")),
                 qPrintable(s.message()));
        QVERIFY(!workspaceScalar(ws, QStringLiteral("SELECT count(*) FROM x_tweets")).isValid());
        QCOMPARE(workspaceScalar(ws, QStringLiteral("SELECT status FROM _tl_runs")).toString(),
                 QStringLiteral("failed"));
    }

    void durationStopsAndKeepsWhatArrived() {
        m_server.plans = {{200, {}, 0, 90, {}, ConnectionPlan::End::KeepOpen}};
        const QString ws = workspace();
        XStreamOptions o = options();
        o.durationS = 1;
        XStreamSource source(ws, o, kToken);
        XStreamResult result;
        const Status s = source.run(result);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(result.stopReason, QStringLiteral("duration"));
        QCOMPARE(result.stalls, 0); // keep-alives kept the watchdog quiet
        QCOMPARE(result.connections, 1);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM x_tweets")), 90);
    }

    void cancelKeepsWhatArrived() {
        m_server.plans = {{200, {}, 0, 30, {}, ConnectionPlan::End::KeepOpen}};
        const QString ws = workspace();
        XStreamSource source(ws, options(), kToken);
        QTimer::singleShot(600, [&source] { source.cancel(); });
        XStreamResult result;
        QVERIFY(source.run(result).ok());
        QCOMPARE(result.stopReason, QStringLiteral("cancelled"));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM x_tweets")), 30);
    }

    // Through the command line: a refused token is fatal (exit 3), names the variable, and
    // leaves no tweets and no token in the file.
    void refusedTokenIsFatalFromTheCli() {
        const QString ws = workspace();
        QProcess p;
        startCli(p, ws, QStringLiteral("wrong-token-93ab"),
                 {QStringLiteral("--base-url"), m_server.base(), QStringLiteral("--max-tweets"),
                  QStringLiteral("10")});
        QVERIFY(finish(p));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 3);
        QVERIFY2(err.contains(QStringLiteral("HTTP 401")) &&
                     err.contains(QStringLiteral("TRENDLENS_X_BEARER")),
                 qPrintable(err));
        QVERIFY(!err.contains(QStringLiteral("wrong-token-93ab")));
        QVERIFY(!workspaceScalar(ws, QStringLiteral("SELECT count(*) FROM x_tweets")).isValid());
        QVERIFY(!fileHolds(ws, "wrong-token-93ab"));

        startCli(p, ws, QString(), {});
        QVERIFY(finish(p));
        QVERIFY(QString::fromUtf8(p.readAllStandardError())
                    .contains(QStringLiteral("TRENDLENS_X_BEARER")));
        QVERIFY(p.exitCode() != 0);
    }

    // A crash (kill -9) mid-stream loses at most the batch in flight: what was committed is
    // there, whole, and the file is sound.
    void crashKeepsCommittedBatches() {
        m_server.plans = {{200, {}, 0, 200, {}, ConnectionPlan::End::KeepOpen}};
        const QString ws = workspace();
        QProcess p;
        startCli(p, ws, kToken, {QStringLiteral("--base-url"), m_server.base()});
        // All 200 sent; the last batch is committed within a second (keep-alives follow).
        QVERIFY(QTest::qWaitFor(
            [&] {
                return workspaceScalar(ws, QStringLiteral("SELECT count(*) FROM x_tweets"))
                           .toInt() == 200;
            },
            30000));
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(DISTINCT id) FROM x_tweets")), 200);
        QCOMPARE(workspaceScalar(ws, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        // The run log shows how far it got, and that its process is gone.
        QCOMPARE(workspaceScalar(ws, QStringLiteral("SELECT status || ' ' || rows FROM _tl_runs "
                                                    "WHERE kind = 'x-stream'"))
                     .toString(),
                 QStringLiteral("interrupted 200"));
    }

    void cliStreamsAndReports() {
        m_server.plans = {{200, {}, 0, 50, {}, ConnectionPlan::End::KeepOpen}};
        const QString ws = workspace();
        QProcess p;
        startCli(p, ws, kToken,
                 {QStringLiteral("--base-url"), m_server.base(), QStringLiteral("--max-tweets"),
                  QStringLiteral("50")});
        QVERIFY(finish(p));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput())
                    .startsWith(QStringLiteral("x-stream: 50 tweets")));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM x_tweets")), 50);
        QVERIFY(!fileHolds(ws, kToken.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestXStream)
#include "tst_xstream.moc"

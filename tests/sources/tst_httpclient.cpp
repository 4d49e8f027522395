#include "sources/HttpClient.h"
#include "sources/ResponseCache.h"
#include "store/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <sys/socket.h>

#include <thread>

using namespace tl;

// Faults QHttpServer cannot make: per path, the first `faults` connections are answered
// badly — no answer at all (a timeout), a body cut short, or a reset mid-body — and the
// next ones well.
class FaultServer : public QTcpServer {
public:
    enum class Fault { Silence, Truncate, Reset, Slow };
    QHash<QString, QPair<Fault, int>> faults; // path → fault, how many times
    QHash<QString, int> calls;
    int inFlight = 0;
    int maxInFlight = 0;
    const QByteArray body = QByteArray(20000, 'x') + "end";

    QUrl url(const QString &path) const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }

protected:
    void incomingConnection(qintptr descriptor) override {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto request = std::make_shared<QByteArray>(); // a request may come in pieces
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
            request->append(socket->readAll());
            if (!request->contains("\r\n\r\n"))
                return;
            const QString path = QString::fromLatin1(request->split(' ').value(1));
            request->clear();
            const int call = ++calls[path];
            const auto [fault, times] = faults.value(path, {Fault::Silence, 0});
            const QByteArray head =
                "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) +
                "\r\n\r\n";
            if (call > times) {
                socket->write(head + body);
                return;
            }
            switch (fault) {
            case Fault::Silence:
                break;
            case Fault::Slow: // answers after 300 ms; counts the requests waiting meanwhile
                maxInFlight = std::max(maxInFlight, ++inFlight);
                QTimer::singleShot(300, socket, [this, socket, head] {
                    --inFlight;
                    socket->write(head + body);
                });
                break;
            case Fault::Truncate:
                socket->write(head + body.left(500));
                socket->flush();
                socket->disconnectFromHost();
                break;
            case Fault::Reset:
                socket->write(head + body.left(500));
                socket->flush();
                QTimer::singleShot(50, socket, [socket] {
                    const linger hard{1, 0};
                    setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                               sizeof hard);
                    socket->abort();
                });
                break;
            }
        });
    }
};

// HttpClient against a local QHttpServer that misbehaves on purpose: 5xx, 429 with
// Retry-After, a server that is down for good; plus rate limit, quota, cache, cancel, and
// keys kept out of errors and cache keys. Never the internet.
class TestHttpClient : public QObject {
    Q_OBJECT

    QHttpServer m_server;
    FaultServer m_faults;
    quint16 m_port = 0;
    int m_flakyCalls = 0;
    int m_limitedCalls = 0;
    int m_cachedCalls = 0;
    QTemporaryDir m_dir;

    QUrl url(const QString &path, const QString &query = {}) const {
        QUrl u(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }

    static HttpPolicy fast() {
        HttpPolicy policy;
        policy.baseDelayMs = 20;
        policy.maxAttempts = 4;
        policy.timeoutMs = 5000;
        return policy;
    }

private Q_SLOTS:
    void initTestCase() {
        m_server.route(QStringLiteral("/flaky"), [this] {
            return ++m_flakyCalls <= 2
                       ? QHttpServerResponse(QByteArray("busy"),
                                             QHttpServerResponse::StatusCode::ServiceUnavailable)
                       : QHttpServerResponse(QByteArray("ok"));
        });
        m_server.route(QStringLiteral("/limited"), [this] {
            if (++m_limitedCalls == 1) {
                QHttpServerResponse response(QByteArray("slow down"),
                                             QHttpServerResponse::StatusCode::TooManyRequests);
                response.addHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
                return response;
            }
            return QHttpServerResponse(QByteArray("ok"));
        });
        m_server.route(QStringLiteral("/down"), [] {
            return QHttpServerResponse(QByteArray("broken"),
                                       QHttpServerResponse::StatusCode::InternalServerError);
        });
        m_server.route(QStringLiteral("/missing"), [] {
            return QHttpServerResponse(QByteArray("{\"error\": \"no\"}"),
                                       QHttpServerResponse::StatusCode::NotFound);
        });
        m_server.route(QStringLiteral("/cached"), [this] {
            ++m_cachedCalls;
            return QHttpServerResponse(QByteArray("fresh"));
        });
        m_server.route(QStringLiteral("/kobis/<arg>"), [](const QString &day) {
            QFile file(QStringLiteral(TL_FIXTURES "/kobis/daily/") + day + QStringLiteral(".json"));
            if (!file.open(QIODevice::ReadOnly))
                return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
            return QHttpServerResponse(QByteArrayLiteral("application/json"), file.readAll());
        });
        m_server.route(QStringLiteral("/hang"), [] {
            return QHttpServerResponse(QHttpServerResponse::StatusCode::ServiceUnavailable);
        });
        const int port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);
        m_port = quint16(port);
    }

    void retriesServerErrorsThenSucceeds() {
        HttpClient client(fast());
        // Each wait between tries is announced, so progress can say why nothing moves.
        QList<std::pair<int, int>> retries;
        client.setRetrying([&retries](int attempt, int maxAttempts, int waitMs) {
            QVERIFY(waitMs >= 0);
            retries.append({attempt, maxAttempts});
        });
        HttpResponse response;
        QVERIFY(client.send({url(QStringLiteral("/flaky"))}, response).ok());
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("ok"));
        QCOMPARE(response.attempts, 3);
        QCOMPARE(retries,
                 (QList<std::pair<int, int>>{{1, fast().maxAttempts}, {2, fast().maxAttempts}}));
    }

    void honoursRetryAfter() {
        HttpClient client(fast());
        HttpResponse response;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(client.send({url(QStringLiteral("/limited"))}, response).ok());
        QCOMPARE(response.status, 200);
        QCOMPARE(response.attempts, 2);
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    }

    void givesUpWithoutShowingTheKey() {
        HttpClient client(fast());
        HttpResponse response;
        HttpRequest request{
            url(QStringLiteral("/down"), QStringLiteral("key=S3CRETKEY&targetDt=20240101")),
            {},
            {QStringLiteral("key")}};
        const Status s = client.send(request, response);
        QCOMPARE(s.kind(), ErrorKind::Source);
        QVERIFY2(s.message().contains(QStringLiteral("HTTP 500")), qPrintable(s.message()));
        QVERIFY(s.message().contains(QStringLiteral("gave up after 4 tries")));
        QVERIFY(s.message().contains(QStringLiteral("key=***")));
        QVERIFY(!s.message().contains(QStringLiteral("S3CRETKEY")));
        QVERIFY(!HttpClient::cacheKey(request.url, request.secretQueryItems).contains("S3CRET"));
        QVERIFY(HttpClient::cacheKey(request.url, request.secretQueryItems)
                    .contains("targetDt=20240101"));

        // A refused connection is a network error, retried, then reported the same way.
        HttpRequest nowhere{QUrl(QStringLiteral("http://127.0.0.1:1/x?key=S3CRETKEY")),
                            {},
                            {QStringLiteral("key")}};
        const Status refused = client.send(nowhere, response);
        QCOMPARE(refused.kind(), ErrorKind::Source);
        QVERIFY(!refused.message().contains(QStringLiteral("S3CRETKEY")));
    }

    // A host that does not exist (.invalid never resolves, RFC 2606) fails on the first try.
    void unknownHostFailsAtOnce() {
        HttpClient client(fast());
        HttpResponse response;
        const Status s =
            client.send({QUrl(QStringLiteral("http://trendlens-test.invalid/x?key=S3CRETKEY")),
                         {},
                         {QStringLiteral("key")}},
                        response);
        QCOMPARE(s.kind(), ErrorKind::Source);
        QVERIFY2(s.message().contains(QStringLiteral("no such host 'trendlens-test.invalid'")),
                 qPrintable(s.message()));
        QCOMPARE(response.attempts, 1);
        QVERIFY(!s.message().contains(QStringLiteral("S3CRETKEY")));
    }

    void clientErrorsAreAnswersNotRetries() {
        HttpClient client(fast());
        HttpResponse response;
        QVERIFY(client.send({url(QStringLiteral("/missing"))}, response).ok());
        QCOMPARE(response.status, 404);
        QCOMPARE(response.attempts, 1);
        QCOMPARE(response.body, QByteArray("{\"error\": \"no\"}"));
    }

    void rateLimitAndQuota() {
        HttpPolicy policy = fast();
        policy.requestsPerSecond = 10;
        policy.quota = 5;
        HttpClient client(policy);
        HttpResponse response;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 5; ++i)
            QVERIFY(client.send({url(QStringLiteral("/kobis/20240101"))}, response).ok());
        QVERIFY2(timer.elapsed() >= 390, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(response.body.contains("boxOfficeResult"));
        const Status over = client.send({url(QStringLiteral("/kobis/20240102"))}, response);
        QCOMPARE(over.kind(), ErrorKind::Source);
        QVERIFY(over.message().contains(QStringLiteral("quota")));
        QCOMPARE(client.requestsSent(), qint64(5));
    }

    void cacheAnswersReruns() {
        const QString path = m_dir.filePath(QStringLiteral("cache.trendlens"));
        {
            std::unique_ptr<Workspace> workspace;
            QVERIFY(Workspace::open(path, workspace).ok());
        }
        ResponseCache cache(path);
        HttpClient client(fast());
        client.setCache(&cache);
        HttpRequest request{url(QStringLiteral("/cached"), QStringLiteral("key=ONE&day=1")),
                            {},
                            {QStringLiteral("key")}};
        request.cacheable = true;
        HttpResponse response;
        QVERIFY(client.send(request, response).ok());
        QVERIFY(!response.fromCache);
        // Another key, same request: the key is not part of the cache key.
        request.url.setQuery(QStringLiteral("key=TWO&day=1"));
        QVERIFY(client.send(request, response).ok());
        QVERIFY(response.fromCache);
        QCOMPARE(response.body, QByteArray("fresh"));
        QCOMPARE(m_cachedCalls, 1);
        // No key is stored anywhere in the workspace file.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("key=ONE") && !bytes.contains("key=TWO"));
    }

    // A server that never answers, a body cut short, a connection reset mid-body: each is
    // retried, and the answer that finally comes is whole.
    void transferFaultsAreRetried_data() {
        QTest::addColumn<int>("fault");
        QTest::newRow("timeout") << int(FaultServer::Fault::Silence);
        QTest::newRow("truncated body") << int(FaultServer::Fault::Truncate);
        QTest::newRow("connection reset") << int(FaultServer::Fault::Reset);
    }

    void transferFaultsAreRetried() {
        QFETCH(int, fault);
        if (!m_faults.isListening())
            QVERIFY(m_faults.listen(QHostAddress::LocalHost, 0));
        const QString path = QStringLiteral("/fault%1").arg(fault);
        m_faults.faults[path] = {FaultServer::Fault(fault), 2};
        HttpPolicy policy = fast();
        policy.timeoutMs = 400;
        HttpClient client(policy);
        HttpResponse response;
        const Status s = client.send({m_faults.url(path)}, response);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(response.status, 200);
        // Both bad answers were met, then a good one. Qt itself sends a request again when a
        // connection dies before any byte of the answer was read (a reset can discard what
        // was sent; a truncated answer closed before Qt read it, as happens under a
        // sanitizer's slowness, is the same to it), so these may take fewer tries of ours —
        // or more connections. A truncated answer is retried by us at least once.
        QVERIFY(m_faults.calls[path] >= 3);
        switch (FaultServer::Fault(fault)) {
        case FaultServer::Fault::Reset:
            break;
        case FaultServer::Fault::Truncate:
            QVERIFY2(response.attempts == 2 || response.attempts == 3,
                     qPrintable(QString::number(response.attempts)));
            QCOMPARE(m_faults.calls[path], 3); // two truncated answers, then the whole one
            break;
        default:
            QCOMPARE(response.attempts, 3);
        }
        QCOMPARE(response.body, m_faults.body);

        // Broken every time: an error after the last try, naming the address.
        const QString always = path + QStringLiteral("/always");
        m_faults.faults[always] = {FaultServer::Fault(fault), 1000};
        policy.maxAttempts = 2;
        HttpClient giveUp(policy);
        const Status failed = giveUp.send({m_faults.url(always)}, response);
        QCOMPARE(failed.kind(), ErrorKind::Source);
        QVERIFY2(failed.message().contains(always) &&
                     failed.message().contains(QStringLiteral("gave up after 2 tries")),
                 qPrintable(failed.message()));
    }

    // Clients naming one service share its concurrency cap and rate limit, as two fetches of
    // the same source running side by side do; other services are not held back.
    void serviceLimitsAreShared() {
        if (!m_faults.isListening())
            QVERIFY(m_faults.listen(QHostAddress::LocalHost, 0));
        m_faults.faults[QStringLiteral("/slow")] = {FaultServer::Fault::Slow, 1000000};
        const auto runTwo = [this](const HttpPolicy &policy) {
            // Source runs work on QThreads of their own (the window's background tasks).
            QList<Status> results(2);
            std::vector<std::unique_ptr<QThread>> workers;
            for (int w = 0; w < 2; ++w) {
                workers.emplace_back(QThread::create([&, w] {
                    HttpClient client(policy);
                    HttpResponse response;
                    for (int i = 0; i < 2 && results[w].ok(); ++i)
                        results[w] = client.send({m_faults.url(QStringLiteral("/slow"))}, response);
                }));
                workers.back()->start();
            }
            QVERIFY(QTest::qWaitFor(
                [&] { return workers[0]->isFinished() && workers[1]->isFinished(); }, 60000));
            QVERIFY2(results[0].ok() && results[1].ok(),
                     qPrintable(results[0].message() + u' ' + results[1].message()));
        };
        HttpPolicy capped = fast();
        capped.service = QStringLiteral("capped");
        runTwo(capped);
        QCOMPARE(m_faults.maxInFlight, 1);

        m_faults.calls.clear();
        m_faults.maxInFlight = 0;
        HttpPolicy wide = fast();
        wide.service = QStringLiteral("wide");
        wide.maxConcurrent = 4;
        wide.requestsPerSecond = 4; // starts 250 ms apart: four requests take ≥ 750 ms
        QElapsedTimer timer;
        timer.start();
        runTwo(wide);
        QVERIFY2(timer.elapsed() >= 750, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_faults.maxInFlight, 2);
    }

    void cancelStopsALongWait() {
        std::atomic<bool> cancelled{false};
        HttpPolicy policy = fast();
        policy.baseDelayMs = 10000;
        HttpClient client(policy, &cancelled);
        QElapsedTimer timer;
        timer.start();
        HttpResponse response;
        // Cancelled from another thread, as the GUI's cancel button does, during the backoff.
        std::thread canceller([&cancelled] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancelled = true;
        });
        const Status s = client.send({url(QStringLiteral("/hang"))}, response);
        canceller.join();
        QCOMPARE(s.kind(), ErrorKind::Cancelled);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_MAIN(TestHttpClient)
#include "tst_httpclient.moc"

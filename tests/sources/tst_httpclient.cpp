#include "sources/HttpClient.h"
#include "sources/ResponseCache.h"
#include "store/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace tl;

// HttpClient against a local QHttpServer that misbehaves on purpose: 5xx, 429 with
// Retry-After, a server that is down for good; plus rate limit, quota, cache, cancel, and
// keys kept out of errors and cache keys. Never the internet.
class TestHttpClient : public QObject {
    Q_OBJECT

    QHttpServer m_server;
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
        HttpResponse response;
        QVERIFY(client.send({url(QStringLiteral("/flaky"))}, response).ok());
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("ok"));
        QCOMPARE(response.attempts, 3);
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

#pragma once

#include "core/Status.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace tl {

class RequestGate;
class ResponseCache;

// How a source talks to its server: timeouts, retries, rate limit, quota.
struct HttpPolicy {
    int timeoutMs = 30000;
    int maxAttempts = 5;          // first try included
    int baseDelayMs = 500;        // backoff: base · 2^(attempt−1), ± 25 % jitter
    int maxDelayMs = 60000;       // no single wait longer than this (Retry-After included)
    double requestsPerSecond = 0; // 0: no limit (Nexon development keys: 5)
    qint64 quota = 0;             // requests allowed for this client's life (KOBIS: 3,000 a day)
    int maxConcurrent = 1;        // requests in flight at once
    // Clients naming the same service share its rate limit and concurrency cap across the
    // process (RequestGate); empty: this client's own.
    QString service;
};

struct HttpRequest {
    HttpRequest(QUrl url, QList<QPair<QByteArray, QByteArray>> headers = {},
                QStringList secretQueryItems = {})
        : url(std::move(url))
        , headers(std::move(headers))
        , secretQueryItems(std::move(secretQueryItems)) {}

    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Query items that carry secrets (an API key): kept out of the cache key and error text.
    QStringList secretQueryItems;
    bool cacheable = false; // a re-run or resumed backfill answers from the workspace cache
    // Whether an answer may be cached (KOBIS reports errors with HTTP 200: those must not be).
    std::function<bool(const QByteArray &body)> cacheIf;
    QByteArray method = QByteArrayLiteral("GET");
    QByteArray body; // sent with a JSON content type when not empty (X's rule changes)
};

struct HttpResponse {
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    bool fromCache = false;
    int attempts = 0;
};

// A blocking HTTP client for source workers (each worker QThread owns one; QNetworkAccessManager
// misses answers in threads Qt did not start, such as a bare std::thread). Network errors,
// 429 and 5xx are retried with exponential backoff and jitter, honouring Retry-After; requests
// are spaced to the rate limit; a cancel flag stops waits and transfers. A key never appears
// in what it reports: URLs in errors have secret query items masked.
class HttpClient {
public:
    explicit HttpClient(HttpPolicy policy = {}, const std::atomic<bool> *cancelled = nullptr);
    ~HttpClient();

    void setCache(ResponseCache *cache) { m_cache = cache; }
    // Called before each wait between tries (the try that failed, the tries allowed, the
    // wait), so that progress can say why nothing moves.
    using Retrying = std::function<void(int attempt, int maxAttempts, int waitMs)>;
    void setRetrying(Retrying retrying) { m_retrying = std::move(retrying); }
    // Performs the request; a final non-2xx answer is returned with ok status so callers can read
    // error bodies (KOBIS, Nexon); only transport failures and exhausted retries are errors.
    Status send(const HttpRequest &request, HttpResponse &response);

    qint64 requestsSent() const { return m_sent; }
    // Pauses `ms`, waking early when cancelled; false when cancelled. Sources use it for their
    // own waits (a "data not ready" pause) so a cancel is felt within 50 ms there too.
    bool wait(qint64 ms) const;
    // The URL as it may be shown: secret query items replaced by "***".
    static QString redacted(const QUrl &url, const QStringList &secretQueryItems);
    // The cache key: the URL without secret query items.
    static QString cacheKey(const QUrl &url, const QStringList &secretQueryItems);

private:
    bool retryable(int status) const { return status == 429 || status >= 500; }
    int backoffMs(int attempt, const QByteArray &retryAfter) const;

    HttpPolicy m_policy;
    const std::atomic<bool> *m_cancelled;
    std::unique_ptr<QNetworkAccessManager> m_network;
    ResponseCache *m_cache = nullptr;
    std::shared_ptr<RequestGate> m_gate;
    qint64 m_sent = 0;
    Retrying m_retrying;
};

} // namespace tl

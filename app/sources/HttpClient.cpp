#include "HttpClient.h"

#include "core/Log.h"
#include "sources/RequestGate.h"
#include "sources/ResponseCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::HttpClient", text);
}

QUrl withoutSecrets(const QUrl &url, const QStringList &secrets, bool mask) {
    QUrl out = url;
    QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    QUrlQuery cleaned;
    for (const auto &[name, value] : items) {
        if (!secrets.contains(name))
            cleaned.addQueryItem(name, value);
        else if (mask)
            cleaned.addQueryItem(name, QStringLiteral("***"));
    }
    out.setQuery(cleaned);
    return out;
}

} // namespace

HttpClient::HttpClient(HttpPolicy policy, const std::atomic<bool> *cancelled)
    : m_policy(policy)
    , m_cancelled(cancelled)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_gate(policy.service.isEmpty()
                 ? std::make_shared<RequestGate>(policy.maxConcurrent, policy.requestsPerSecond)
                 : RequestGate::forService(policy.service, policy.maxConcurrent,
                                           policy.requestsPerSecond)) {
}

HttpClient::~HttpClient() = default;

QString HttpClient::redacted(const QUrl &url, const QStringList &secretQueryItems) {
    return withoutSecrets(url, secretQueryItems, true).toString();
}

QString HttpClient::cacheKey(const QUrl &url, const QStringList &secretQueryItems) {
    return QStringLiteral("GET ") + withoutSecrets(url, secretQueryItems, false).toString();
}

bool HttpClient::wait(qint64 ms) const {
    // In short slices, so a cancel is felt within 50 ms even during a long Retry-After.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        if (m_cancelled && *m_cancelled)
            return false;
        QThread::msleep(std::min<qint64>(50, ms - timer.elapsed()));
    }
    return !(m_cancelled && *m_cancelled);
}

int HttpClient::backoffMs(int attempt, const QByteArray &retryAfter) const {
    if (!retryAfter.isEmpty()) {
        bool seconds = false;
        const int value = retryAfter.trimmed().toInt(&seconds);
        if (seconds)
            return int(std::min<qint64>(qint64(value) * 1000, m_policy.maxDelayMs));
        const QDateTime at =
            QDateTime::fromString(QString::fromLatin1(retryAfter).trimmed(), Qt::RFC2822Date);
        if (at.isValid())
            return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(at), 0,
                                          m_policy.maxDelayMs));
    }
    const double base = m_policy.baseDelayMs * std::pow(2.0, attempt - 1);
    const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
    return int(std::min<double>(base * jitter, m_policy.maxDelayMs));
}

Status HttpClient::send(const HttpRequest &request, HttpResponse &response) {
    response = HttpResponse{};
    const QString shown = redacted(request.url, request.secretQueryItems);
    const QString key = cacheKey(request.url, request.secretQueryItems);
    if (request.cacheable && m_cache) {
        if (auto cached = m_cache->find(key)) {
            response.status = 200;
            response.body = *cached;
            response.fromCache = true;
            qCDebug(lcSources).noquote() << QStringLiteral("%1 %2: from the cache")
                                                .arg(QString::fromLatin1(request.method), shown);
            return Status::success();
        }
    }
    for (int attempt = 1;; ++attempt) {
        if (m_cancelled && *m_cancelled)
            return Status::cancelled(tr("cancelled"));
        if (m_policy.quota > 0 && m_sent >= m_policy.quota)
            return Status::sourceError(
                tr("%1: the request quota (%2) is used up; try again tomorrow")
                    .arg(shown)
                    .arg(m_policy.quota));
        if (!m_gate->enter(m_cancelled))
            return Status::cancelled(tr("cancelled"));
        // The slot is this request's until its answer is read, whatever path leaves.
        std::unique_ptr<RequestGate, void (*)(RequestGate *)> slot(
            m_gate.get(), [](RequestGate *gate) { gate->leave(); });
        QNetworkRequest networkRequest(request.url);
        networkRequest.setTransferTimeout(m_policy.timeoutMs);
        networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                    QNetworkRequest::NoLessSafeRedirectPolicy);
        for (const auto &[name, value] : request.headers)
            networkRequest.setRawHeader(name, value);
        ++m_sent;
        response.attempts = attempt;
        if (!request.body.isEmpty())
            networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                     QByteArrayLiteral("application/json"));
        QNetworkReply *reply =
            m_network->sendCustomRequest(networkRequest, request.method, request.body);
        QEventLoop loop;
        QTimer cancelCheck;
        QObject::connect(&cancelCheck, &QTimer::timeout, reply, [this, reply] {
            if (m_cancelled && *m_cancelled)
                reply->abort();
        });
        cancelCheck.start(50);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError error = reply->error();
        QString errorText = reply->errorString();
        response.status = status;
        response.body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed: timed out
        response.retryAfter = reply->rawHeader("Retry-After");
        // Qt can report a connection reset mid-body as a clean end: a body shorter than its
        // Content-Length is cut short (compressed bodies differ in length by design).
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        const bool cutShort = error == QNetworkReply::NoError && length.isValid() &&
                              !reply->hasRawHeader("Content-Encoding") &&
                              response.body.size() < length.toLongLong();
        reply->deleteLater();
        slot.reset();
        if (m_cancelled && *m_cancelled)
            return Status::cancelled(tr("cancelled"));

        // A transfer that broke — no answer, a timeout, a body cut short or reset — even after
        // a status line arrived. HTTP errors (content and server codes) are answers, not this.
        const bool transportFailure =
            cutShort || (error != QNetworkReply::NoError &&
                         (status == 0 || error < QNetworkReply::ContentAccessDenied ||
                          error == QNetworkReply::ProtocolFailure));
        // An unknown host stays unknown: asking five times only makes the analyst wait.
        if (error == QNetworkReply::HostNotFoundError)
            return Status::sourceError(
                tr("%1: no such host '%2' (check the address and the network)")
                    .arg(shown, request.url.host()));
        const bool again = transportFailure || retryable(status);
        qCDebug(lcSources).noquote()
            << QStringLiteral("%1 %2: %3, %4 bytes, try %5%6")
                   .arg(QString::fromLatin1(request.method), shown)
                   .arg(status)
                   .arg(response.body.size())
                   .arg(attempt)
                   .arg(transportFailure ? QStringLiteral(" (the transfer failed)") : QString());
        if (!again) {
            if (request.cacheable && m_cache && status >= 200 && status < 300 &&
                (!request.cacheIf || request.cacheIf(response.body))) {
                // An answer that cannot be kept would be asked for again on every resume.
                if (Status s = m_cache->store(key, status, response.body); !s)
                    return s;
            }
            return Status::success();
        }
        if (attempt >= m_policy.maxAttempts) {
            // The URL is shown with its secrets masked; Qt's own text can hold the raw URL.
            if (cutShort)
                errorText = tr("the answer ended after %1 of %2 bytes")
                                .arg(response.body.size())
                                .arg(length.toLongLong());
            const QString why = transportFailure ? errorText.replace(request.url.toString(), shown)
                                                 : tr("HTTP %1").arg(status);
            return Status::sourceError(
                tr("%1: %2 (gave up after %3 tries)").arg(shown, why).arg(attempt));
        }
        const int backoff = backoffMs(attempt, response.retryAfter);
        qCDebug(lcSources).noquote() << QStringLiteral("trying again in %1 ms").arg(backoff);
        if (m_retrying)
            m_retrying(attempt, m_policy.maxAttempts, backoff);
        if (!wait(backoff))
            return Status::cancelled(tr("cancelled"));
    }
}

} // namespace tl

#include "XStreamSource.h"

#include "sources/SourceRun.h"
#include "sources/x/ReconnectBackoff.h"
#include "sources/x/StreamFramer.h"
#include "sources/x/StreamMessage.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

#include <deque>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::XStreamSource", text);
}

const QString kDataset = QStringLiteral("x_tweets");
constexpr int kMaxProblems = 50; // a day-long outage must not grow the result without bound
// Resent tweets come from the minutes before a reconnect: the ids of the latest 100,000 are
// remembered (a day of the sampled stream would be millions). Older ones that come again
// replace their stored row by id, so none is ever stored twice.
constexpr std::size_t kRememberedIds = 100000;

QString problemOf(const QByteArray &body) {
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonObject first =
        root.contains(QStringLiteral("errors"))
            ? root.value(QStringLiteral("errors")).toArray().first().toObject()
            : root;
    const QString title = first.value(QStringLiteral("title")).toString();
    const QString detail = first.value(QStringLiteral("detail")).toString();
    return detail.isEmpty() || detail == title ? title : title + QStringLiteral(": ") + detail;
}

Status refusedToken(int status, const QByteArray &body) {
    return Status::sourceError(
        QCoreApplication::translate("tl::XStreamSource",
                                    "X refused the bearer token (HTTP %1: %2); check "
                                    "TRENDLENS_X_BEARER")
            .arg(status)
            .arg(problemOf(body)));
}

// One stream run: connects, reads, reconnects on X's schedule, and commits tweets in batches
// into the run until a stop (max tweets, duration, cancel) or a fatal error.
class StreamSession {
public:
    StreamSession(const XStreamOptions &options, QNetworkRequest request, SourceRun &run,
                  XStreamResult &result, const std::atomic<bool> &cancelled,
                  const XStreamSource::Progress &progress)
        : m_options(options)
        , m_request(std::move(request))
        , m_run(run)
        , m_result(result)
        , m_cancelled(cancelled)
        , m_progress(progress)
        , m_backoff(options.backoffScale) {
        m_watchdog.setSingleShot(true);
        m_reconnect.setSingleShot(true);
        m_flush.setSingleShot(true);
        QObject::connect(&m_watchdog, &QTimer::timeout, [this] { stall(); });
        QObject::connect(&m_reconnect, &QTimer::timeout, [this] { connectStream(); });
        QObject::connect(&m_flush, &QTimer::timeout, [this] { flush(); });
        QObject::connect(&m_poll, &QTimer::timeout, [this] {
            if (m_cancelled)
                stop(QStringLiteral("cancelled"));
        });
        QObject::connect(&m_deadline, &QTimer::timeout,
                         [this] { stop(QStringLiteral("duration")); });
    }

    Status run() {
        m_poll.start(50);
        if (m_options.durationS > 0)
            m_deadline.start(m_options.durationS * 1000);
        connectStream();
        m_loop.exec();
        m_poll.stop();
        m_deadline.stop();
        m_reconnect.stop();
        m_result.keepAlives = m_framer.keepAlives();
        return m_fatal;
    }

private:
    void connectStream() {
        ++m_result.connections;
        m_framer.reset();
        m_errorBody.clear();
        m_stalled = false;
        QNetworkReply *reply = m_network.get(m_request);
        m_reply = reply;
        // A reply already given up on (aborted) may still deliver: only the current one counts.
        QObject::connect(reply, &QNetworkReply::readyRead, [this, reply] {
            if (reply == m_reply)
                read();
        });
        QObject::connect(reply, &QNetworkReply::finished, [this, reply] {
            if (reply == m_reply)
                finished();
        });
        m_watchdog.start(m_options.watchdogMs);
    }

    void read() {
        m_watchdog.start(m_options.watchdogMs); // any byte, keep-alives included, is life
        const QByteArray bytes = m_reply->readAll();
        if (m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
            m_errorBody += bytes.left(64 * 1024 - m_errorBody.size());
            return;
        }
        QList<QByteArray> lines;
        if (!m_framer.feed(bytes, lines)) {
            note(QCoreApplication::translate("tl::XStreamSource",
                                             "a stream line longer than 8 MB was dropped"));
            m_reply->abort();
            return;
        }
        for (const QByteArray &line : lines) {
            if (m_stopping)
                return;
            handle(line);
        }
    }

    void handle(const QByteArray &line) {
        const StreamMessage message = StreamMessage::parse(line);
        switch (message.kind) {
        case StreamMessage::Kind::Tweet:
            m_backoff.reset(); // this connection works: the next trouble starts a new schedule
            if (m_seen.contains(message.id)) {
                ++m_result.duplicates;
                return;
            }
            m_seen.insert(message.id);
            m_seenOrder.push_back(message.id);
            if (m_seenOrder.size() > kRememberedIds) {
                m_seen.remove(m_seenOrder.front());
                m_seenOrder.pop_front();
            }
            m_pending.append(message.row);
            m_pendingIds.append(message.id);
            if (m_pending.size() >= m_options.batchSize)
                flush();
            else if (!m_flush.isActive())
                m_flush.start(m_options.batchMs);
            if (m_options.maxTweets > 0 &&
                m_result.tweets + m_pending.size() >= m_options.maxTweets)
                stop(QStringLiteral("max-tweets"));
            return;
        case StreamMessage::Kind::Disconnect:
            // The server closes after this; not waiting for it reconnects sooner.
            ++m_result.disconnects;
            note(message.problem);
            if (m_reply)
                m_reply->abort();
            return;
        case StreamMessage::Kind::Problem:
            note(message.problem);
            return;
        case StreamMessage::Kind::Malformed:
            note(QCoreApplication::translate("tl::XStreamSource",
                                             "a stream line that is not JSON was skipped: %1")
                     .arg(message.problem));
            return;
        }
    }

    void finished() {
        QNetworkReply *reply = std::exchange(m_reply, nullptr);
        reply->deleteLater();
        m_watchdog.stop();
        if (m_stopping) {
            m_loop.quit();
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200 && reply->isOpen())
            m_errorBody += reply->readAll().left(64 * 1024);
        ReconnectBackoff::Reason reason = ReconnectBackoff::Reason::Network;
        if (status == 401 || status == 403) {
            m_fatal = refusedToken(status, m_errorBody);
            stop(QString());
            return;
        }
        if (status == 429) {
            reason = ReconnectBackoff::Reason::RateLimited;
            note(QCoreApplication::translate("tl::XStreamSource", "HTTP 429: %1")
                     .arg(problemOf(m_errorBody)));
        } else if (status > 0 && status != 200) {
            reason = ReconnectBackoff::Reason::Http;
            note(QCoreApplication::translate("tl::XStreamSource", "HTTP %1: %2")
                     .arg(status)
                     .arg(problemOf(m_errorBody)));
        } else if (m_stalled) {
            note(QCoreApplication::translate("tl::XStreamSource",
                                             "no data or keep-alive for %1 s; reconnecting")
                     .arg(m_options.watchdogMs / 1000.0));
        } else if (reply->error() != QNetworkReply::NoError &&
                   reply->error() != QNetworkReply::OperationCanceledError) {
            note(reply->errorString());
        }
        m_reconnect.start(m_backoff.next(reason));
    }

    void stall() {
        ++m_result.stalls;
        m_stalled = true;
        if (m_reply)
            m_reply->abort();
    }

    void flush() {
        m_flush.stop();
        if (m_pending.isEmpty())
            return;
        if (m_options.maxTweets > 0) // a batch never stores past the target
            m_pending.resize(
                std::min<qsizetype>(m_pending.size(), m_options.maxTweets - m_result.tweets));
        m_pendingIds.resize(m_pending.size());
        // Replacing by id keeps one row per tweet across runs too (a stream resent after a
        // restart).
        Status s = m_run.write(kDataset, StreamMessage::columns(), m_pending,
                               SourceRun::Replace{QStringLiteral("id"), m_pendingIds, {}});
        if (s)
            s = m_run.checkpoint();
        m_result.tweets += s ? m_pending.size() : 0;
        m_pending.clear();
        m_pendingIds.clear();
        if (!s) {
            m_fatal = s;
            stop(QString());
            return;
        }
        if (m_progress)
            m_progress(m_result.tweets, m_options.maxTweets);
    }

    void stop(const QString &reason) {
        if (m_stopping)
            return;
        m_stopping = true;
        m_result.stopReason = reason;
        flush();
        if (m_reply)
            m_reply->abort(); // finished() ends the loop
        else
            QTimer::singleShot(0, &m_loop, &QEventLoop::quit);
    }

    void note(const QString &problem) {
        if (m_result.problems.size() < kMaxProblems)
            m_result.problems.append(problem);
    }

    const XStreamOptions &m_options;
    QNetworkRequest m_request;
    SourceRun &m_run;
    XStreamResult &m_result;
    const std::atomic<bool> &m_cancelled;
    const XStreamSource::Progress &m_progress;

    QNetworkAccessManager m_network;
    QEventLoop m_loop;
    QTimer m_watchdog, m_reconnect, m_flush, m_poll, m_deadline;
    QNetworkReply *m_reply = nullptr;
    StreamFramer m_framer;
    ReconnectBackoff m_backoff;
    QSet<QString> m_seen; // the latest ids, so a reconnect's resent tweets are not written
    std::deque<QString> m_seenOrder;
    QList<QVariantList> m_pending;
    QVariantList m_pendingIds;
    QByteArray m_errorBody;
    bool m_stalled = false;
    bool m_stopping = false;
    Status m_fatal = Status::success();
};

} // namespace

XStreamSource::XStreamSource(QString workspacePath, XStreamOptions options, QString bearer)
    : m_path(std::move(workspacePath))
    , m_options(std::move(options))
    , m_bearer(std::move(bearer)) {
}

SourceDescription XStreamSource::description() {
    using Kind = SourceParameter::Kind;
    SourceDescription d;
    d.id = QStringLiteral("x-stream");
    d.title = tr("X (Twitter) live stream");
    d.help = tr("Stores tweets from the X v2 stream into x_tweets as they arrive. The token "
                "comes from TRENDLENS_X_BEARER.");
    d.keyVariable = QStringLiteral("TRENDLENS_X_BEARER");
    d.defaultBaseUrl = XStreamOptions().baseUrl;
    d.liveDataset = [](const SourceValues &) { return QString(kDataset); };
    d.parameters = {
        {.name = QStringLiteral("filter"),
         .kind = Kind::TextList,
         .label = tr("Rules:"),
         .help = tr("A filtered-stream rule (repeatable; the account's rules are made these). "
                    "Without it, the sampled stream.")},
        {.name = QStringLiteral("max-tweets"),
         .kind = Kind::Integer,
         .label = tr("Stop after (tweets):"),
         .help = tr("Stop after N tweets (default: no limit)."),
         .initial = 1000,
         .zeroText = tr("no limit")},
        {.name = QStringLiteral("duration"),
         .kind = Kind::Integer,
         .label = tr("Stop after (seconds):"),
         .help = tr("Stop after N seconds (default: until stopped)."),
         .initial = 0,
         .zeroText = tr("until stopped")},
    };
    d.create = [](const QString &workspace, const SourceValues &values, const QString &baseUrl,
                  const QString &key, std::unique_ptr<Source> &source) {
        XStreamOptions options;
        options.rules = values.value(QStringLiteral("filter")).toStringList();
        options.rules.removeAll(QString());
        options.maxTweets = values.value(QStringLiteral("max-tweets"), 0).toInt();
        options.durationS = values.value(QStringLiteral("duration"), 0).toInt();
        if (!baseUrl.isEmpty())
            options.baseUrl = baseUrl;
        if (options.maxTweets < 0 || options.durationS < 0)
            return Status::badInput(
                tr("x-stream: [--filter RULE]... [--max-tweets N] [--duration S]"));
        source = std::make_unique<XStreamSource>(workspace, options, key);
        return Status::success();
    };
    return d;
}

Status XStreamSource::run(SourceReport &report) {
    XStreamResult result;
    const Status status = run(result);
    const QString stop = result.stopReason == QLatin1String("max-tweets") ? tr("the tweet limit")
                         : result.stopReason == QLatin1String("duration") ? tr("the time limit")
                                                                          : tr("a stop");
    report.summary = tr("%1 tweets (%2 sent twice, not stored again) over %3 connections; %4 "
                        "keep-alives; ended by %5")
                         .arg(result.tweets)
                         .arg(result.duplicates)
                         .arg(result.connections)
                         .arg(result.keepAlives)
                         .arg(stop);
    if (result.rulesAdded + result.rulesDeleted > 0)
        report.notes.append(tr("rules synced (%1 added, %2 deleted)")
                                .arg(result.rulesAdded)
                                .arg(result.rulesDeleted));
    report.notes += result.problems;
    return status;
}

Status XStreamSource::syncRules(HttpClient &client, XStreamResult &result) {
    const QUrl url(m_options.baseUrl + QStringLiteral("/2/tweets/search/stream/rules"));
    const QByteArray auth = "Bearer " + m_bearer.toUtf8();
    HttpRequest request{url, {{QByteArrayLiteral("Authorization"), auth}}, {}};
    HttpResponse response;
    if (Status s = client.send(request, response); !s)
        return s;
    if (response.status == 401 || response.status == 403)
        return refusedToken(response.status, response.body);
    if (response.status != 200)
        return Status::sourceError(
            tr("X rules: HTTP %1: %2").arg(response.status).arg(problemOf(response.body)));
    QSet<QString> wanted(m_options.rules.begin(), m_options.rules.end());
    QJsonArray obsolete;
    for (const QJsonValue &rule :
         QJsonDocument::fromJson(response.body)[QStringLiteral("data")].toArray()) {
        const QString value = rule[QStringLiteral("value")].toString();
        if (wanted.remove(value) == 0)
            obsolete.append(rule[QStringLiteral("id")]);
    }
    // Rules that are not asked for would filter tweets into this run: they go first.
    const auto change = [&](const QJsonObject &body) -> Status {
        HttpRequest post = request;
        post.method = QByteArrayLiteral("POST");
        post.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        if (Status s = client.send(post, response); !s)
            return s;
        const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
        const QJsonArray errors = answer.value(QStringLiteral("errors")).toArray();
        if (response.status != 200 && response.status != 201)
            return Status::sourceError(
                tr("X rules: HTTP %1: %2").arg(response.status).arg(problemOf(response.body)));
        if (!errors.isEmpty()) {
            const QJsonObject first = errors.first().toObject();
            QStringList details;
            for (const QJsonValue &d : first.value(QStringLiteral("details")).toArray())
                details.append(d.toString());
            return Status::badInput(
                tr("X rejected the rule \"%1\": %2")
                    .arg(first.value(QStringLiteral("value")).toString(),
                         details.isEmpty() ? problemOf(response.body) : details.join(u' ')));
        }
        return Status::success();
    };
    if (!obsolete.isEmpty()) {
        if (Status s = change(
                {{QStringLiteral("delete"), QJsonObject{{QStringLiteral("ids"), obsolete}}}});
            !s)
            return s;
        result.rulesDeleted = int(obsolete.size());
    }
    QJsonArray additions;
    for (const QString &rule : m_options.rules) {
        if (wanted.contains(rule)) // asked for and not there yet, once even if given twice
            additions.append(
                QJsonObject{{QStringLiteral("value"), rule}, {QStringLiteral("tag"), rule}});
        wanted.remove(rule);
    }
    if (!additions.isEmpty()) {
        if (Status s = change({{QStringLiteral("add"), additions}}); !s)
            return s;
        result.rulesAdded = int(additions.size());
    }
    return Status::success();
}

Status XStreamSource::run(XStreamResult &result) {
    result = XStreamResult{};
    if (m_options.maxTweets < 0 || m_options.durationS < 0)
        return Status::badInput(tr("x-stream: --max-tweets and --duration must not be negative"));
    QJsonObject params{{QStringLiteral("rules"), QJsonArray::fromStringList(m_options.rules)},
                       {QStringLiteral("max_tweets"), m_options.maxTweets},
                       {QStringLiteral("duration_s"), m_options.durationS},
                       {QStringLiteral("base_url"), m_options.baseUrl}};
    SourceRun run(m_path, QStringLiteral("x-stream"), params);
    run.setWaiting(m_waiting, &m_cancelled);
    if (Status s = run.begin(); !s)
        return s;
    if (!m_options.rules.isEmpty()) {
        HttpClient client(m_options.rulesPolicy, &m_cancelled);
        client.setRetrying(m_retrying);
        if (Status s = syncRules(client, result); !s)
            return run.fail(s);
    }
    QUrl url(m_options.baseUrl + (m_options.rules.isEmpty()
                                      ? QStringLiteral("/2/tweets/sample/stream")
                                      : QStringLiteral("/2/tweets/search/stream")));
    url.setQuery(QStringLiteral("tweet.fields=author_id,created_at,lang,public_metrics"
                                "&expansions=author_id&user.fields=username"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_bearer.toUtf8());
    StreamSession session(m_options, request, run, result, m_cancelled, m_progress);
    if (Status s = session.run(); !s) {
        if (result.tweets == 0)
            return run.fail(s);
        const QString message =
            tr("%1 (the %2 tweets before it are stored)").arg(s.message()).arg(result.tweets);
        return run.fail(s.kind() == ErrorKind::Source ? Status::sourceError(message)
                                                      : Status::internal(message));
    }
    return run.commit();
}

} // namespace tl

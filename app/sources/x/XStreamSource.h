#pragma once

#include "core/Status.h"
#include "sources/HttpClient.h"
#include "sources/Source.h"
#include "sources/SourceCatalog.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace tl {

struct XStreamOptions {
    QStringList rules; // empty: the sampled stream; else the filtered one with these rules
    int maxTweets = 0; // 0: no limit
    int durationS = 0; // 0: until cancelled
    QString baseUrl = QStringLiteral("https://api.x.com");
    int watchdogMs = 21000;    // X sends a keep-alive every 20 s: silence longer is a stall
    double backoffScale = 1.0; // tests shrink the reconnect schedule
    int batchSize = 100;       // tweets per commit…
    int batchMs = 1000;        // …or this long after the first uncommitted one
    HttpPolicy rulesPolicy{.service = QStringLiteral("x")}; // the rules endpoint's requests
};

struct XStreamResult {
    qint64 tweets = 0;     // stored
    qint64 duplicates = 0; // sent again after a reconnect, not stored twice
    qint64 keepAlives = 0;
    int connections = 0;
    int disconnects = 0; // operational disconnects
    int stalls = 0;      // watchdog expiries
    int rulesAdded = 0;
    int rulesDeleted = 0;
    QString stopReason; // "max-tweets", "duration", "cancelled"
    QStringList problems;
};

// X API v2 tweets stream into x_tweets: the sampled stream, or the filtered one after syncing
// the account's rules to --filter. The body is read as it arrives, framed on `\r\n` across
// reads; silence past the watchdog, a network error, an HTTP error or an operational
// disconnect reconnects on X's documented schedule, and a tweet sent again is not stored
// twice. Tweets are committed in small batches (a crash loses at most one), so the stored
// rows — and the charts over them — grow while the stream runs. An invalid token is fatal.
class XStreamSource : public Source {
public:
    XStreamSource(QString workspacePath, XStreamOptions options, QString bearer);

    static SourceDescription description();

    // After each committed batch: tweets stored so far, and the target (0: none).
    void setProgress(Progress progress) override { m_progress = std::move(progress); }
    // Stops the stream; what arrived is kept (a stream has no "all or nothing").
    void cancel() override { m_cancelled = true; }
    Status run(SourceReport &report) override;
    Status run(XStreamResult &result);

private:
    Status syncRules(HttpClient &client, XStreamResult &result);

    QString m_path;
    XStreamOptions m_options;
    QString m_bearer;
    Progress m_progress;
    std::atomic<bool> m_cancelled{false};
};

} // namespace tl

#pragma once

#include "core/Status.h"
#include "sources/HttpClient.h"
#include "sources/Source.h"
#include "sources/SourceCatalog.h"

#include <QDate>
#include <QJsonArray>

#include <atomic>
#include <functional>

namespace tl {

struct MapleOptions {
    QDate date;
    int pages = 0; // 0: until an empty page
    QString world; // empty: every world
    QString baseUrl = QStringLiteral("https://open.api.nexon.com");
    HttpPolicy policy = defaultPolicy();
    int notReadyRetries = 3; // OPENAPI00009 "data not ready": asked again after a pause
    int notReadyWaitMs = 5000;

    static HttpPolicy defaultPolicy();
};

struct MapleResult {
    int pages = 0;
    qint64 rows = 0;
};

// Nexon Open API, MapleStory overall ranking for one day: pages until an empty `ranking` (or
// N) into maple_ranking, a re-fetched day replacing that day. Errors come as
// {"error": {"name": "OPENAPI000xx"}}: 00005 (invalid key) is fatal, 00009 (not ready) is
// asked again after a pause, 00007 (quota, HTTP 429) is retried by the HTTP client.
class MapleRankingSource : public Source {
public:
    MapleRankingSource(QString workspacePath, MapleOptions options, QString key);

    static SourceDescription description();

    void setProgress(Progress progress) override { m_progress = std::move(progress); }
    void cancel() override { m_cancelled = true; }
    Status run(SourceReport &report) override;
    Status run(MapleResult &result);

private:
    Status fetchPage(HttpClient &client, int page, QJsonArray &ranking);

    QString m_path;
    MapleOptions m_options;
    QString m_key;
    Progress m_progress;
    std::atomic<bool> m_cancelled{false};
};

} // namespace tl

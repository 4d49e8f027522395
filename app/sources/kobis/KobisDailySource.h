#pragma once

#include "core/Status.h"
#include "sources/HttpClient.h"
#include "sources/Source.h"
#include "sources/SourceCatalog.h"

#include <QDate>
#include <QStringList>

#include <atomic>
#include <functional>

namespace tl {

class SourceRun;

struct KobisOptions {
    QDate from;
    QDate to;
    bool details = true; // fetch movie details once per movie not seen before
    QString baseUrl = QStringLiteral("https://www.kobis.or.kr/kobisopenapi/webservice/rest");
    HttpPolicy policy = defaultPolicy();

    static HttpPolicy defaultPolicy();
};

struct KobisResult {
    int days = 0;             // days stored
    QStringList notPublished; // days KOBIS answered with an empty list (yyyy-MM-dd)
    qint64 rows = 0;          // box-office rows stored
    int newMovies = 0;        // movies whose details were fetched
    qint64 requests = 0;
    qint64 fromCache = 0;
};

// KOBIS daily box office (searchDailyBoxOfficeList), one call per day, and each new movie's
// details (searchMovieInfo), normalised into kobis_boxoffice_daily, kobis_movies,
// kobis_genres, kobis_directors, kobis_companies and kobis_grades in one run: all or nothing.
// A re-fetched day replaces that day. KOBIS reports errors as HTTP 200 with `faultInfo`:
// those are fatal and nothing is stored; an empty list means "not published yet".
class KobisDailySource : public Source {
public:
    KobisDailySource(QString workspacePath, KobisOptions options, QString key);

    static SourceDescription description();

    void setProgress(Progress progress) override { m_progress = std::move(progress); }
    void cancel() override { m_cancelled = true; }
    Status run(SourceReport &report) override;
    Status run(KobisResult &result);

private:
    struct BoxOffice;
    struct Details;

    Status fetchDays(HttpClient &client, BoxOffice &out, KobisResult &result);
    Status fetchDetails(HttpClient &client, SourceRun &run, const QStringList &movies, Details &out,
                        KobisResult &result);
    Status writeDetails(SourceRun &run, Details &details);
    Status writeBoxOffice(SourceRun &run, const QList<QVariantList> &rows, const QVariantList &days,
                          KobisResult &result);
    Status fetchJson(HttpClient &client, const QString &path,
                     const QList<QPair<QString, QString>> &query, QJsonObject &root,
                     KobisResult &result);

    QString m_path;
    KobisOptions m_options;
    QString m_key;
    Progress m_progress;
    std::atomic<bool> m_cancelled{false};
};

} // namespace tl

#include "KobisDailySource.h"

#include "sources/ResponseCache.h"
#include "sources/SourceRun.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::KobisDailySource", text);
}

// KOBIS sends every number as a string ("3505419558", "-13.0", "100"); empty means unknown.
QVariant integer(const QJsonObject &o, const char *key) {
    bool ok = false;
    const qlonglong v = o.value(QLatin1String(key)).toString().trimmed().toLongLong(&ok);
    return ok ? QVariant(v) : QVariant();
}

QVariant real(const QJsonObject &o, const char *key) {
    bool ok = false;
    const double v = o.value(QLatin1String(key)).toString().trimmed().toDouble(&ok);
    return ok ? QVariant(v) : QVariant();
}

QVariant text(const QJsonObject &o, const char *key) {
    const QString v = o.value(QLatin1String(key)).toString();
    return v.isEmpty() ? QVariant() : QVariant(v);
}

// "20231219" or "2023-12-19" → "2023-12-19"
QVariant date(const QJsonObject &o, const char *key) {
    QString v = o.value(QLatin1String(key)).toString().trimmed();
    if (v.size() == 8)
        v = v.left(4) + u'-' + v.mid(4, 2) + u'-' + v.right(2);
    return QDate::fromString(v, Qt::ISODate).isValid() ? QVariant(v) : QVariant();
}

const Columns &boxOfficeColumns() {
    using T = ColumnType;
    using R = ColumnRole;
    static const Columns columns{Column::of("target_date", T::Date, R::Time),
                                 Column::of("rank", T::Integer, R::Measure),
                                 Column::of("rank_inten", T::Integer, R::Measure),
                                 Column::of("rank_old_and_new", T::Text, R::Category),
                                 Column::of("movie_cd", T::Text, R::Id),
                                 Column::of("movie_nm", T::Text, R::Category),
                                 Column::of("open_dt", T::Date, R::Time),
                                 Column::of("sales_amt", T::Integer, R::Measure),
                                 Column::of("sales_share", T::Real, R::Measure),
                                 Column::of("sales_inten", T::Integer, R::Measure),
                                 Column::of("sales_change", T::Real, R::Measure),
                                 Column::of("sales_acc", T::Integer, R::Measure),
                                 Column::of("audi_cnt", T::Integer, R::Measure),
                                 Column::of("audi_inten", T::Integer, R::Measure),
                                 Column::of("audi_change", T::Real, R::Measure),
                                 Column::of("audi_acc", T::Integer, R::Measure),
                                 Column::of("scrn_cnt", T::Integer, R::Measure),
                                 Column::of("show_cnt", T::Integer, R::Measure)};
    return columns;
}

} // namespace

HttpPolicy KobisOptions::defaultPolicy() {
    HttpPolicy policy;
    policy.quota = 3000; // KOBIS allows 3,000 calls a day per key
    policy.service = QStringLiteral("kobis");
    return policy;
}

KobisDailySource::KobisDailySource(QString workspacePath, KobisOptions options, QString key)
    : m_path(std::move(workspacePath))
    , m_options(std::move(options))
    , m_key(std::move(key)) {
}

Status KobisDailySource::fetchJson(HttpClient &client, const QString &path,
                                   const QList<QPair<QString, QString>> &query, QJsonObject &root,
                                   KobisResult &result) {
    QUrl url(m_options.baseUrl + path);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("key"), m_key);
    for (const auto &[name, value] : query)
        q.addQueryItem(name, value);
    url.setQuery(q);
    HttpRequest request{url, {}, {QStringLiteral("key")}};
    request.cacheable = true;
    request.cacheIf = [](const QByteArray &body) {
        // Faults and "not published yet" must be asked again next time.
        return !body.contains("\"faultInfo\"") && !body.contains("\"dailyBoxOfficeList\": []") &&
               !body.contains("\"dailyBoxOfficeList\":[]");
    };
    HttpResponse response;
    if (Status s = client.send(request, response); !s)
        return s;
    ++result.requests;
    result.fromCache += response.fromCache;
    const QString shown = HttpClient::redacted(url, {QStringLiteral("key")});
    if (response.status != 200)
        return Status::sourceError(tr("%1: HTTP %2").arg(shown).arg(response.status));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return Status::sourceError(
            tr("%1: not JSON (%2); the answer may be cut short").arg(shown, error.errorString()));
    root = json.object();
    if (root.contains(QStringLiteral("faultInfo"))) {
        const QJsonObject fault = root.value(QStringLiteral("faultInfo")).toObject();
        const QString code = fault.value(QStringLiteral("errorCode")).toString();
        QString message = tr("KOBIS refused %1: %2 (error %3)")
                              .arg(shown, fault.value(QStringLiteral("message")).toString(), code);
        if (code == QLatin1String("320010"))
            message += tr("; check TRENDLENS_KOBIS_KEY");
        return Status::sourceError(message);
    }
    return Status::success();
}

Status KobisDailySource::writeBoxOffice(SourceRun &run, const QList<QVariantList> &rows,
                                        const QVariantList &days, KobisResult &result) {
    if (Status s = run.write(QStringLiteral("kobis_boxoffice_daily"), boxOfficeColumns(), rows,
                             {QStringLiteral("target_date"), days, {}});
        !s)
        return s;
    result.days = int(days.size());
    result.rows = rows.size();
    return Status::success();
}

SourceDescription KobisDailySource::description() {
    using Kind = SourceParameter::Kind;
    SourceDescription d;
    d.id = QStringLiteral("kobis-daily");
    d.title = tr("KOBIS daily box office");
    d.help = tr("Fetches the KOBIS daily box office (and new movies' details) into the "
                "workspace. The key comes from TRENDLENS_KOBIS_KEY.");
    d.keyVariable = QStringLiteral("TRENDLENS_KOBIS_KEY");
    d.defaultBaseUrl = KobisOptions().baseUrl;
    d.parameters = {
        {.name = QStringLiteral("from"),
         .kind = Kind::Date,
         .label = tr("From:"),
         .help = tr("First day (YYYY-MM-DD or YYYYMMDD)."),
         .initial = -7,
         .required = true},
        {.name = QStringLiteral("to"),
         .kind = Kind::Date,
         .label = tr("To:"),
         .help = tr("Last day (default: --from)."),
         .initial = -1},
        {.name = QStringLiteral("no-details"),
         .kind = Kind::Flag,
         .label = tr("Skip each new movie's details"),
         .help = tr("Skip the movie details (one call per new movie).")},
    };
    d.create = [](const QString &workspace, const SourceValues &values, const QString &baseUrl,
                  const QString &key, std::unique_ptr<Source> &source) {
        KobisOptions options;
        options.from = values.value(QStringLiteral("from")).toDate();
        options.to = values.value(QStringLiteral("to"), options.from).toDate();
        options.details = !values.value(QStringLiteral("no-details")).toBool();
        if (!baseUrl.isEmpty())
            options.baseUrl = baseUrl;
        if (!options.from.isValid() || !options.to.isValid() || options.from > options.to)
            return Status::badInput(tr("kobis-daily: --from DATE [--to DATE], from ≤ to"));
        source = std::make_unique<KobisDailySource>(workspace, options, key);
        return Status::success();
    };
    return d;
}

Status KobisDailySource::run(SourceReport &report) {
    KobisResult result;
    const Status status = run(result);
    report.summary = tr("%1 rows over %2 days, %3 new movies (%4 requests, %5 from the cache)")
                         .arg(result.rows)
                         .arg(result.days)
                         .arg(result.newMovies)
                         .arg(result.requests)
                         .arg(result.fromCache);
    if (!result.notPublished.isEmpty())
        report.notes.append(
            tr("not published yet: %1").arg(result.notPublished.join(QStringLiteral(", "))));
    return status;
}

// What the box-office requests brought: one row per movie per day, the days that had a
// list, and the movies in the order they first appeared.
struct KobisDailySource::BoxOffice {
    QList<QVariantList> rows;
    QVariantList days;
    QStringList movies;
};

// Each new movie's details, one list per dataset.
struct KobisDailySource::Details {
    QList<QVariantList> movies, genres, directors, companies, grades;
};

Status KobisDailySource::run(KobisResult &result) {
    result = KobisResult{};
    if (!m_options.from.isValid() || !m_options.to.isValid() || m_options.from > m_options.to)
        return Status::badInput(tr("kobis-daily: --from and --to must be dates, from ≤ to"));
    const QJsonObject params{{QStringLiteral("from"), m_options.from.toString(Qt::ISODate)},
                             {QStringLiteral("to"), m_options.to.toString(Qt::ISODate)},
                             {QStringLiteral("details"), m_options.details},
                             {QStringLiteral("base_url"), m_options.baseUrl}};
    SourceRun run(m_path, QStringLiteral("kobis-daily"), params);
    run.setWaiting(m_waiting, &m_cancelled);
    if (Status s = run.begin(); !s)
        return s;
    ResponseCache cache(m_path);
    HttpClient client(m_options.policy, &m_cancelled);
    client.setRetrying(m_retrying);
    client.setCache(&cache);

    // Everything is fetched first, then written in one transaction.
    BoxOffice boxOffice;
    if (Status s = fetchDays(client, boxOffice, result); !s)
        return run.fail(s);
    Details details;
    if (m_options.details) {
        if (Status s = fetchDetails(client, run, boxOffice.movies, details, result); !s)
            return run.fail(s);
    }
    if (m_cancelled)
        return run.fail(Status::cancelled(tr("fetch cancelled; nothing was stored")));
    if (Status s = writeBoxOffice(run, boxOffice.rows, boxOffice.days, result); !s)
        return run.fail(s);
    if (m_options.details) {
        if (Status s = writeDetails(run, details); !s)
            return run.fail(s);
        result.newMovies = int(details.movies.size());
    }
    return run.commit();
}

Status KobisDailySource::fetchDays(HttpClient &client, BoxOffice &out, KobisResult &result) {
    const qint64 total = m_options.from.daysTo(m_options.to) + 1;
    for (QDate day = m_options.from; day <= m_options.to; day = day.addDays(1)) {
        QJsonObject root;
        if (Status s =
                fetchJson(client, QStringLiteral("/boxoffice/searchDailyBoxOfficeList.json"),
                          {{QStringLiteral("targetDt"), day.toString(QStringLiteral("yyyyMMdd"))}},
                          root, result);
            !s)
            return s;
        const QJsonArray list = root.value(QStringLiteral("boxOfficeResult"))
                                    .toObject()
                                    .value(QStringLiteral("dailyBoxOfficeList"))
                                    .toArray();
        if (m_progress)
            m_progress(m_options.from.daysTo(day) + 1, total);
        if (list.isEmpty()) {
            result.notPublished.append(day.toString(Qt::ISODate));
            continue; // not published yet: nothing stored, certainly not zeros
        }
        out.days.append(day.toString(Qt::ISODate));
        for (const QJsonValue &value : list) {
            const QJsonObject o = value.toObject();
            out.rows.append({day.toString(Qt::ISODate), integer(o, "rank"), integer(o, "rankInten"),
                             text(o, "rankOldAndNew"), text(o, "movieCd"), text(o, "movieNm"),
                             date(o, "openDt"), integer(o, "salesAmt"), real(o, "salesShare"),
                             integer(o, "salesInten"), real(o, "salesChange"),
                             integer(o, "salesAcc"), integer(o, "audiCnt"), integer(o, "audiInten"),
                             real(o, "audiChange"), integer(o, "audiAcc"), integer(o, "scrnCnt"),
                             integer(o, "showCnt")});
            const QString movie = o.value(QStringLiteral("movieCd")).toString();
            if (!out.movies.contains(movie))
                out.movies.append(movie);
        }
    }
    return Status::success();
}

Status KobisDailySource::fetchDetails(HttpClient &client, SourceRun &run, const QStringList &movies,
                                      Details &out, KobisResult &result) {
    const QSet<QString> known =
        run.existingValues(QStringLiteral("kobis_movies"), QStringLiteral("movie_cd"));
    for (const QString &movie : movies) {
        if (known.contains(movie))
            continue;
        QJsonObject root;
        if (Status s = fetchJson(client, QStringLiteral("/movie/searchMovieInfo.json"),
                                 {{QStringLiteral("movieCd"), movie}}, root, result);
            !s)
            return s;
        const QJsonObject info = root.value(QStringLiteral("movieInfoResult"))
                                     .toObject()
                                     .value(QStringLiteral("movieInfo"))
                                     .toObject();
        QStringList nations;
        for (const QJsonValue &n : info.value(QStringLiteral("nations")).toArray())
            nations.append(n.toObject().value(QStringLiteral("nationNm")).toString());
        out.movies.append(
            {movie, text(info, "movieNm"), text(info, "movieNmEn"), integer(info, "showTm"),
             integer(info, "prdtYear"), date(info, "openDt"), text(info, "typeNm"),
             nations.isEmpty() ? QVariant() : QVariant(nations.join(QStringLiteral(", ")))});
        for (const QJsonValue &g : info.value(QStringLiteral("genres")).toArray())
            out.genres.append({movie, g.toObject().value(QStringLiteral("genreNm")).toString()});
        for (const QJsonValue &d : info.value(QStringLiteral("directors")).toArray())
            out.directors.append(
                {movie, text(d.toObject(), "peopleNm"), text(d.toObject(), "peopleNmEn")});
        for (const QJsonValue &c : info.value(QStringLiteral("companys")).toArray())
            out.companies.append({movie, text(c.toObject(), "companyCd"),
                                  text(c.toObject(), "companyNm"),
                                  text(c.toObject(), "companyPartNm")});
        for (const QJsonValue &a : info.value(QStringLiteral("audits")).toArray())
            out.grades.append(
                {movie, text(a.toObject(), "auditNo"), text(a.toObject(), "watchGradeNm")});
    }
    return Status::success();
}

Status KobisDailySource::writeDetails(SourceRun &run, Details &details) {
    using T = ColumnType;
    using R = ColumnRole;
    const QList<std::tuple<const char *, Columns, QList<QVariantList> *>> tables{
        {"kobis_movies",
         {Column::of("movie_cd", T::Text, R::Id), Column::of("movie_nm", T::Text, R::Category),
          Column::of("movie_nm_en", T::Text, R::Text),
          Column::of("show_tm", T::Integer, R::Measure),
          Column::of("prdt_year", T::Integer, R::Time), Column::of("open_dt", T::Date, R::Time),
          Column::of("type_nm", T::Text, R::Category), Column::of("nations", T::Text, R::Category)},
         &details.movies},
        {"kobis_genres",
         {Column::of("movie_cd", T::Text, R::Id), Column::of("genre_nm", T::Text, R::Category)},
         &details.genres},
        {"kobis_directors",
         {Column::of("movie_cd", T::Text, R::Id), Column::of("people_nm", T::Text, R::Category),
          Column::of("people_nm_en", T::Text, R::Category)},
         &details.directors},
        {"kobis_companies",
         {Column::of("movie_cd", T::Text, R::Id), Column::of("company_cd", T::Text, R::Id),
          Column::of("company_nm", T::Text, R::Category),
          Column::of("company_part_nm", T::Text, R::Category)},
         &details.companies},
        {"kobis_grades",
         {Column::of("movie_cd", T::Text, R::Id), Column::of("audit_no", T::Text, R::Id),
          Column::of("watch_grade_nm", T::Text, R::Category)},
         &details.grades}};
    for (const auto &[name, columns, data] : tables) {
        if (Status s = run.write(QString::fromLatin1(name), columns, *data); !s)
            return s;
    }
    return Status::success();
}

} // namespace tl

#include "MapleRankingSource.h"

#include "sources/SourceRun.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::MapleRankingSource", text);
}

const Columns &rankingColumns() {
    using T = ColumnType;
    using R = ColumnRole;
    static const Columns columns{Column::of("date", T::Date, R::Time),
                                 Column::of("ranking", T::Integer, R::Measure),
                                 Column::of("character_name", T::Text, R::Category),
                                 Column::of("world_name", T::Text, R::Category),
                                 Column::of("class_name", T::Text, R::Category),
                                 Column::of("sub_class_name", T::Text, R::Category),
                                 Column::of("character_level", T::Integer, R::Measure),
                                 Column::of("character_exp", T::Integer, R::Measure),
                                 Column::of("character_popularity", T::Integer, R::Measure),
                                 Column::of("character_guildname", T::Text, R::Category)};
    return columns;
}

QVariant value(const QJsonObject &o, const QString &key, ColumnType type) {
    const QJsonValue v = o.value(key);
    if (v.isNull() || v.isUndefined())
        return {};
    if (type == ColumnType::Integer) // toInteger keeps all 64 bits (character_exp needs them)
        return v.isDouble() ? QVariant(v.toInteger()) : QVariant(v.toString().toLongLong());
    const QString text = v.toVariant().toString();
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

HttpPolicy MapleOptions::defaultPolicy() {
    HttpPolicy policy;
    policy.requestsPerSecond = 5; // a development key's limit, for all of this process's runs
    policy.service = QStringLiteral("nexon");
    return policy;
}

MapleRankingSource::MapleRankingSource(QString workspacePath, MapleOptions options, QString key)
    : m_path(std::move(workspacePath))
    , m_options(std::move(options))
    , m_key(std::move(key)) {
}

SourceDescription MapleRankingSource::description() {
    using Kind = SourceParameter::Kind;
    SourceDescription d;
    d.id = QStringLiteral("maple-ranking");
    d.title = tr("MapleStory overall ranking (Nexon)");
    d.help = tr("Fetches the MapleStory overall ranking of a day into maple_ranking. The key "
                "comes from TRENDLENS_NEXON_KEY.");
    d.keyVariable = QStringLiteral("TRENDLENS_NEXON_KEY");
    d.defaultBaseUrl = MapleOptions().baseUrl;
    d.parameters = {
        {.name = QStringLiteral("date"),
         .kind = Kind::Date,
         .label = tr("Day:"),
         .help = tr("The ranking's day (YYYY-MM-DD)."),
         .initial = -1,
         .required = true},
        {.name = QStringLiteral("pages"),
         .kind = Kind::Integer,
         .label = tr("Pages:"),
         .help = tr("At most N pages (default: all)."),
         .initial = 0,
         .zeroText = tr("all")},
        {.name = QStringLiteral("world"),
         .kind = Kind::Text,
         .label = tr("World:"),
         .help = tr("One world only (default: every world).")},
    };
    d.create = [](const QString &workspace, const SourceValues &values, const QString &baseUrl,
                  const QString &key, std::unique_ptr<Source> &source) {
        MapleOptions options;
        options.date = values.value(QStringLiteral("date")).toDate();
        options.pages = values.value(QStringLiteral("pages"), 0).toInt();
        options.world = values.value(QStringLiteral("world")).toString().trimmed();
        if (!baseUrl.isEmpty())
            options.baseUrl = baseUrl;
        if (!options.date.isValid() || options.pages < 0)
            return Status::badInput(tr("maple-ranking: --date DATE [--pages N] [--world NAME]"));
        source = std::make_unique<MapleRankingSource>(workspace, options, key);
        return Status::success();
    };
    return d;
}

Status MapleRankingSource::run(SourceReport &report) {
    MapleResult result;
    const Status status = run(result);
    report.summary = tr("%1 rows from %2 pages").arg(result.rows).arg(result.pages);
    return status;
}

Status MapleRankingSource::run(MapleResult &result) {
    result = MapleResult{};
    if (!m_options.date.isValid())
        return Status::badInput(tr("maple-ranking: --date must be a date"));
    QJsonObject params{{QStringLiteral("date"), m_options.date.toString(Qt::ISODate)},
                       {QStringLiteral("pages"), m_options.pages},
                       {QStringLiteral("base_url"), m_options.baseUrl}};
    if (!m_options.world.isEmpty())
        params.insert(QStringLiteral("world"), m_options.world);
    SourceRun run(m_path, QStringLiteral("maple-ranking"), params);
    run.setWaiting(m_waiting, &m_cancelled);
    if (Status s = run.begin(); !s)
        return s;
    HttpClient client(m_options.policy, &m_cancelled);
    client.setRetrying(m_retrying);
    QList<QVariantList> rows;
    for (int page = 1; m_options.pages == 0 || page <= m_options.pages; ++page) {
        QJsonArray ranking;
        if (Status s = fetchPage(client, page, ranking); !s)
            return run.fail(s);
        if (ranking.isEmpty())
            break;
        for (const QJsonValue &entry : ranking) {
            const QJsonObject o = entry.toObject();
            QVariantList row;
            for (const Column &c : rankingColumns())
                row.append(value(o, c.name, c.type));
            rows.append(row);
        }
        ++result.pages;
        if (m_progress)
            m_progress(page, m_options.pages);
        if (m_cancelled)
            return run.fail(Status::cancelled(tr("fetch cancelled; nothing was stored")));
    }
    // A day's ranking replaces that day; a world's, only that world of that day.
    SourceRun::Replace replace{QStringLiteral("date"), {m_options.date.toString(Qt::ISODate)}, {}};
    if (!m_options.world.isEmpty())
        replace.alsoEqual.append({QStringLiteral("world_name"), m_options.world});
    if (Status s = run.write(QStringLiteral("maple_ranking"), rankingColumns(), rows, replace); !s)
        return run.fail(s);
    result.rows = rows.size();
    return run.commit();
}

// One page of the ranking; a day not ready yet (OPENAPI00009) is asked for again a while later.
Status MapleRankingSource::fetchPage(HttpClient &client, int page, QJsonArray &ranking) {
    QUrl url(m_options.baseUrl + QStringLiteral("/maplestory/v1/ranking/overall"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("date"), m_options.date.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    if (!m_options.world.isEmpty())
        query.addQueryItem(QStringLiteral("world_name"), m_options.world);
    url.setQuery(query);
    const HttpRequest request{url, {{QByteArrayLiteral("x-nxopen-api-key"), m_key.toUtf8()}}, {}};
    for (int tries = 0;; ++tries) {
        HttpResponse response;
        if (Status s = client.send(request, response); !s)
            return s;
        const QJsonObject root = QJsonDocument::fromJson(response.body).object();
        const QJsonObject error = root.value(QStringLiteral("error")).toObject();
        const QString code = error.value(QStringLiteral("name")).toString();
        if (code == QLatin1String("OPENAPI00009") && tries < m_options.notReadyRetries) {
            if (!client.wait(m_options.notReadyWaitMs))
                return Status::cancelled(tr("fetch cancelled; nothing was stored"));
            continue;
        }
        if (!code.isEmpty() || response.status != 200) {
            QString message =
                tr("Nexon refused %1: %2 (%3)")
                    .arg(url.toString(), error.value(QStringLiteral("message")).toString(),
                         code.isEmpty() ? QStringLiteral("HTTP %1").arg(response.status) : code);
            if (code == QLatin1String("OPENAPI00005"))
                message += tr("; check TRENDLENS_NEXON_KEY");
            return Status::sourceError(message);
        }
        ranking = root.value(QStringLiteral("ranking")).toArray();
        return Status::success();
    }
}

} // namespace tl

#include "FetchCommand.h"

#include <map>

#include "sources/Secrets.h"
#include "sources/gmarket/GmarketBestSource.h"
#include "sources/kobis/KobisDailySource.h"
#include "sources/maple/MapleRankingSource.h"
#include "sources/rest/RestSource.h"
#include "sources/x/XStreamSource.h"

#include <csignal>

namespace tl::cli {

namespace {

QDate parseDay(const QString &text) {
    const QString t = text.trimmed();
    return t.size() == 8 ? QDate::fromString(t, QStringLiteral("yyyyMMdd"))
                         : QDate::fromString(t, Qt::ISODate);
}

int kobisDaily(CliContext &context, const QStringList &arguments) {
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("from"), QStringLiteral("First day (YYYY-MM-DD or YYYYMMDD)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Last day (default: --from)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("no-details"),
                      QStringLiteral("Skip the movie details (one call per new movie).")});
    parser.addOption({QStringLiteral("base-url"),
                      QStringLiteral("The KOBIS REST root (tests, proxies)."),
                      QStringLiteral("URL")});
    if (int code =
            context.parse(parser, arguments,
                          QStringLiteral("Fetches the KOBIS daily box office (and new movies' "
                                         "details) into the workspace. The key comes from "
                                         "TRENDLENS_KOBIS_KEY."));
        code >= 0)
        return code;
    KobisOptions options;
    options.from = parseDay(parser.value(QStringLiteral("from")));
    options.to = parser.isSet(QStringLiteral("to")) ? parseDay(parser.value(QStringLiteral("to")))
                                                    : options.from;
    options.details = !parser.isSet(QStringLiteral("no-details"));
    if (parser.isSet(QStringLiteral("base-url")))
        options.baseUrl = parser.value(QStringLiteral("base-url"));
    if (!options.from.isValid() || !options.to.isValid() || options.from > options.to) {
        context.err << "trendlens fetch kobis-daily: --from DATE [--to DATE], from ≤ to\n";
        return 2;
    }
    QString key;
    if (Status s =
            Secrets::fromEnvironment("TRENDLENS_KOBIS_KEY", QStringLiteral("kobis-daily"), key);
        !s)
        return context.fail(s);
    KobisDailySource source(CliContext::workspacePath(parser), options, key);
    if (CliContext::stderrIsTerminal())
        source.setProgress([&context](qint64 done, qint64 total) {
            context.err << QStringLiteral("\rkobis-daily: day %1 of %2").arg(done).arg(total);
            context.err.flush();
        });
    KobisResult result;
    const Status status = source.run(result);
    if (CliContext::stderrIsTerminal())
        context.err << "\n";
    if (!status)
        return context.fail(status);
    context.out << QStringLiteral("kobis-daily: %1 rows over %2 days, %3 new movies (%4 requests, "
                                  "%5 from the cache)\n")
                       .arg(result.rows)
                       .arg(result.days)
                       .arg(result.newMovies)
                       .arg(result.requests)
                       .arg(result.fromCache);
    if (!result.notPublished.isEmpty())
        context.err << QStringLiteral("kobis-daily: not published yet: %1\n")
                           .arg(result.notPublished.join(QStringLiteral(", ")));
    return 0;
}

int mapleRanking(CliContext &context, const QStringList &arguments) {
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("date"), QStringLiteral("The ranking's day (YYYY-MM-DD)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("pages"), QStringLiteral("At most N pages (default: all)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption(
        {QStringLiteral("world"), QStringLiteral("One world only."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("base-url"),
                      QStringLiteral("The Nexon API root (tests, proxies)."),
                      QStringLiteral("URL")});
    if (int code = context.parse(parser, arguments,
                                 QStringLiteral("Fetches the MapleStory overall ranking of a day "
                                                "into maple_ranking. The key comes from "
                                                "TRENDLENS_NEXON_KEY."));
        code >= 0)
        return code;
    MapleOptions options;
    options.date = parseDay(parser.value(QStringLiteral("date")));
    options.pages = parser.value(QStringLiteral("pages")).toInt();
    options.world = parser.value(QStringLiteral("world"));
    if (parser.isSet(QStringLiteral("base-url")))
        options.baseUrl = parser.value(QStringLiteral("base-url"));
    if (!options.date.isValid() || options.pages < 0) {
        context.err << "trendlens fetch maple-ranking: --date DATE [--pages N] [--world NAME]\n";
        return 2;
    }
    QString key;
    if (Status s =
            Secrets::fromEnvironment("TRENDLENS_NEXON_KEY", QStringLiteral("maple-ranking"), key);
        !s)
        return context.fail(s);
    MapleRankingSource source(CliContext::workspacePath(parser), options, key);
    MapleResult result;
    if (Status s = source.run(result); !s)
        return context.fail(s);
    context.out << QStringLiteral("maple-ranking: %1 rows from %2 pages\n")
                       .arg(result.rows)
                       .arg(result.pages);
    return 0;
}

int gmarketBest(CliContext &context, const QStringList &arguments) {
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("category"),
                      QStringLiteral("A category code (repeatable; "
                                     "default: every one in the recipe)."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("recipe"),
                      QStringLiteral("A selector recipe (JSON) to use instead "
                                     "of the shipped one."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("base-url"),
                      QStringLiteral("The site's root (tests, proxies)."), QStringLiteral("URL")});
    if (int code = context.parse(parser, arguments,
                                 QStringLiteral("Stores one snapshot of the Gmarket best-100 pages "
                                                "into gmarket_best."));
        code >= 0)
        return code;
    GmarketOptions options;
    options.categories = parser.values(QStringLiteral("category"));
    options.recipePath = parser.value(QStringLiteral("recipe"));
    if (parser.isSet(QStringLiteral("base-url")))
        options.baseUrl = parser.value(QStringLiteral("base-url"));
    GmarketBestSource source(CliContext::workspacePath(parser), options);
    GmarketResult result;
    if (Status s = source.run(result); !s)
        return context.fail(s);
    context.out << QStringLiteral("gmarket-best: %1 items from %2 pages\n")
                       .arg(result.rows)
                       .arg(result.pages);
    return 0;
}

int rest(CliContext &context, const QStringList &arguments) {
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption(
        {QStringLiteral("url"), QStringLiteral("The JSON API address."), QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("records"),
         QStringLiteral(
             "Where the records are: results, data.items (default: the top-level array)."),
         QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("dataset"),
                      QStringLiteral("The dataset to add the records to."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("header"),
         QStringLiteral("A request header, \"Name: value\"; ${VAR} takes a value from the "
                        "environment (repeatable)."),
         QStringLiteral("HEADER")});
    parser.addOption({QStringLiteral("page-param"),
                      QStringLiteral("The query parameter that pages."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("pages"),
                      QStringLiteral("Pages to fetch (stops at an empty one)."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("recipe"),
                      QStringLiteral("All of the above from a JSON recipe."),
                      QStringLiteral("FILE")});
    if (int code = context.parse(parser, arguments,
                                 QStringLiteral("Adds the records of any JSON API to a dataset, "
                                                "flattened like a JSON import."));
        code >= 0)
        return code;
    RestOptions options;
    if (parser.isSet(QStringLiteral("recipe"))) {
        if (Status s = RestOptions::fromRecipe(parser.value(QStringLiteral("recipe")), options); !s)
            return context.fail(s);
    }
    if (parser.isSet(QStringLiteral("url")))
        options.url = parser.value(QStringLiteral("url"));
    if (parser.isSet(QStringLiteral("records")))
        options.recordsPath = parser.value(QStringLiteral("records"));
    if (parser.isSet(QStringLiteral("dataset")))
        options.dataset = parser.value(QStringLiteral("dataset"));
    options.headers += parser.values(QStringLiteral("header"));
    if (parser.isSet(QStringLiteral("page-param")))
        options.pageParam = parser.value(QStringLiteral("page-param"));
    if (parser.isSet(QStringLiteral("pages")))
        options.pages = parser.value(QStringLiteral("pages")).toInt();
    if (options.url.isEmpty() || options.dataset.isEmpty()) {
        context.err << "trendlens fetch rest: --url URL --dataset NAME [--records PATH], or "
                       "--recipe FILE\n";
        return 2;
    }
    RestSource source(CliContext::workspacePath(parser), options);
    RestResult result;
    if (Status s = source.run(result); !s)
        return context.fail(s);
    context.out << QStringLiteral("rest: %1 records from %2 pages into %3\n")
                       .arg(result.rows)
                       .arg(result.pages)
                       .arg(options.dataset);
    return 0;
}

// Ctrl+C (or cron's TERM) ends a stream the way --duration does: the last batch is stored.
std::atomic<XStreamSource *> g_stream{nullptr};

extern "C" void stopStream(int) {
    if (XStreamSource *source = g_stream.load())
        source->cancel();
}

int xStream(CliContext &context, const QStringList &arguments) {
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("filter"),
                      QStringLiteral("A filtered-stream rule (repeatable; the account's rules "
                                     "are made these). Without it, the sampled stream."),
                      QStringLiteral("RULE")});
    parser.addOption({QStringLiteral("max-tweets"),
                      QStringLiteral("Stop after N tweets (default: no limit)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("duration"),
                      QStringLiteral("Stop after S seconds (default: until Ctrl+C)."),
                      QStringLiteral("S"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("base-url"),
                      QStringLiteral("The X API root (tests, proxies)."), QStringLiteral("URL")});
    if (int code = context.parse(parser, arguments,
                                 QStringLiteral("Stores tweets from the X v2 stream into x_tweets "
                                                "as they arrive. The token comes from "
                                                "TRENDLENS_X_BEARER."));
        code >= 0)
        return code;
    XStreamOptions options;
    options.rules = parser.values(QStringLiteral("filter"));
    bool maxOk = false, durationOk = false;
    options.maxTweets = parser.value(QStringLiteral("max-tweets")).toInt(&maxOk);
    options.durationS = parser.value(QStringLiteral("duration")).toInt(&durationOk);
    if (parser.isSet(QStringLiteral("base-url")))
        options.baseUrl = parser.value(QStringLiteral("base-url"));
    if (!maxOk || !durationOk || options.maxTweets < 0 || options.durationS < 0) {
        context.err << "trendlens fetch x-stream: [--filter RULE]... [--max-tweets N] "
                       "[--duration S]\n";
        return 2;
    }
    QString bearer;
    if (Status s =
            Secrets::fromEnvironment("TRENDLENS_X_BEARER", QStringLiteral("x-stream"), bearer);
        !s)
        return context.fail(s);
    XStreamSource source(CliContext::workspacePath(parser), options, bearer);
    if (CliContext::stderrIsTerminal())
        source.setProgress([&context](qint64 stored, qint64) {
            context.err << QStringLiteral("\rx-stream: %1 tweets").arg(stored);
            context.err.flush();
        });
    g_stream = &source;
    const auto previousInt = std::signal(SIGINT, stopStream);
    const auto previousTerm = std::signal(SIGTERM, stopStream);
    XStreamResult result;
    const Status status = source.run(result);
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    g_stream = nullptr;
    if (CliContext::stderrIsTerminal())
        context.err << "\n";
    for (const QString &problem : std::as_const(result.problems))
        context.err << QStringLiteral("x-stream: %1\n").arg(problem);
    if (!status)
        return context.fail(status);
    context.out << QStringLiteral("x-stream: %1 tweets (%2 sent twice, not stored again) over %3 "
                                  "connections; %4 keep-alives; stopped by %5\n")
                       .arg(result.tweets)
                       .arg(result.duplicates)
                       .arg(result.connections)
                       .arg(result.keepAlives)
                       .arg(result.stopReason);
    if (result.rulesAdded + result.rulesDeleted > 0)
        context.out << QStringLiteral("x-stream: rules synced (%1 added, %2 deleted)\n")
                           .arg(result.rulesAdded)
                           .arg(result.rulesDeleted);
    return 0;
}

} // namespace

int fetchCommand(CliContext &context, const QStringList &arguments) {
    using Fetch = int (*)(CliContext &, const QStringList &);
    static const std::map<QString, Fetch> sources{{QStringLiteral("kobis-daily"), kobisDaily},
                                                  {QStringLiteral("maple-ranking"), mapleRanking},
                                                  {QStringLiteral("gmarket-best"), gmarketBest},
                                                  {QStringLiteral("rest"), rest},
                                                  {QStringLiteral("x-stream"), xStream}};
    const QString source = arguments.value(1);
    if (const auto it = sources.find(source); it != sources.end()) {
        QStringList sourceArguments = arguments.mid(1);
        sourceArguments[0] = QStringLiteral("trendlens fetch ") + source;
        return it->second(context, sourceArguments);
    }
    context.err
        << "usage: trendlens fetch SOURCE [-w W] [--base-url URL] [options]\n"
           "sources: kobis-daily --from DATE [--to DATE] [--no-details]\n"
           "         maple-ranking --date DATE [--pages N] [--world NAME]\n"
           "         x-stream [--filter RULE]... [--max-tweets N] [--duration S]\n"
           "         gmarket-best [--category CODE]... [--recipe FILE]\n"
           "         rest --url URL --dataset NAME [--records PATH] [--header \"K: V\"]...\n"
           "              [--page-param P --pages N] | rest --recipe FILE\n";
    return source.isEmpty() || source == QLatin1String("--help") ? 0 : 2;
}

} // namespace tl::cli

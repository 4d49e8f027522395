#include "Cli.h"

#include "cli/CliContext.h"
#include "cli/DataCommands.h"
#include "cli/DemoCommand.h"
#include "cli/FetchCommand.h"
#include "cli/ImportCommand.h"
#include "cli/PublishCommand.h"
#include "cli/ScheduleCommand.h"
#include "cli/ScoreCommand.h"

#include <QFileInfo>

#include <functional>
#include <map>

namespace tl::cli {

namespace {

using Command = std::function<int(CliContext &, const QStringList &)>;

const std::map<QString, Command> &commands() {
    static const std::map<QString, Command> table{
        {QStringLiteral("import"), importCommand},
        {QStringLiteral("datasets"), datasetsCommand},
        {QStringLiteral("sql"), sqlCommand},
        {QStringLiteral("export"), exportCommand},
        {QStringLiteral("demo"), demoCommand},
        {QStringLiteral("fetch"), fetchCommand},
        {QStringLiteral("score"), scoreCommand},
        {QStringLiteral("schedule"), scheduleCommand},
        {QStringLiteral("runs"), runsCommand},
        {QStringLiteral("health"), healthCommand},
        {QStringLiteral("publish"), publishCommand},
        {QStringLiteral("connection"), connectionCommand},
    };
    return table;
}

const char *kUsage =
    "usage: trendlens [WORKSPACE]                 the desktop app\n"
    "       trendlens import FILE... [-w W] [--dataset NAME] [--format auto|csv|tsv|json|ndjson]\n"
    "                 [--encoding auto|NAME] [--delimiter auto|CHAR] [--header auto|yes|no]\n"
    "                 [--on-error abort|skip] [--mode create|append|replace]\n"
    "       trendlens datasets [-w W] [--db NAME|URL] [--json]\n"
    "       trendlens sql [-w W] [--db NAME|URL] \"SELECT ...\"   read-only; CSV on stdout\n"
    "       trendlens export DATASET --out FILE.csv [-w W] [--encoding UTF-8|CP949]\n"
    "       trendlens export DATASET --partition-by COLUMN:hour|day|10-day|month|year --out DIR\n"
    "                 [--format csv|ndjson] [--gzip] [--since TIME|last] [--time-zone ZONE]\n"
    "       trendlens fetch kobis-daily --from D [--to D] [--no-details] [-w W] [--base-url URL]\n"
    "       trendlens fetch maple-ranking --date D [--pages N] [--world NAME] [-w W] [--base-url "
    "URL]\n"
    "       trendlens fetch gmarket-best | rest | x-stream ...   (trendlens fetch --help)\n"
    "       trendlens score DATASET --column COL [--into NAME] [--scorer "
    "lexicon|dictionary|command]\n"
    "                 [--lang ko|en|auto] [--command \"...\"] [--rescore] [--timeout S] [-w W]\n"
    "       trendlens chart SPEC.json --out FILE.png|svg|pdf|csv [-w W] [--size WxH]\n"
    "                 [--db NAME|URL]\n"
    "       trendlens publish DATASET... --to NAME|URL [--table SCHEMA.NAME] [--since-run]\n"
    "                 [--mode create|append|replace|upsert] [--key COL]...\n"
    "       trendlens connection add NAME "
    "postgresql://USER@HOST:PORT/DB|clickhouse://USER@HOST:HTTP_PORT/DB [--password-stdin]\n"
    "       trendlens connection list [--json] | remove NAME | test NAME\n"
    "       trendlens schedule add NAME --every 30m|1h|1d [--at HH:MM] [-w W] -- fetch ...\n"
    "       trendlens schedule list [--json] | remove NAME | pause NAME | resume NAME | run NAME\n"
    "       trendlens schedule run-due [--now ISO-TIME] | install --systemd|--cron\n"
    "       trendlens runs [--since T] [--schedule NAME] [--json] [-w W]\n"
    "       trendlens health [-w W]               exit 1 when a schedule failed or is overdue\n"
    "       trendlens demo [-w W]                 builds the synthetic demo workspace\n"
    "       trendlens --version\n"
    "Each subcommand takes --help. Exit codes: 0 done, 2 bad input or usage (nothing written),\n"
    "3 source or network failure, 1 anything else.\n";

bool isVersion(const QString &word) {
    return word == QLatin1String("--version") || word == QLatin1String("-v");
}

} // namespace

bool looksLikeSubcommand(const QString &word) {
    // A word with no path in it that names no file: a mistyped subcommand, not a workspace.
    return !word.isEmpty() && !word.startsWith(u'-') && !word.contains(u'/') &&
           !word.contains(u'.') && !QFileInfo::exists(word);
}

bool isSubcommand(const QString &word) {
    return commands().count(word) > 0 || word == QLatin1String("help") ||
           word == QLatin1String("--help") || word == QLatin1String("-h") || isVersion(word);
}

int run(const QStringList &arguments) {
    CliContext context;
    const QString name = arguments.value(1);
    // Headless, so that packaging checks and scripts can ask without a display.
    if (isVersion(name)) {
        context.out << "trendlens " << TRENDLENS_VERSION << "\n";
        return 0;
    }
    const auto it = commands().find(name);
    if (it == commands().end()) {
        const bool help = name == QLatin1String("help") || name == QLatin1String("--help") ||
                          name == QLatin1String("-h");
        if (!help && !name.isEmpty())
            context.err << "trendlens: unknown subcommand '" << name << "'\n";
        (help ? context.out : context.err) << kUsage;
        return help ? 0 : 2;
    }
    QStringList rest = arguments.mid(1);
    rest[0] = QStringLiteral("trendlens ") + name;
    return it->second(context, rest);
}

} // namespace tl::cli

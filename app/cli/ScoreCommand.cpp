#include "ScoreCommand.h"

#include "cli/ProgressLine.h"
#include "cli/StopOnSignal.h"
#include "text/ScoreJob.h"

#include <QCommandLineParser>

namespace tl::cli {

namespace {

const char *kDescription =
    "Scores a text column into a score column of the same dataset.\n"
    "Only rows without a score are scored (a re-run after a fetch scores the new rows);\n"
    "--rescore scores every row again. Scores are committed every second, so Ctrl+C or a\n"
    "crash keeps what is done and the next run goes on from there.\n"
    "Scorers: lexicon    sentiment in [-1, 1] from the ko/en polarity lexicons\n"
    "         dictionary 1 when the text is a word of the hunspell dictionary, else 0\n"
    "         command    your own model: NDJSON {\"id\", \"text\"} on its stdin,\n"
    "                    {\"id\", \"score\"[, \"label\"]} per line on its stdout";

} // namespace

int scoreCommand(CliContext &context, const QStringList &arguments) {
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("DATASET"), QStringLiteral("The dataset."));
    parser.addOption({QStringLiteral("column"), QStringLiteral("The text column to score."),
                      QStringLiteral("COL")});
    parser.addOption({QStringLiteral("into"),
                      QStringLiteral("The score column (default: COL_score)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("scorer"),
                      QStringLiteral("lexicon, dictionary or command (default: lexicon)."),
                      QStringLiteral("KIND"), QStringLiteral("lexicon")});
    parser.addOption({QStringLiteral("lang"),
                      QStringLiteral("ko, en or auto (by script; default)."),
                      QStringLiteral("LANG"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("command"),
                      QStringLiteral("The command scorer's command line."),
                      QStringLiteral("\"PROGRAM ARGS\"")});
    parser.addOption({QStringLiteral("rescore"),
                      QStringLiteral("Score every row again (another scorer, a new model).")});
    parser.addOption({QStringLiteral("timeout"),
                      QStringLiteral("Seconds the command scorer may be silent (default: 300)."),
                      QStringLiteral("S"), QStringLiteral("300")});
    if (int code = context.parse(parser, arguments, QString::fromLatin1(kDescription)); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(QStringLiteral("column"))) {
        context.err << "usage: trendlens score DATASET --column COL [--into NAME] "
                       "[--scorer lexicon|dictionary|command] [--lang ko|en|auto] "
                       "[--command \"...\"] [--rescore] [--timeout S] [-w W]\n";
        return 2;
    }
    ScoreOptions options;
    options.dataset = positional.first();
    options.column = parser.value(QStringLiteral("column"));
    options.into = parser.value(QStringLiteral("into"));
    options.scorer = parser.value(QStringLiteral("scorer"));
    options.language = parser.value(QStringLiteral("lang"));
    options.command = parser.value(QStringLiteral("command"));
    options.rescore = parser.isSet(QStringLiteral("rescore"));
    bool ok = false;
    options.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || options.timeoutSeconds <= 0) {
        context.err << "trendlens: --timeout takes a number of seconds above 0\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("command")) && options.scorer != QLatin1String("command")) {
        context.err << "trendlens: --command goes with --scorer command\n";
        return 2;
    }

    ScoreJob job(CliContext::workspacePath(parser), options);
    job.setWaiting([&context] {
        context.err << "trendlens: waiting for another import or fetch to finish writing …\n";
        context.err.flush();
    });
    ProgressLine progress(context.err);
    if (progress.shown()) {
        job.setProgress([&progress](qint64 done, qint64 total) {
            progress.draw(QStringLiteral("scoring: %1 of %2 rows").arg(done).arg(total));
        });
    }
    ScoreResult result;
    Status status;
    {
        const StopOnSignal stop(&job, [](void *j) { static_cast<ScoreJob *>(j)->cancel(); });
        status = job.run(result);
    }
    progress.erase();
    if (!status)
        return context.fail(status);
    context.out << QStringLiteral("scored %1 rows of '%2' into '%3' with %4 in %5 s")
                       .arg(result.scored)
                       .arg(options.dataset, result.provenance.column, result.provenance.scorer)
                       .arg(progress.seconds(), 0, 'f', 2);
    if (!result.labelColumn.isEmpty())
        context.out << QStringLiteral(", labels in '%1'").arg(result.labelColumn);
    context.out << "\n";
    return 0;
}

} // namespace tl::cli

#include "ImportCommand.h"

#include "cli/ProgressLine.h"
#include "cli/StopOnSignal.h"
#include "ingest/FollowImport.h"
#include "ingest/ImportJob.h"
#include "store/Workspace.h"

namespace tl::cli {

namespace {

Status optionsFrom(const QCommandLineParser &parser, ImportOptions &options) {
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("auto")) {
        options.sniff.format = fileFormatFromString(format);
        if (!options.sniff.format)
            return Status::badInput(
                QStringLiteral("--format: expected auto, csv, tsv, json or ndjson, got '%1'")
                    .arg(format));
        if (format == QLatin1String("tsv") && !parser.isSet(QStringLiteral("delimiter")))
            options.sniff.delimiter = '\t';
    }
    const QString encoding = parser.value(QStringLiteral("encoding"));
    if (encoding != QLatin1String("auto"))
        options.sniff.encoding = encoding;
    const QString delimiter = parser.value(QStringLiteral("delimiter"));
    if (delimiter != QLatin1String("auto")) {
        const QString d = delimiter == QLatin1String("\\t") || delimiter == QLatin1String("tab")
                              ? QStringLiteral("\t")
                              : delimiter;
        if (d.size() != 1 || d[0].unicode() > 0x7F || d[0] == u'"' || d[0] == u'\n' ||
            d[0] == u'\r')
            return Status::badInput(
                QStringLiteral("--delimiter: expected one ASCII character, got '%1'")
                    .arg(delimiter));
        options.sniff.delimiter = d[0].toLatin1();
    }
    const QString header = parser.value(QStringLiteral("header"));
    if (header == QLatin1String("yes"))
        options.sniff.hasHeader = true;
    else if (header == QLatin1String("no"))
        options.sniff.hasHeader = false;
    else if (header != QLatin1String("auto"))
        return Status::badInput(
            QStringLiteral("--header: expected auto, yes or no, got '%1'").arg(header));
    const QString onError = parser.value(QStringLiteral("on-error"));
    if (onError == QLatin1String("skip"))
        options.onError = OnError::Skip;
    else if (onError != QLatin1String("abort"))
        return Status::badInput(
            QStringLiteral("--on-error: expected abort or skip, got '%1'").arg(onError));
    const QString mode = parser.value(QStringLiteral("mode"));
    if (mode == QLatin1String("append"))
        options.mode = ImportMode::Append;
    else if (mode == QLatin1String("replace"))
        options.mode = ImportMode::Replace;
    else if (mode != QLatin1String("create"))
        return Status::badInput(
            QStringLiteral("--mode: expected create, append or replace, got '%1'").arg(mode));
    options.dataset = parser.value(QStringLiteral("dataset"));
    return Status::success();
}

// import - --follow, import FILE --follow: records as they arrive, until the input ends or
// Ctrl+C, which commits what arrived.
int follow(CliContext &context, const QCommandLineParser &parser, const ImportOptions &imported) {
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        context.err << "trendlens import: --follow reads one FILE, or - for standard input\n";
        return 2;
    }
    FollowOptions options;
    options.input = files.front();
    options.dataset = imported.dataset.isEmpty() && options.input != QLatin1String("-")
                          ? datasetNameForFile(options.input)
                          : imported.dataset;
    if (options.dataset.isEmpty()) {
        context.err << "trendlens import: following standard input needs --dataset NAME\n";
        return 2;
    }
    options.format = imported.sniff.format.value_or(
        options.input.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? FileFormat::Csv
                                                                           : FileFormat::Ndjson);
    options.onError = imported.onError;
    std::unique_ptr<Workspace> workspace;
    if (Status s = Workspace::open(CliContext::workspacePath(parser), workspace); !s)
        return context.fail(s);
    const QString path = workspace->path();
    workspace.reset();
    FollowImport job(path, options);
    ProgressLine progress(context.err);
    if (progress.shown())
        job.setProgress([&progress, &options](qint64 rows) {
            progress.draw(QStringLiteral("following %1: %2 rows (Ctrl+C stops)")
                              .arg(options.input == QLatin1String("-") ? QStringLiteral("stdin")
                                                                       : options.input)
                              .arg(rows));
        });
    FollowResult result;
    Status status;
    {
        const StopOnSignal stop(&job, [](void *j) { static_cast<FollowImport *>(j)->stop(); });
        status = job.run(result);
    }
    progress.erase();
    if (!status)
        return context.fail(status);
    context.out << QStringLiteral("imported %1 rows into '%2' in %3 batches\n")
                       .arg(result.rows)
                       .arg(options.dataset)
                       .arg(result.batches);
    if (result.skipped > 0 || !result.problems.isEmpty()) {
        context.err << QStringLiteral("skipped %1 records; first problems:\n").arg(result.skipped);
        for (const QString &problem : std::as_const(result.problems))
            context.err << "  " << problem << "\n";
    }
    return 0;
}

} // namespace

int importCommand(CliContext &context, const QStringList &arguments) {
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("CSV, TSV, JSON or NDJSON files."),
                                 QStringLiteral("FILE..."));
    parser.addOption({QStringLiteral("dataset"),
                      QStringLiteral("Dataset to import into (default: the first file's name). "
                                     "Several files all go into it."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("auto, csv, tsv, json or ndjson."),
                      QStringLiteral("FORMAT"), QStringLiteral("auto")});
    parser.addOption(
        {QStringLiteral("encoding"),
         QStringLiteral("auto, or an encoding name (UTF-8, CP949, EUC-KR, UTF-16LE, …)."),
         QStringLiteral("NAME"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("delimiter"),
                      QStringLiteral("auto, or one character (tab: \\t)."), QStringLiteral("CHAR"),
                      QStringLiteral("auto")});
    parser.addOption({QStringLiteral("header"),
                      QStringLiteral("Whether the first row names the columns: auto, yes, no."),
                      QStringLiteral("WHEN"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("on-error"),
                      QStringLiteral("abort: a bad record stops the import and nothing is written; "
                                     "skip: import the good records and report the others."),
                      QStringLiteral("WHAT"), QStringLiteral("abort")});
    parser.addOption(
        {QStringLiteral("mode"),
         QStringLiteral("When the dataset exists: create (refuse), append or replace."),
         QStringLiteral("MODE"), QStringLiteral("create")});
    parser.addOption({QStringLiteral("follow"),
                      QStringLiteral("Keep reading as records arrive (FILE like tail -F, or - for "
                                     "standard input), committing every second or 1,000 "
                                     "records; Ctrl+C keeps what arrived.")});
    if (int code =
            context.parse(parser, arguments,
                          QStringLiteral("Imports files into a dataset of the workspace, in one "
                                         "transaction: all of it or nothing."));
        code >= 0)
        return code;
    if (parser.positionalArguments().isEmpty()) {
        context.err << "trendlens import: no FILE given (see trendlens import --help)\n";
        return 2;
    }
    ImportOptions options;
    if (Status s = optionsFrom(parser, options); !s)
        return context.fail(s);
    if (parser.isSet(QStringLiteral("follow")))
        return follow(context, parser, options);
    options.files = parser.positionalArguments();

    std::unique_ptr<Workspace> workspace;
    if (Status s = Workspace::open(CliContext::workspacePath(parser), workspace); !s)
        return context.fail(s);
    const QString path = workspace->path();
    workspace.reset(); // the import writes through its own connection, alone on the file

    ImportJob job(path, options);
    job.setWaiting([&context, &path] {
        context.err << QStringLiteral("trendlens: waiting for another import or fetch to finish "
                                      "writing to %1 …\n")
                           .arg(path);
        context.err.flush();
    });
    ProgressLine progress(context.err);
    if (progress.shown()) {
        job.setProgress([&progress](qint64 done, qint64 total) {
            progress.draw(QStringLiteral("importing: %1 of %2 MB (%3%)")
                              .arg(double(done) / (1 << 20), 0, 'f', 1)
                              .arg(double(total) / (1 << 20), 0, 'f', 1)
                              .arg(total > 0 ? 100 * done / total : 100));
        });
    }
    ImportResult result;
    const Status status = job.run(result);
    progress.erase();
    if (!status)
        return context.fail(status);
    context.out << QStringLiteral("imported %1 rows into '%2' (%3 columns) in %4 s\n")
                       .arg(result.rows)
                       .arg(result.dataset)
                       .arg(result.columns.size())
                       .arg(progress.seconds(), 0, 'f', 2);
    if (result.skipped > 0 || !result.problems.isEmpty()) {
        context.err << QStringLiteral("skipped %1 records; first problems:\n").arg(result.skipped);
        for (const QString &problem : result.problems)
            context.err << "  " << problem << "\n";
    }
    return 0;
}

} // namespace tl::cli

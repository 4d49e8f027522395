#include "DataCommands.h"

#include "engine/Engine.h"
#include "export/CsvWriter.h"
#include "export/ExportJob.h"
#include "export/PartitionedExport.h"
#include "store/ScoreColumns.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tl::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::cli", text);
}

} // namespace

int datasetsCommand(CliContext &context, const QStringList &arguments) {
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the catalog as JSON.")});
    CliContext::addServerOption(parser, QStringLiteral("List this server's tables instead"));
    if (int code =
            context.parse(parser, arguments, QStringLiteral("Lists the workspace's datasets."));
        code >= 0)
        return code;
    const auto engine = CliContext::engine(parser);
    if (!engine)
        return context.fail(engine.status());
    const auto listed = engine.value()->datasets();
    if (!listed)
        return context.fail(listed.status());
    const QList<DatasetInfo> &datasets = *listed;
    // Score columns are the workspace's own; a server's tables have none.
    std::unique_ptr<Workspace> workspace;
    if (!parser.isSet(QStringLiteral("db")))
        if (Status s = Workspace::openExisting(CliContext::workspacePath(parser), workspace); !s)
            return context.fail(s);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const DatasetInfo &d : datasets) {
            const auto scores = workspace
                                    ? ScoreColumns(workspace->database()).of(d.id)
                                    : Result<QList<ScoreProvenance>>(QList<ScoreProvenance>());
            if (!scores)
                return context.fail(scores.status());
            QJsonArray columns;
            for (const Column &c : d.columns) {
                QJsonObject column{{QStringLiteral("name"), c.name},
                                   {QStringLiteral("type"), typeName(c.type)},
                                   {QStringLiteral("role"), roleName(c.role)}};
                for (const ScoreProvenance &p : *scores) {
                    if (p.column != c.name)
                        continue;
                    column.insert(QStringLiteral("scored_by"),
                                  QJsonObject{{QStringLiteral("scorer"), p.scorer},
                                              {QStringLiteral("version"), p.version},
                                              {QStringLiteral("command"), p.command},
                                              {QStringLiteral("language"), p.language},
                                              {QStringLiteral("text_column"), p.sourceColumn},
                                              {QStringLiteral("label_column"), p.labelColumn},
                                              {QStringLiteral("scored_at"),
                                               p.scoredAt.toString(Qt::ISODate)}});
                }
                columns.append(column);
            }
            array.append(
                QJsonObject{{QStringLiteral("name"), d.name},
                            {QStringLiteral("table"), d.tableName},
                            {QStringLiteral("rows"), d.rowCount},
                            {QStringLiteral("source"), d.sourceKind},
                            {QStringLiteral("params"), d.sourceParams},
                            {QStringLiteral("created_at"), d.createdAt.toString(Qt::ISODate)},
                            {QStringLiteral("updated_at"), d.updatedAt.toString(Qt::ISODate)},
                            {QStringLiteral("columns"), columns}});
        }
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (datasets.isEmpty()) {
        context.out << "no datasets in " << engine.value()->display() << "\n";
        return 0;
    }
    int nameWidth = 24, sourceWidth = 8;
    for (const DatasetInfo &d : datasets) {
        nameWidth = std::max(nameWidth, int(d.name.size()));
        sourceWidth = std::max(sourceWidth, int(d.sourceKind.size()));
    }
    context.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                       .arg(QStringLiteral("name"), -nameWidth)
                       .arg(QStringLiteral("rows"), 10)
                       .arg(QStringLiteral("cols"), 4)
                       .arg(QStringLiteral("source"), -sourceWidth)
                       .arg(QStringLiteral("updated"));
    for (const DatasetInfo &d : datasets) {
        // A server's count is its estimate, and unknown (-1) before it has analysed a table.
        const QString rows = d.rowCount < 0 ? QStringLiteral("?") : QString::number(d.rowCount);
        context.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                           .arg(d.name, -nameWidth)
                           .arg(rows, 10)
                           .arg(d.columns.size(), 4)
                           .arg(d.sourceKind, -sourceWidth)
                           .arg(d.updatedAt.toString(Qt::ISODate))
                           .trimmed()
                    << "\n";
    }
    return 0;
}

int sqlCommand(CliContext &context, const QStringList &arguments) {
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("QUERY"),
                                 QStringLiteral("One read-only SQL statement; datasets are tables "
                                                "under their own names."));
    parser.addOption({QStringLiteral("timeout"),
                      QStringLiteral("Stop the query after this many seconds (default %1).")
                          .arg(UserStatement::kDefaultTimeoutSeconds),
                      QStringLiteral("SECONDS"),
                      QString::number(UserStatement::kDefaultTimeoutSeconds)});
    CliContext::addServerOption(
        parser, QStringLiteral("Run it on this server, in a read-only transaction"));
    if (int code =
            context.parse(parser, arguments,
                          QStringLiteral("Runs a read-only query and prints CSV with a header."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        context.err << "trendlens sql: give exactly one QUERY (quote it)\n";
        return 2;
    }
    bool timeoutOk = false;
    const double timeout = parser.value(QStringLiteral("timeout")).toDouble(&timeoutOk);
    if (!timeoutOk || timeout <= 0 || timeout > 7 * 24 * 3600) {
        context.err << "trendlens sql: --timeout takes a number of seconds above 0\n";
        return 2;
    }
    const auto engine = CliContext::engine(parser);
    if (!engine)
        return context.fail(engine.status());
    const std::unique_ptr<UserStatement> query = engine.value()->userStatement(
        parser.positionalArguments().front(), std::chrono::milliseconds(qint64(timeout * 1000)));
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return context.fail(Status::internal(out.errorString()));
    CsvWriter writer(out);
    const Status status =
        query->run([&writer](const QStringList &columns) { writer.writeRow(columns); },
                   [&writer, &out](const QVariantList &values) {
                       writer.writeRow(values);
                       return out.error() == QFileDevice::NoError;
                   });
    out.flush();
    if (out.error() != QFileDevice::NoError)
        return context.fail(Status::internal(tr("standard output: %1").arg(out.errorString())));
    if (!status)
        return context.fail(status);
    return 0;
}

namespace {

// trendlens export DATASET --partition-by COLUMN:UNIT --out DIR: Hive-style folders.
int partitionedExport(CliContext &context, const QCommandLineParser &parser) {
    const Result<PartitionScheme> scheme =
        PartitionScheme::parse(parser.value(QStringLiteral("partition-by")));
    if (!scheme)
        return context.fail(scheme.status());
    PartitionedExportOptions options;
    options.dataset = parser.positionalArguments().front();
    options.outDir = parser.value(QStringLiteral("out"));
    options.scheme = *scheme;
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("ndjson"))
        options.format = PartitionedExportOptions::Format::Ndjson;
    else if (format != QLatin1String("csv")) {
        context.err << "trendlens export: --format takes csv or ndjson\n";
        return 2;
    }
    options.gzip = parser.isSet(QStringLiteral("gzip"));
    options.since = parser.value(QStringLiteral("since"));
    options.zone = parser.value(QStringLiteral("time-zone")).toUtf8();
    std::unique_ptr<Workspace> workspace;
    if (Status s = Workspace::openExisting(CliContext::workspacePath(parser), workspace); !s)
        return context.fail(s);
    PartitionedExportJob job(workspace->path(), options);
    PartitionedExportResult result;
    if (Status s = job.run(result); !s)
        return context.fail(s);
    context.out << QStringLiteral("exported %1 rows of '%2' in %3 %4 to %5")
                       .arg(result.rows)
                       .arg(options.dataset)
                       .arg(result.partitions)
                       .arg(result.partitions == 1 ? QStringLiteral("partition")
                                                   : QStringLiteral("partitions"),
                            options.outDir);
    if (result.kept > 0)
        context.out << QStringLiteral(" (%1 earlier partitions kept)").arg(result.kept);
    context.out << "\n";
    return 0;
}

} // namespace

int exportCommand(CliContext &context, const QStringList &arguments) {
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("DATASET"),
                                 QStringLiteral("The dataset to export."));
    parser.addOption({QStringLiteral("out"),
                      QStringLiteral("The CSV file to write, or with --partition-by the folder."),
                      QStringLiteral("FILE|DIR")});
    parser.addOption({QStringLiteral("encoding"),
                      QStringLiteral("UTF-8, or e.g. CP949 for Korean Excel."),
                      QStringLiteral("NAME"), QStringLiteral("UTF-8")});
    parser.addOption({QStringLiteral("partition-by"),
                      QStringLiteral("Hive-style folders by a date or timestamp column: "
                                     "year=2024/month=01/day=05/ (10-day: dekad=1..3)."),
                      QStringLiteral("COLUMN:hour|day|10-day|month|year")});
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("The parts' format with --partition-by."),
                      QStringLiteral("csv|ndjson"), QStringLiteral("csv")});
    parser.addOption({QStringLiteral("gzip"), QStringLiteral("Gzip each part (.csv.gz).")});
    parser.addOption({QStringLiteral("since"),
                      QStringLiteral("Write only the partitions from this time on (2024-01-05, "
                                     "2024-01-05T13:00), or from the last one written: last."),
                      QStringLiteral("TIME|last")});
    parser.addOption({QStringLiteral("time-zone"),
                      QStringLiteral("Cut timestamps by this zone's clock (default UTC)."),
                      QStringLiteral("ZONE")});
    if (int code = context.parse(
            parser, arguments,
            QStringLiteral("Writes a dataset as RFC 4180 CSV (header row, CRLF), or with "
                           "--partition-by as Hive-style partition folders for Spark, Hive, "
                           "pandas and DuckDB, with _manifest.json and _SUCCESS."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("out"))) {
        context.err << "trendlens export: usage: trendlens export DATASET --out FILE.csv\n"
                       "       trendlens export DATASET --partition-by COLUMN:UNIT --out DIR "
                       "[--format csv|ndjson] [--gzip] [--since TIME|last]\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("partition-by")))
        return partitionedExport(context, parser);
    for (const char *option : {"format", "gzip", "since", "time-zone"}) {
        if (parser.isSet(QLatin1String(option))) {
            context.err << "trendlens export: --" << option << " goes with --partition-by\n";
            return 2;
        }
    }
    std::unique_ptr<Workspace> workspace;
    if (Status s = Workspace::openExisting(CliContext::workspacePath(parser), workspace); !s)
        return context.fail(s);
    const QString name = parser.positionalArguments().front();
    const QString encoding = parser.value(QStringLiteral("encoding"));
    const QString out = parser.value(QStringLiteral("out"));
    ExportJob job(workspace->path(), name, out, encoding);
    ExportResult result;
    if (Status s = job.run(result); !s)
        return context.fail(s);
    context.out
        << QStringLiteral("exported %1 rows of '%2' to %3\n").arg(result.rows).arg(name, out);
    if (result.unencodable > 0)
        context.err << QStringLiteral("warning: %1 characters have no %2 form and were replaced\n")
                           .arg(result.unencodable)
                           .arg(encoding);
    return 0;
}

} // namespace tl::cli

#include "DataCommands.h"

#include "export/CsvWriter.h"
#include "export/ExportJob.h"
#include "store/ScoreColumns.h"
#include "store/UserQuery.h"
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
    if (int code =
            context.parse(parser, arguments, QStringLiteral("Lists the workspace's datasets."));
        code >= 0)
        return code;
    std::unique_ptr<Workspace> workspace;
    if (Status s = Workspace::openExisting(CliContext::workspacePath(parser), workspace); !s)
        return context.fail(s);
    const auto listed = workspace->catalog().list();
    if (!listed)
        return context.fail(listed.status());
    const QList<DatasetInfo> &datasets = *listed;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const DatasetInfo &d : datasets) {
            const auto scores = ScoreColumns(workspace->database()).of(d.id);
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
        context.out << "no datasets in " << workspace->path() << "\n";
        return 0;
    }
    context.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                       .arg(QStringLiteral("name"), -24)
                       .arg(QStringLiteral("rows"), 10)
                       .arg(QStringLiteral("cols"), 4)
                       .arg(QStringLiteral("source"), -8)
                       .arg(QStringLiteral("updated"));
    for (const DatasetInfo &d : datasets) {
        context.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                           .arg(d.name, -24)
                           .arg(d.rowCount, 10)
                           .arg(d.columns.size(), 4)
                           .arg(d.sourceKind, -8)
                           .arg(d.updatedAt.toString(Qt::ISODate));
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
                          .arg(UserQuery::kDefaultTimeoutSeconds),
                      QStringLiteral("SECONDS"),
                      QString::number(UserQuery::kDefaultTimeoutSeconds)});
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
    std::unique_ptr<Workspace> workspace;
    if (Status s = Workspace::openExisting(CliContext::workspacePath(parser), workspace); !s)
        return context.fail(s);
    UserQuery query(workspace->path(), parser.positionalArguments().front(),
                    std::chrono::milliseconds(qint64(timeout * 1000)));
    workspace.reset();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return context.fail(Status::internal(out.errorString()));
    CsvWriter writer(out);
    const Status status =
        query.run([&writer](const QStringList &columns) { writer.writeRow(columns); },
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

int exportCommand(CliContext &context, const QStringList &arguments) {
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("DATASET"),
                                 QStringLiteral("The dataset to export."));
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("The CSV file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("encoding"),
                      QStringLiteral("UTF-8, or e.g. CP949 for Korean Excel."),
                      QStringLiteral("NAME"), QStringLiteral("UTF-8")});
    if (int code =
            context.parse(parser, arguments,
                          QStringLiteral("Writes a dataset as RFC 4180 CSV (header row, CRLF)."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("out"))) {
        context.err << "trendlens export: usage: trendlens export DATASET --out FILE.csv\n";
        return 2;
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

#include "DataCommands.h"

#include "export/CsvWriter.h"
#include "export/ExportJob.h"
#include "store/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tl::cli {

namespace {

// Streams a query's rows as CSV; returns the number of rows or -1 on a query error.
qint64 writeQuery(QSqlQuery &query, CsvWriter &writer) {
    const QSqlRecord record = query.record();
    QStringList header;
    for (int i = 0; i < record.count(); ++i)
        header.append(record.fieldName(i));
    writer.writeRow(header);
    qint64 rows = 0;
    QVariantList values;
    while (query.next()) {
        values.clear();
        for (int i = 0; i < record.count(); ++i)
            values.append(query.value(i));
        writer.writeRow(values);
        ++rows;
    }
    return query.lastError().isValid() ? -1 : rows;
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
    if (Status s = Workspace::open(CliContext::workspacePath(parser), workspace); !s)
        return context.fail(s);
    const QList<DatasetInfo> datasets = workspace->catalog().list();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const DatasetInfo &d : datasets) {
            QJsonArray columns;
            for (const Column &c : d.columns)
                columns.append(QJsonObject{{QStringLiteral("name"), c.name},
                                           {QStringLiteral("type"), typeName(c.type)},
                                           {QStringLiteral("role"), roleName(c.role)}});
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
    if (int code =
            context.parse(parser, arguments,
                          QStringLiteral("Runs a read-only query and prints CSV with a header."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        context.err << "trendlens sql: give exactly one QUERY (quote it)\n";
        return 2;
    }
    const QString path = CliContext::workspacePath(parser);
    {
        // Creates and migrates a missing workspace, so a first query sees an empty catalog.
        std::unique_ptr<Workspace> workspace;
        if (Status s = Workspace::open(path, workspace); !s)
            return context.fail(s);
    }
    Connection connection;
    if (Status s = connection.open(path, Connection::Access::ReadOnly); !s)
        return context.fail(s);
    QSqlQuery query(connection.db());
    query.setForwardOnly(true);
    if (!query.exec(parser.positionalArguments().front()))
        return context.fail(Status::badInput(query.lastError().text()));
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    CsvWriter writer(out);
    if (writeQuery(query, writer) < 0)
        return context.fail(Status::badInput(query.lastError().text()));
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
    if (Status s = Workspace::open(CliContext::workspacePath(parser), workspace); !s)
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

#include "PublishCommand.h"

#include "cli/ProgressLine.h"
#include "cli/StopOnSignal.h"
#include "engine/Engine.h"
#include "engine/ServerSetup.h"
#include "export/PublishJob.h"
#include "store/ServerConnections.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>

namespace tl::cli {

namespace {

std::optional<PublishMode> modeOf(const QString &word) {
    if (word == QLatin1String("create"))
        return PublishMode::Create;
    if (word == QLatin1String("append"))
        return PublishMode::Append;
    if (word == QLatin1String("replace"))
        return PublishMode::Replace;
    if (word == QLatin1String("upsert"))
        return PublishMode::Upsert;
    return std::nullopt;
}

// A password typed or piped on stdin, without its line end; never echoed anywhere.
QString readPassword() {
    std::string line;
    std::getline(std::cin, line);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.pop_back();
    return QString::fromStdString(line);
}

int connectionAdd(CliContext &context, const QCommandLineParser &parser, const QStringList &words) {
    if (words.size() != 3) {
        context.err << "trendlens connection: usage: trendlens connection add NAME URL "
                       "[--password-stdin]\n";
        return 2;
    }
    std::unique_ptr<Workspace> workspace;
    if (Status s = Workspace::open(CliContext::workspacePath(parser), workspace); !s)
        return context.fail(s);
    QString password;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        password = readPassword();
        if (password.isEmpty())
            return context.fail(Status::badInput(QStringLiteral("no password on stdin")));
    }
    if (Status s = ServerSetup::add(workspace->database(), words[1], words[2], password); !s)
        return context.fail(s);
    const auto added = ServerConnections(workspace->database()).find(words[1]);
    if (!added || !added->has_value())
        return context.fail(added ? Status::internal(QStringLiteral("the connection vanished"))
                                  : added.status());
    context.out << QStringLiteral("connection '%1' is %2%3\n")
                       .arg((*added)->name, (*added)->url,
                            (*added)->keychain ? QStringLiteral(" (password in the keychain)")
                                               : QString());
    return 0;
}

int connectionList(CliContext &context, const QCommandLineParser &parser) {
    std::unique_ptr<Workspace> workspace;
    if (Status s = Workspace::openExisting(CliContext::workspacePath(parser), workspace); !s)
        return context.fail(s);
    const auto all = ServerConnections(workspace->database()).list();
    if (!all)
        return context.fail(all.status());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ServerConnection &c : *all)
            array.append(QJsonObject{{QStringLiteral("name"), c.name},
                                     {QStringLiteral("url"), c.url},
                                     {QStringLiteral("keychain"), c.keychain}});
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const ServerConnection &c : *all)
        context.out << c.name << "\t" << c.url << (c.keychain ? "\tpassword in the keychain" : "")
                    << "\n";
    return 0;
}

int connectionRemove(CliContext &context, const QCommandLineParser &parser,
                     const QStringList &words) {
    if (words.size() != 2) {
        context.err << "trendlens connection: usage: trendlens connection remove NAME\n";
        return 2;
    }
    std::unique_ptr<Workspace> workspace;
    if (Status s = Workspace::openExisting(CliContext::workspacePath(parser), workspace); !s)
        return context.fail(s);
    if (Status s = ServerSetup::remove(workspace->database(), words[1]); !s)
        return context.fail(s);
    context.out << QStringLiteral("connection '%1' removed\n").arg(words[1]);
    return 0;
}

// Connects and asks the server who it is: the check after `connection add`.
int connectionTest(CliContext &context, const QCommandLineParser &parser,
                   const QStringList &words) {
    if (words.size() != 2) {
        context.err << "trendlens connection: usage: trendlens connection test NAME|URL\n";
        return 2;
    }
    const auto engine = CliContext::engineFor(words[1], CliContext::workspacePath(parser));
    if (!engine)
        return context.fail(engine.status());
    const auto datasets = engine.value()->datasets();
    if (!datasets)
        return context.fail(datasets.status());
    context.out << QStringLiteral("%1: connected, %2 tables\n")
                       .arg(engine.value()->display())
                       .arg(datasets->size());
    return 0;
}

} // namespace

int connectionCommand(CliContext &context, const QStringList &arguments) {
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 QStringLiteral("add NAME URL | list | remove NAME | test NAME"));
    parser.addOption({QStringLiteral("password-stdin"),
                      QStringLiteral("add: read the password from stdin into the OS keychain "
                                     "(never into the workspace).")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("list: print JSON.")});
    if (int code = context.parse(parser, arguments,
                                 QStringLiteral("Team database servers by name: "
                                                "postgresql://USER@HOST:PORT/DATABASE or "
                                                "clickhouse://USER@HOST:HTTP_PORT/DATABASE."));
        code >= 0)
        return code;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    if (action == QLatin1String("add"))
        return connectionAdd(context, parser, words);
    if (action == QLatin1String("list") && words.size() == 1)
        return connectionList(context, parser);
    if (action == QLatin1String("remove"))
        return connectionRemove(context, parser, words);
    if (action == QLatin1String("test"))
        return connectionTest(context, parser, words);
    context.err << "trendlens connection: usage: trendlens connection add NAME URL | list | "
                   "remove NAME | test NAME\n";
    return 2;
}

int publishCommand(CliContext &context, const QStringList &arguments) {
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("DATASET"),
                                 QStringLiteral("The datasets to publish, in one transaction."),
                                 QStringLiteral("DATASET..."));
    parser.addOption({QStringLiteral("to"),
                      QStringLiteral("The server: a connection's name, "
                                     "postgresql://USER@HOST:PORT/DATABASE or "
                                     "clickhouse://USER@HOST:HTTP_PORT/DATABASE."),
                      QStringLiteral("NAME|URL")});
    parser.addOption({QStringLiteral("table"),
                      QStringLiteral("The table (schema.name) for one dataset (default: the "
                                     "dataset's name, in public)."),
                      QStringLiteral("TABLE")});
    parser.addOption({QStringLiteral("mode"),
                      QStringLiteral("create (default), append, replace or upsert."),
                      QStringLiteral("MODE"), QStringLiteral("create")});
    parser.addOption({QStringLiteral("key"),
                      QStringLiteral("A key column (repeat for more): upsert's match, and the "
                                     "primary key of a table the publish creates."),
                      QStringLiteral("COLUMN")});
    parser.addOption({QStringLiteral("since-run"),
                      QStringLiteral("Only the rows of runs not yet published to that table "
                                     "(with append or upsert).")});
    if (int code = context.parse(parser, arguments,
                                 QStringLiteral("Publishes datasets into a team's database."));
        code >= 0)
        return code;
    PublishOptions options;
    options.datasets = parser.positionalArguments();
    options.table = parser.value(QStringLiteral("table"));
    options.keys = parser.values(QStringLiteral("key"));
    options.sinceRun = parser.isSet(QStringLiteral("since-run"));
    const auto mode = modeOf(parser.value(QStringLiteral("mode")));
    const char *usage = "trendlens publish: usage: trendlens publish DATASET... --to NAME|URL "
                        "[--table SCHEMA.NAME] [--mode create|append|replace|upsert] "
                        "[--key COL]... [--since-run]\n";
    if (options.datasets.isEmpty() || !parser.isSet(QStringLiteral("to")) || !mode) {
        context.err << usage;
        return 2;
    }
    options.mode = *mode;
    if (!options.table.isEmpty() && options.datasets.size() > 1) {
        context.err << "trendlens publish: --table names the table of one dataset\n";
        return 2;
    }
    if (options.sinceRun && options.mode != PublishMode::Append &&
        options.mode != PublishMode::Upsert) {
        context.err << "trendlens publish: --since-run goes with --mode append or upsert\n";
        return 2;
    }
    const QString path = CliContext::workspacePath(parser);
    {
        std::unique_ptr<Workspace> workspace; // an older file is migrated before the job reads
        if (Status s = Workspace::openExisting(path, workspace); !s)
            return context.fail(s);
    }
    PublishJob job(path, parser.value(QStringLiteral("to")), options);
    ProgressLine progress(context.err);
    job.setProgress([&progress](qint64 done, qint64 total) {
        progress.draw(QStringLiteral("publishing: %L1 of %L2 rows").arg(done).arg(total));
    });
    PublishResult result;
    Status status;
    {
        const StopOnSignal stop(&job, [](void *j) { static_cast<PublishJob *>(j)->stop(); });
        status = job.run(result);
    }
    progress.erase();
    if (!status)
        return context.fail(status);
    for (const PublishedTable &t : result.tables) {
        QString line = QStringLiteral("published %L1 rows of '%2' into %3 on %4")
                           .arg(t.rows)
                           .arg(t.dataset, t.table, result.target);
        if (options.mode == PublishMode::Upsert)
            line += QStringLiteral(" (%L1 replaced)").arg(t.replaced);
        if (options.sinceRun)
            line += t.fromStart ? QStringLiteral(", from the start")
                                : QStringLiteral(", since the last publish");
        context.out << line << "\n";
    }
    context.out
        << QStringLiteral("%L1 rows in %2 s\n").arg(result.rows).arg(progress.seconds(), 0, 'f', 1);
    return 0;
}

} // namespace tl::cli

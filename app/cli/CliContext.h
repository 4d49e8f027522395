#pragma once

#include "engine/Engine.h"

#include "core/Status.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace tl::cli {

// What every subcommand shares: its output streams and the common options.
struct CliContext {
    QTextStream out;
    QTextStream err;

    CliContext();

    // Adds -w/--workspace and --help to a subcommand's parser.
    static void addCommonOptions(QCommandLineParser &parser);
    // Adds --db NAME|URL (engine() then answers the server); `what` says what runs there.
    static void addServerOption(QCommandLineParser &parser, const QString &what);
    // Parses `arguments` (the subcommand first). Returns -1 to go on, or an exit code (help
    // shown: 0; bad usage: 2).
    int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage);
    // The workspace path from -w, $TRENDLENS_WORKSPACE or the default.
    static QString workspacePath(const QCommandLineParser &parser);
    // The server --db names, else `fallback` (a chart spec's connection), else the workspace.
    static Result<std::shared_ptr<const Engine>> engine(const QCommandLineParser &parser,
                                                        const QString &fallback = {});
    // The engine of `target`: a connection's name, an address, or (empty) the workspace. The
    // workspace is opened first whenever it is read, so an older file is migrated before.
    static Result<std::shared_ptr<const Engine>> engineFor(const QString &target,
                                                           const QString &workspacePath);

    // Prints a failed status as one line on stderr and returns its exit code.
    int fail(const Status &status);
    static int exitCode(const Status &status);
    // Whether stderr is a terminal (progress is only drawn there).
    static bool stderrIsTerminal();
};

} // namespace tl::cli

#pragma once

#include <QStringList>

namespace tl::cli {

// Whether argv names a subcommand (else main starts the GUI).
bool isSubcommand(const QString &word);
// Whether argv[1] is a bare word that names no file ("frobnicate"): the CLI then refuses it
// with the usage, instead of the GUI opening or creating a workspace of that name.
bool looksLikeSubcommand(const QString &word);
// Runs the subcommand in arguments[1]; returns the process exit code (ARCHITECTURE.md §5).
int run(const QStringList &arguments);

} // namespace tl::cli

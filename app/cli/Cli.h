#pragma once

#include <QStringList>

namespace tl::cli {

// Whether argv names a subcommand (else main starts the GUI).
bool isSubcommand(const QString &word);
// Runs the subcommand in arguments[1]; returns the process exit code (DESIGN.md §5).
int run(const QStringList &arguments);

} // namespace tl::cli

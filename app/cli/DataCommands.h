#pragma once

#include "cli/CliContext.h"

namespace tl::cli {

// trendlens datasets [-w W] [--json]
int datasetsCommand(CliContext &context, const QStringList &arguments);
// trendlens sql [-w W] "SELECT ..."   (read-only; CSV with a header on stdout)
int sqlCommand(CliContext &context, const QStringList &arguments);
// trendlens export DATASET --out FILE.csv [-w W] [--encoding NAME]
int exportCommand(CliContext &context, const QStringList &arguments);

} // namespace tl::cli

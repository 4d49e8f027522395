#pragma once

#include "cli/CliContext.h"

namespace tl::cli {

// trendlens connection add NAME URL [--password-stdin] | list [--json] | remove NAME | test NAME
int connectionCommand(CliContext &context, const QStringList &arguments);
// trendlens publish DATASET... --to NAME|URL [--table T] [--mode M] [--key COL]... [--since-run]
int publishCommand(CliContext &context, const QStringList &arguments);

} // namespace tl::cli

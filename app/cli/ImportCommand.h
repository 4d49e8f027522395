#pragma once

#include "cli/CliContext.h"

namespace tl::cli {

// trendlens import FILE... [-w W] [--dataset NAME] [--format …] [--encoding …] [--delimiter …]
//                          [--header auto|yes|no] [--on-error abort|skip] [--mode …]
//        trendlens import -|FILE --follow [--format ndjson|csv] --dataset NAME
int importCommand(CliContext &context, const QStringList &arguments);

} // namespace tl::cli

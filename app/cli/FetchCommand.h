#pragma once

#include "cli/CliContext.h"

namespace tl::cli {

// trendlens fetch SOURCE [-w W] [--base-url URL] [source options]
// Sources so far: kobis-daily --from D --to D [--no-details]
int fetchCommand(CliContext &context, const QStringList &arguments);

} // namespace tl::cli

#pragma once

#include "cli/CliContext.h"

namespace tl::cli {

// trendlens fetch SOURCE [-w W] [--base-url URL] [source options]: every source in the
// SourceCatalog, its options made from its parameters.
int fetchCommand(CliContext &context, const QStringList &arguments);

} // namespace tl::cli

#pragma once

#include "cli/CliContext.h"

namespace tl::cli {

// trendlens demo [-w W]
int demoCommand(CliContext &context, const QStringList &arguments);

} // namespace tl::cli

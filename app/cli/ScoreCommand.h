#pragma once

#include "cli/CliContext.h"

namespace tl::cli {

// trendlens score DATASET --column COL [--into NAME] --scorer lexicon|dictionary|command
//           [--lang ko|en|auto] [--command "..."] [--rescore] [--timeout S] [-w W]
int scoreCommand(CliContext &context, const QStringList &arguments);

} // namespace tl::cli

#pragma once

#include "cli/CliContext.h"

namespace tl::cli {

// trendlens schedule add NAME --every 30m|1h|1d [--at HH:MM] -- COMMAND...
//           schedule list [--json] | remove NAME | pause NAME | resume NAME | run NAME
//           schedule run-due [--now ISO-TIME] | install --systemd|--cron
int scheduleCommand(CliContext &context, const QStringList &arguments);
// trendlens runs [--since T] [--schedule NAME] [--json]
int runsCommand(CliContext &context, const QStringList &arguments);
// trendlens health [--now ISO-TIME]: exit 1 and why when a schedule failed or is overdue.
int healthCommand(CliContext &context, const QStringList &arguments);

} // namespace tl::cli

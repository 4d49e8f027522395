#pragma once

#include <QLoggingCategory>

// One logging category per area. Each says nothing below warnings until QT_LOGGING_RULES turns
// it on, for example:
//   QT_LOGGING_RULES="trendlens.*.debug=true" trendlens fetch kobis-daily …
//   QT_LOGGING_RULES="trendlens.charts.debug=true" trendlens WORKSPACE
// A key or token never reaches a log line: URLs are logged with their secrets masked, headers
// not at all.
namespace tl {

Q_DECLARE_LOGGING_CATEGORY(lcImport)  // trendlens.import: files, rows, timings, column chunks
Q_DECLARE_LOGGING_CATEGORY(lcSources) // trendlens.sources: requests, answers, retries, cache
Q_DECLARE_LOGGING_CATEGORY(lcCharts)  // trendlens.charts: which engine answered, why, how fast
Q_DECLARE_LOGGING_CATEGORY(lcStore)   // trendlens.store: workspaces opened, column builds

} // namespace tl

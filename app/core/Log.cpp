#include "Log.h"

namespace tl {

Q_LOGGING_CATEGORY(lcImport, "trendlens.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSources, "trendlens.sources", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCharts, "trendlens.charts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "trendlens.store", QtInfoMsg)

} // namespace tl

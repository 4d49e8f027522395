#pragma once

#include "analysis/ChartData.h"
#include "analysis/ChartSpec.h"
#include "core/Status.h"
#include "store/Dialect.h"

#include <QSqlDatabase>

namespace tl {

// Runs a ChartSpec on a workspace connection: one query (QueryBuilder), then the small
// C++ finishing touches on its result — series ordered by total with "other" last, empty
// histogram bins filled in, forecasts appended.
class ChartRunner {
public:
    static Status run(QSqlDatabase &db, const Dialect &dialect, const ChartSpec &spec,
                      ChartData &out);
    // The axis titles a spec implies: "review_date (month)", "avg(rating)".
    static QString xTitle(const ChartSpec &spec);
    static QString yTitle(const ChartSpec &spec);
};

} // namespace tl

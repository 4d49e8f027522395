#pragma once

#include "analysis/ChartSpec.h"
#include "store/DatasetInfo.h"

#include <QSqlDatabase>

#include <optional>

namespace tl::ChartDefaults {

// The time bucket that draws a span as a line of roughly 20 to 180 points: minutes for a few
// hours, hours for a week, days for half a year, weeks for two years, months for fifteen,
// years beyond. Dates (no time of day) are never split finer than days.
TimeBucket naturalBucket(qint64 spanSeconds, ColumnType type);

// How a measure is summed up per bucket: averaged when a sum means nothing (ratings, scores,
// ranks, levels, prices, shares), else summed (audiences, sales, counts).
Aggregate aggregateFor(const Column &column);

// The first chart of a dataset: the count over time by its natural bucket when it has a time
// column (`timeSpanSeconds` is that column's span, when known); else the distribution of its
// first measure; else the count per category.
ChartSpec forDataset(const DatasetInfo &info, std::optional<qint64> timeSpanSeconds);

// The first time column of the dataset, if any.
const Column *timeColumn(const DatasetInfo &info);

// The span of a time column, estimated from at most 1,000 rows spread over the table by rowid:
// as many index lookups, never a scan, so it is cheap at any size. Empty when the column
// holds no dates or cannot be read: the default then falls back to months.
std::optional<qint64> sampleTimeSpan(QSqlDatabase db, const DatasetInfo &info,
                                     const Column &column);

} // namespace tl::ChartDefaults

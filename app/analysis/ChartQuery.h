#pragma once

#include "analysis/SqlFragment.h"

namespace tl {

// The one SQL query behind a chart and the shape of the rows it returns.
struct ChartQuery {
    enum class Shape {
        Series,    // key, series, value — one row per bucket (or category) and series
        Histogram, // bin, start, end, series, value
        Box,       // key, series, min, q1, median, q3, max, n
        Raw,       // x, y, series — un-aggregated points ordered by x
    };
    Shape shape = Shape::Series;
    bool hasSeries = false;
    // A normalized histogram on an engine without window functions: the caller divides each
    // bin by its series' total.
    bool shareOfSeries = false;
    SqlFragment sql;
};

} // namespace tl

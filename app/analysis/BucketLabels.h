#pragma once

#include "analysis/ChartSpec.h"

#include <QString>

namespace tl {

// The labels QueryBuilder gives time buckets ('2024-01-05', '2024-01-11' for the second
// 10-day period, '2024-Q1', …) and the label `steps` buckets later, for forecasts.
class BucketLabels {
public:
    // Empty when the label is not one of `bucket`'s.
    static QString advance(TimeBucket bucket, const QString &label, int steps);
};

} // namespace tl

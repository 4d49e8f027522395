#pragma once

#include <QPointF>

#include <vector>

namespace tl {

// Reduces a line of millions of points to what a screen can show: for each pixel column of
// the x range in view, the first, lowest, highest and last point of that column, in x order.
// Every column's min and max survive, so spikes stay visible, and a zoom recomputes from the
// full data. Input x must be sorted; the visible range is found by binary search, so the cost
// is the number of points in view, not in the series.
class Decimator {
public:
    static std::vector<QPointF> minMax(const std::vector<double> &x, const std::vector<double> &y,
                                       double x0, double x1, int pixels);
};

} // namespace tl

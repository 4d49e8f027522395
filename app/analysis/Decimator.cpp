#include "Decimator.h"

#include <algorithm>

namespace tl {

std::vector<QPointF> Decimator::minMax(const std::vector<double> &x, const std::vector<double> &y,
                                       double x0, double x1, int pixels) {
    std::vector<QPointF> out;
    if (x.empty() || pixels <= 0 || !(x1 > x0))
        return out;
    const auto begin = std::lower_bound(x.begin(), x.end(), x0);
    const auto end = std::upper_bound(begin, x.end(), x1);
    const std::size_t first = std::size_t(begin - x.begin());
    const std::size_t last = std::size_t(end - x.begin());
    if (last - first <= std::size_t(pixels) * 4) {
        for (std::size_t i = first; i < last; ++i)
            out.emplace_back(x[i], y[i]);
        return out;
    }
    out.reserve(std::size_t(pixels) * 4);
    const double scale = pixels / (x1 - x0);
    std::size_t i = first;
    while (i < last) {
        const int column = std::min(pixels - 1, int((x[i] - x0) * scale));
        std::size_t lo = i, hi = i, j = i;
        for (; j < last && std::min(pixels - 1, int((x[j] - x0) * scale)) == column; ++j) {
            if (y[j] < y[lo])
                lo = j;
            if (y[j] > y[hi])
                hi = j;
        }
        // first, min and max in x order, last: the line enters and leaves the column right.
        std::size_t picks[4] = {i, std::min(lo, hi), std::max(lo, hi), j - 1};
        for (int k = 0; k < 4; ++k) {
            if (k == 0 || picks[k] != picks[k - 1])
                out.emplace_back(x[picks[k]], y[picks[k]]);
        }
        i = j;
    }
    return out;
}

} // namespace tl

#pragma once

#include <QByteArray>

#include <cstdint>

namespace tl {

// The bins of a histogram asked for as `"bins": N`: about N of them, each of a round width
// (1, 2, 2.5 or 5 × 10ⁿ, the one nearest (hi − lo) / N on a log scale; whole numbers from 1
// for integers) and starting on a multiple of it, so edges read 0, 25, 50 rather than 1.37,
// 26.1. Integers count to hi + 1, so each
// bin [a, a + w) holds whole values and the largest value has a bin of its own; for reals
// the last bin is closed and holds the largest value. Both engines bin by this rule: the
// column engine through NiceBins, SQL through the same arithmetic with widths() bound as a
// list to choose from.
struct NiceBins {
    double origin = 0;
    double width = 0; // 0: every value is the same real, one bin [lo, hi]
    std::int64_t count = 1;

    static NiceBins of(double lo, double hi, int bins, bool integers);
    // The bin of a value in [lo, hi] (0 … count-1).
    std::int64_t binOf(double v) const;
    double start(std::int64_t bin) const { return origin + double(bin) * width; }
    double end(std::int64_t bin) const { return origin + double(bin + 1) * width; }

    // The widths to choose from, as a JSON array of [width, from]: a width is the nearest for
    // every wanted width from its `from` up to the next one's.
    static QByteArray widthsJson(bool integers);
    // Added before flooring a quotient that lands on an edge up to rounding (0.3 / 0.1).
    static constexpr double kEdgeSlack = 1e-9;
};

} // namespace tl

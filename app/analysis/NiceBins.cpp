#include "NiceBins.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace tl {

namespace {

struct Width {
    double width;
    double from; // the geometric mean with the width below: nearer to this one from here on
};

// 1, 2, 2.5 and 5 × 10ⁿ from 10⁻³⁰ to 10³⁰⁰, as far as doubles reach (for integers: whole ones, 2.5
// left out), each read from its decimal text so it is the double nearest to it, as SQL reads the
// same text.
const std::vector<Width> &widths(bool integers) {
    static const auto make = [](bool whole) {
        std::vector<Width> out;
        for (int e = whole ? 0 : -30; e <= 300; ++e) {
            for (const char *m : {"1", "2", "2.5", "5"}) {
                const double w = std::stod(std::string(m) + "e" + std::to_string(e));
                if (whole && w != std::floor(w))
                    continue;
                out.push_back({w, out.empty() ? 0.0 : std::sqrt(out.back().width * w)});
            }
        }
        return out;
    };
    static const std::vector<Width> reals = make(false), wholes = make(true);
    return integers ? wholes : reals;
}

} // namespace

NiceBins NiceBins::of(double lo, double hi, int bins, bool integers) {
    NiceBins out;
    const double span = hi + (integers ? 1 : 0) - lo;
    if (span <= 0 || bins <= 0) {
        out.origin = lo;
        return out;
    }
    const double wanted = span / double(bins);
    for (const Width &w : widths(integers)) {
        if (w.from <= wanted)
            out.width = w.width;
    }
    out.origin = std::floor(lo / out.width) * out.width;
    const double edges = (hi + (integers ? 1 : 0) - out.origin) / out.width;
    out.count = std::max<std::int64_t>(1, std::int64_t(std::ceil(edges - kEdgeSlack)));
    return out;
}

std::int64_t NiceBins::binOf(double v) const {
    if (width == 0)
        return 0;
    const auto bin = std::int64_t(std::floor((v - origin) / width + kEdgeSlack));
    return std::clamp<std::int64_t>(bin, 0, count - 1);
}

QByteArray NiceBins::widthsJson(bool integers) {
    static const auto make = [](bool whole) {
        QJsonArray array;
        for (const Width &w : widths(whole))
            array.append(QJsonArray{w.width, w.from});
        return QJsonDocument(array).toJson(QJsonDocument::Compact);
    };
    static const QByteArray reals = make(false), wholes = make(true);
    return integers ? wholes : reals;
}

} // namespace tl

#pragma once

#include "core/Status.h"

#include <QSize>
#include <QString>

namespace tl {

// A picture size given on the command line ("1200x700"). Bounded, so a typo such as
// 100000x100000 is refused with the limit instead of failing deep in the painter.
struct ImageSize {
    static constexpr int kMinSide = 16;
    static constexpr int kMaxSide = 16384;
    static constexpr qint64 kMaxPixels = qint64(16384) * 16384;

    // The size, or why not; `scale` multiplies the pixels drawn (PNG HiDPI).
    static Result<QSize> parse(const QString &text, double scale);
};

} // namespace tl

#pragma once

#include "analysis/ChartSpec.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <vector>

namespace tl {

// A label on an axis and the axis value it stands at.
struct Tick {
    double at = 0;
    QString text;
    friend bool operator==(const Tick &, const Tick &) = default;
};

// Where an axis puts its labels and what they say, chosen for the pixels it has, so that no
// label is ever cut to "…": round values, time buckets on calendar steps with the year only
// where it changes, every text measured before it is placed.
namespace AxisTicks {

using TextWidth = std::function<double(const QString &)>;

// Round values (1, 2, 2.5, 5 × 10ⁿ) from at or below `lo` to at or above `hi`, about `count`
// steps apart.
std::vector<double> niceValues(double lo, double hi, int count);

// A tick value with the decimals its step needs and the locale's digit grouping
// ("1,500,000", "2.5").
QString formatValue(double value, double step, const QLocale &locale = {});

// A value read on its own (hover, tooltips): whole numbers grouped, never in exponent form;
// others with up to four significant decimals.
QString formatNumber(double value, const QLocale &locale = {});

// The label of one time bucket key ('2024', '2024-Q1', '2024-01', '2024-01-05',
// '2024-01-05 13:00'), naming only what changed since `previous` (the key of the label
// before it; empty for the first): "Jan 2024", "Feb", …; "2024년 1월 5일", "12일", ….
QString bucketLabel(TimeBucket bucket, const QString &key, const QString &previous,
                    const QLocale &locale = {});

// A chart's category keys, read once (an axis is labelled again on every resize and zoom):
// the moment each time bucket key stands for, or names when a key is not of the bucket's
// shape (then `bucket` is None).
struct CategoryKeys {
    QStringList keys;
    TimeBucket bucket = TimeBucket::None;
    std::vector<QDateTime> moments; // one per key unless `bucket` is None

    static CategoryKeys read(const QStringList &keys, TimeBucket bucket);
};

// The pixels a label centred on an axis' first or last tick may take beyond that end (beside
// the other axis, up to the chart's edge or its legend): the chart hides a label that needs
// more.
struct Room {
    double before = std::numeric_limits<double>::infinity();
    double after = std::numeric_limits<double>::infinity();
};

// Labels for categories at 0..n-1 (time bucket keys, or names), on the visible range
// [from, to] of an axis `width` pixels wide: every label that fits, calendar-aligned. A label
// with no room at an end is left out, and the next names its date in full.
std::vector<Tick> categoryTicks(const CategoryKeys &keys, double from, double to, double width,
                                const TextWidth &textWidth, const QLocale &locale = {},
                                const Room &room = {});

// Labels at bin edges 0..n (drawn at positions edge - 0.5), as many as fit `width`.
std::vector<Tick> edgeTicks(const std::vector<double> &edges, double from, double to, double width,
                            const TextWidth &textWidth, const QLocale &locale = {},
                            const Room &room = {});

// Labels for a value axis from `lo` to `hi`, about one per `spacing` pixels of `length`.
std::vector<Tick> valueTicks(double lo, double hi, double length, double spacing,
                             const QLocale &locale = {});

} // namespace AxisTicks

} // namespace tl

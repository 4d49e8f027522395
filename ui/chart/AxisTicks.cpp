#include "AxisTicks.h"

#include "models/LocaleText.h"

#include <QDate>
#include <QDateTime>
#include <QSet>

#include <cmath>
#include <optional>

namespace tl::AxisTicks {

namespace {

// Room between two labels, in pixels.
constexpr double kGap = 10;

// Calendar units that ticks step by, each counted from a fixed start so that steps land on
// round dates: every 3rd month is January, April, July, October; every 7th day a Monday;
// every 6th hour 0, 6, 12 and 18 h.
enum class Unit { Index, Minute, Hour, Day, TenDay, Month, Year };

struct Step {
    Unit unit;
    qint64 every;
};

// The moment a bucket key stands for (keys are UTC wall times; only their order and calendar
// matter here), or nothing when the key is not of the bucket's shape.
std::optional<QDateTime> momentOf(TimeBucket bucket, const QString &key) {
    QDate day;
    switch (bucket) {
    case TimeBucket::None:
        return std::nullopt;
    case TimeBucket::Year: {
        bool ok = false;
        const int year = key.toInt(&ok);
        if (!ok || key.size() != 4)
            return std::nullopt;
        day = QDate(year, 1, 1);
        break;
    }
    case TimeBucket::Quarter:
        if (key.size() != 7 || key.mid(4, 2) != QLatin1String("-Q"))
            return std::nullopt;
        day = QDate(key.left(4).toInt(), (key.right(1).toInt() - 1) * 3 + 1, 1);
        break;
    case TimeBucket::Month:
        day = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
        break;
    case TimeBucket::TenDay:
    case TimeBucket::Week:
    case TimeBucket::Day:
        day = QDate::fromString(key.left(10), Qt::ISODate);
        break;
    case TimeBucket::Hour:
    case TimeBucket::Minute: {
        QDateTime t = QDateTime::fromString(key, QStringLiteral("yyyy-MM-dd HH:mm"));
        t.setTimeSpec(Qt::UTC);
        return t.isValid() ? std::optional(t) : std::nullopt;
    }
    }
    if (!day.isValid())
        return std::nullopt;
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

qint64 unitOrdinal(Unit unit, const QDateTime &t, qsizetype index) {
    const QDate d = t.date();
    switch (unit) {
    case Unit::Index:
        return index;
    case Unit::Minute:
        return t.toSecsSinceEpoch() / 60;
    case Unit::Hour:
        return t.toSecsSinceEpoch() / 3600;
    case Unit::Day:
        return d.toJulianDay();
    case Unit::TenDay:
        return (d.year() * 12 + d.month() - 1) * 3 + std::min(2, (d.day() - 1) / 10);
    case Unit::Month:
        return d.year() * 12 + d.month() - 1;
    case Unit::Year:
        return d.year();
    }
    return index;
}

// Steps to try, finest first; after the last, it doubles. A bucket starts with its own unit
// and moves to coarser calendar units, so that a day axis over years ticks on months.
std::vector<Step> stepsFor(TimeBucket bucket) {
    const std::vector<Step> years{{Unit::Year, 1},  {Unit::Year, 2},  {Unit::Year, 5},
                                  {Unit::Year, 10}, {Unit::Year, 20}, {Unit::Year, 50}};
    std::vector<Step> months{
        {Unit::Month, 1}, {Unit::Month, 2}, {Unit::Month, 3}, {Unit::Month, 6}};
    months.insert(months.end(), years.begin(), years.end());
    std::vector<Step> steps;
    switch (bucket) {
    case TimeBucket::None:
        return {{Unit::Index, 1},  {Unit::Index, 2},  {Unit::Index, 3},  {Unit::Index, 4},
                {Unit::Index, 5},  {Unit::Index, 6},  {Unit::Index, 8},  {Unit::Index, 10},
                {Unit::Index, 15}, {Unit::Index, 20}, {Unit::Index, 25}, {Unit::Index, 50}};
    case TimeBucket::Minute:
        steps = {{Unit::Minute, 1},  {Unit::Minute, 2},  {Unit::Minute, 5},
                 {Unit::Minute, 10}, {Unit::Minute, 15}, {Unit::Minute, 30}};
        [[fallthrough]];
    case TimeBucket::Hour:
        steps.insert(
            steps.end(),
            {{Unit::Hour, 1}, {Unit::Hour, 2}, {Unit::Hour, 3}, {Unit::Hour, 6}, {Unit::Hour, 12}});
        [[fallthrough]];
    case TimeBucket::Day:
        steps.insert(steps.end(), {{Unit::Day, 1}, {Unit::Day, 2}});
        [[fallthrough]];
    case TimeBucket::Week:
        steps.insert(steps.end(), {{Unit::Day, 7}, {Unit::Day, 14}});
        break;
    case TimeBucket::TenDay:
        steps = {{Unit::TenDay, 1}};
        break;
    case TimeBucket::Month:
        break;
    case TimeBucket::Quarter:
        months.erase(months.begin(), months.begin() + 2);
        break;
    case TimeBucket::Year:
        return years;
    }
    steps.insert(steps.end(), months.begin(), months.end());
    return steps;
}

qint64 positiveModulo(qint64 a, qint64 b) {
    const qint64 r = a % b;
    return r < 0 ? r + b : r;
}

// Two labels centred at their ticks leave kGap between them.
bool overlap(double atA, double widthA, double atB, double widthB, double pixelsPerUnit) {
    return (atB - atA) * pixelsPerUnit < (widthA + widthB) / 2 + kGap;
}

// Whether a label `width` wide centred at `at` stays within the axis and the room beside it.
bool fits(double at, double width, double from, double to, double pixelsPerUnit, const Room &room) {
    return (at - from) * pixelsPerUnit + room.before >= width / 2 &&
           (to - at) * pixelsPerUnit + room.after >= width / 2;
}

// A category axis keys its labels by text: the same text twice (a second "Q2") gets an
// invisible mark to tell it apart.
void makeUnique(std::vector<Tick> &ticks) {
    QSet<QString> seen;
    for (Tick &t : ticks) {
        while (seen.contains(t.text))
            t.text += QChar(0x200B);
        seen.insert(t.text);
    }
}

int decimalsFor(double step) {
    if (!(step > 0) || !std::isfinite(step))
        return 0;
    const double magnitude = std::floor(std::log10(step) + 1e-9);
    const double mantissa = step / std::pow(10.0, magnitude);
    const int extra = std::abs(mantissa - std::round(mantissa)) > 1e-6 ? 1 : 0; // 2.5
    return std::max(0, int(-magnitude) + extra);
}

// The label of a bucket at `moment`, naming only what changed since the label before it
// (`previous`; none for the first): the year where it changes, the day for hours.
QString momentLabel(TimeBucket bucket, const QDateTime &moment, const QDateTime *previous,
                    const QLocale &locale) {
    const QDate day = moment.date();
    const bool newYear = !previous || previous->date().year() != day.year();
    switch (bucket) {
    case TimeBucket::None:
        return {}; // names are their own labels
    case TimeBucket::Year:
        return QString::number(day.year());
    case TimeBucket::Quarter:
        return LocaleText::quarter(day.year(), (day.month() - 1) / 3 + 1, newYear, locale);
    case TimeBucket::Month:
        return LocaleText::month(day.year(), day.month(), newYear, locale);
    case TimeBucket::TenDay:
    case TimeBucket::Week:
    case TimeBucket::Day:
        return LocaleText::day(day, newYear, locale);
    case TimeBucket::Hour:
    case TimeBucket::Minute: {
        const QString time = moment.time().toString(QStringLiteral("HH:mm"));
        if (previous && previous->date() == day)
            return time;
        return LocaleText::day(day, newYear, locale) + u' ' + time;
    }
    }
    return {};
}

} // namespace

std::vector<double> niceValues(double lo, double hi, int count) {
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return {};
    if (hi < lo)
        std::swap(lo, hi);
    if (hi == lo) {
        const double pad = lo == 0 ? 1 : std::abs(lo) * 0.1;
        lo -= pad;
        hi += pad;
    }
    count = std::max(1, count);
    const double raw = (hi - lo) / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= raw * (1 - 1e-9)) {
            step = m * magnitude;
            break;
        }
    }
    const double first = std::floor(lo / step + 1e-9);
    const double last = std::ceil(hi / step - 1e-9);
    std::vector<double> values;
    for (double i = first; i <= last; ++i) {
        const double v = i * step;
        values.push_back(std::abs(v) < step * 1e-9 ? 0.0 : v);
    }
    return values;
}

QString formatValue(double value, double step, const QLocale &locale) {
    const int decimals = decimalsFor(step);
    if (std::abs(value) < step * 1e-9)
        value = 0; // never "-0"
    return locale.toString(value, 'f', decimals);
}

QString formatNumber(double value, const QLocale &locale) {
    if (std::isnan(value) || value == 0)
        return LocaleText::number(value, 0, locale);
    // Four significant digits after the point are enough to read a value off a chart.
    const int decimals = std::clamp(3 - int(std::floor(std::log10(std::abs(value)))), 0, 6);
    return LocaleText::number(value, decimals, locale);
}

QString bucketLabel(TimeBucket bucket, const QString &key, const QString &previous,
                    const QLocale &locale) {
    const auto moment = momentOf(bucket, key);
    if (!moment)
        return key;
    const auto before = momentOf(bucket, previous);
    return momentLabel(bucket, *moment, before ? &*before : nullptr, locale);
}

CategoryKeys CategoryKeys::read(const QStringList &keys, TimeBucket bucket) {
    CategoryKeys read{keys, bucket, {}};
    read.moments.reserve(std::size_t(keys.size()));
    for (const QString &key : keys) {
        const auto moment = momentOf(bucket, key);
        if (!moment)
            return {keys, TimeBucket::None, {}};
        read.moments.push_back(*moment);
    }
    return read;
}

std::vector<Tick> categoryTicks(const CategoryKeys &keys, double from, double to, double width,
                                const TextWidth &textWidth, const QLocale &locale,
                                const Room &room) {
    const qsizetype n = keys.keys.size();
    if (n == 0 || width <= 0 || to <= from)
        return {};
    const qsizetype first = std::max<qsizetype>(0, qsizetype(std::ceil(from - 1e-9)));
    const qsizetype last = std::min<qsizetype>(n - 1, qsizetype(std::floor(to + 1e-9)));
    if (first > last)
        return {};
    const bool names = keys.bucket == TimeBucket::None;
    auto labelAt = [&](qsizetype i, qsizetype previous) {
        if (names)
            return keys.keys[i];
        return momentLabel(keys.bucket, keys.moments[std::size_t(i)],
                           previous < 0 ? nullptr : &keys.moments[std::size_t(previous)], locale);
    };
    const double pixelsPerUnit = width / (to - from);
    std::vector<Step> steps = stepsFor(keys.bucket);
    for (std::size_t s = 0;; ++s) {
        if (s == steps.size())
            steps.push_back({steps.back().unit, steps.back().every * 2});
        const Step step = steps[s];
        auto ordinalAt = [&](qsizetype i) {
            return names ? i : unitOrdinal(step.unit, keys.moments[std::size_t(i)], i);
        };
        std::vector<Tick> ticks;
        double lastWidth = 0;
        qsizetype previous = -1;
        bool overlapped = false;
        for (qsizetype i = first; i <= last && !overlapped; ++i) {
            // The first key of each unit that is a multiple of the step.
            const qint64 ordinal = ordinalAt(i);
            if (positiveModulo(ordinal, step.every) != 0 || (i > 0 && ordinalAt(i - 1) == ordinal))
                continue;
            Tick tick{double(i), labelAt(i, previous)};
            const double tickWidth = textWidth(tick.text);
            if (!fits(tick.at, tickWidth, from, to, pixelsPerUnit, room))
                continue;
            overlapped = !ticks.empty() &&
                         overlap(ticks.back().at, lastWidth, tick.at, tickWidth, pixelsPerUnit);
            previous = i;
            lastWidth = tickWidth;
            ticks.push_back(tick);
        }
        // A step longer than the range in view leaves at most one label: the first key's.
        if (ticks.empty())
            ticks.push_back({double(first), labelAt(first, -1)});
        if (!overlapped || step.every > ordinalAt(last) - ordinalAt(first)) {
            if (overlapped)
                ticks.resize(1);
            makeUnique(ticks);
            return ticks;
        }
    }
}

std::vector<Tick> edgeTicks(const std::vector<double> &edges, double from, double to, double width,
                            const TextWidth &textWidth, const QLocale &locale, const Room &room) {
    if (edges.size() < 2 || width <= 0 || to <= from)
        return {};
    const double binWidth = edges[1] - edges[0];
    const double pixelsPerUnit = width / (to - from);
    for (std::size_t step : {1, 2, 4, 5, 10, 20, 25, 50, 100, 200, 500, 1000}) {
        std::vector<Tick> ticks;
        double lastWidth = 0;
        bool overlapped = false;
        for (std::size_t i = 0; i < edges.size() && !overlapped; i += step) {
            const double at = double(i) - 0.5;
            if (at < from - 1e-9 || at > to + 1e-9)
                continue;
            Tick tick{at, formatValue(edges[i], binWidth, locale)};
            const double tickWidth = textWidth(tick.text);
            if (!fits(at, tickWidth, from, to, pixelsPerUnit, room))
                continue;
            overlapped =
                !ticks.empty() && overlap(ticks.back().at, lastWidth, at, tickWidth, pixelsPerUnit);
            lastWidth = tickWidth;
            ticks.push_back(tick);
        }
        if (!overlapped || step == 1000) {
            makeUnique(ticks);
            return ticks;
        }
    }
    return {};
}

std::vector<Tick> valueTicks(double lo, double hi, double length, double spacing,
                             const QLocale &locale) {
    // At least three labels inside the range, even when its ends are not round for the step
    // that the pixels would allow.
    for (int count = std::max(2, int(length / std::max(1.0, spacing)));; ++count) {
        const std::vector<double> values = niceValues(lo, hi, count);
        if (values.size() < 2)
            return {};
        const double step = values[1] - values[0];
        std::vector<Tick> ticks;
        for (double v : values) {
            if (v >= lo - step * 1e-6 && v <= hi + step * 1e-6)
                ticks.push_back({v, formatValue(v, step, locale)});
        }
        if (ticks.size() >= 3 || count >= 10)
            return ticks;
    }
}

} // namespace tl::AxisTicks

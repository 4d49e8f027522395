#include "ChartTitles.h"

namespace tl {

namespace {

QString refTitle(const ValueRef &ref) {
    return ref.expr.isEmpty() ? ref.column : ref.expr;
}

} // namespace

QString ChartTitles::bucket(TimeBucket bucket) {
    switch (bucket) {
    case TimeBucket::None:
        return {};
    case TimeBucket::Minute:
        return tr("minute");
    case TimeBucket::Hour:
        return tr("hour");
    case TimeBucket::Day:
        return tr("day");
    case TimeBucket::TenDay:
        return tr("10 days");
    case TimeBucket::Week:
        return tr("week");
    case TimeBucket::Month:
        return tr("month");
    case TimeBucket::Quarter:
        return tr("quarter");
    case TimeBucket::Year:
        return tr("year");
    }
    return {};
}

QString ChartTitles::aggregate(Aggregate aggregate) {
    switch (aggregate) {
    case Aggregate::None:
        return {};
    case Aggregate::Count:
        return tr("count");
    case Aggregate::CountDistinct:
        return tr("count distinct");
    case Aggregate::Sum:
        return tr("sum");
    case Aggregate::Avg:
        return tr("avg");
    case Aggregate::Min:
        return tr("min");
    case Aggregate::Max:
        return tr("max");
    case Aggregate::Median:
        return tr("median");
    }
    return {};
}

QString ChartTitles::x(const ChartSpec &spec) {
    const QString x = refTitle(spec.x);
    // A histogram's x is a measure in bins: a time bucket left in the spec means nothing there.
    return spec.bucket == TimeBucket::None || spec.type == ChartType::Histogram
               ? x
               : QStringLiteral("%1 (%2)").arg(x, bucket(spec.bucket));
}

QString ChartTitles::y(const ChartSpec &spec) {
    if (spec.type == ChartType::Histogram)
        return spec.normalize ? tr("share") : tr("count");
    if (spec.agg == Aggregate::None || spec.type == ChartType::Box)
        return refTitle(spec.y);
    if (!spec.y.isSet())
        return aggregate(spec.agg);
    return QStringLiteral("%1(%2)").arg(aggregate(spec.agg), refTitle(spec.y));
}

QString ChartTitles::title(const ChartSpec &spec) {
    return spec.title.isEmpty() ? QStringLiteral("%1 — %2").arg(y(spec), x(spec)) : spec.title;
}

} // namespace tl

#include "ChartTitles.h"

#include "analysis/ChartRunner.h"

namespace tl {

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

ChartRunner::TitleWords ChartTitles::words() {
    return {&ChartTitles::bucket, &ChartTitles::aggregate, tr("count"), tr("share"), tr("term")};
}

QString ChartTitles::x(const ChartSpec &spec, const QString &zone) {
    return ChartRunner::xTitle(spec, words(), zone);
}

QString ChartTitles::y(const ChartSpec &spec) {
    return ChartRunner::yTitle(spec, words());
}

QString ChartTitles::title(const ChartSpec &spec) {
    return spec.title.isEmpty() ? QStringLiteral("%1 — %2").arg(y(spec), x(spec)) : spec.title;
}

} // namespace tl

#include "ChartSpec.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>
#include <utility>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::ChartSpec", text);
}

const std::array<std::pair<ChartType, const char *>, 8> kTypes{{
    {ChartType::Line, "line"},
    {ChartType::Area, "area"},
    {ChartType::Bar, "bar"},
    {ChartType::StackedBar, "stacked_bar"},
    {ChartType::Scatter, "scatter"},
    {ChartType::Histogram, "histogram"},
    {ChartType::Box, "box"},
    {ChartType::Pie, "pie"},
}};
const std::array<std::pair<TimeBucket, const char *>, 9> kBuckets{{
    {TimeBucket::None, ""},
    {TimeBucket::Minute, "minute"},
    {TimeBucket::Hour, "hour"},
    {TimeBucket::Day, "day"},
    {TimeBucket::TenDay, "10-day"},
    {TimeBucket::Week, "week"},
    {TimeBucket::Month, "month"},
    {TimeBucket::Quarter, "quarter"},
    {TimeBucket::Year, "year"},
}};
const std::array<std::pair<Aggregate, const char *>, 8> kAggregates{{
    {Aggregate::None, "none"},
    {Aggregate::Count, "count"},
    {Aggregate::CountDistinct, "count_distinct"},
    {Aggregate::Sum, "sum"},
    {Aggregate::Avg, "avg"},
    {Aggregate::Min, "min"},
    {Aggregate::Max, "max"},
    {Aggregate::Median, "median"},
}};

template<class Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value) {
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<class Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table,
                            const QString &name) {
    for (const auto &[e, n] : table) {
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

ValueRef refFrom(const QJsonObject &object) {
    return {object.value(QStringLiteral("column")).toString(),
            object.value(QStringLiteral("expr")).toString()};
}

void putRef(QJsonObject &object, const ValueRef &ref) {
    if (!ref.column.isEmpty())
        object.insert(QStringLiteral("column"), ref.column);
    if (!ref.expr.isEmpty())
        object.insert(QStringLiteral("expr"), ref.expr);
}

const QStringList &filterOps() {
    static const QStringList ops{
        QStringLiteral("="),       QStringLiteral("!="),       QStringLiteral("<"),
        QStringLiteral("<="),      QStringLiteral(">"),        QStringLiteral(">="),
        QStringLiteral("in"),      QStringLiteral("contains"), QStringLiteral("isnull"),
        QStringLiteral("notnull"), QStringLiteral("between")};
    return ops;
}

// "≠", "<>", "is null" and friends, as people write them.
QString canonicalOp(QString op) {
    op = op.trimmed().toLower();
    if (op == u"≠" || op == QLatin1String("<>"))
        return QStringLiteral("!=");
    if (op == u"≤")
        return QStringLiteral("<=");
    if (op == u"≥")
        return QStringLiteral(">=");
    if (op == QLatin1String("=="))
        return QStringLiteral("=");
    if (op == QLatin1String("is null"))
        return QStringLiteral("isnull");
    if (op == QLatin1String("is not null"))
        return QStringLiteral("notnull");
    return op;
}

} // namespace

QString chartTypeName(ChartType type) {
    return nameOf(kTypes, type);
}
std::optional<ChartType> chartTypeFromName(const QString &name) {
    return valueOf(kTypes, QString(name).replace(u' ', u'_'));
}
QString bucketName(TimeBucket bucket) {
    return nameOf(kBuckets, bucket);
}
std::optional<TimeBucket> bucketFromName(const QString &name) {
    return valueOf(kBuckets, name);
}
QString aggregateName(Aggregate aggregate) {
    return nameOf(kAggregates, aggregate);
}
std::optional<Aggregate> aggregateFromName(const QString &name) {
    return valueOf(kAggregates, name);
}

Status ChartSpec::fromJson(const QJsonObject &json, ChartSpec &out) {
    out = ChartSpec{};
    out.version = json.value(QStringLiteral("version")).toInt(kVersion);
    if (out.version > kVersion)
        return Status::badInput(tr("chart spec version %1 is newer than this Trendlens reads (%2)")
                                    .arg(out.version)
                                    .arg(kVersion));
    out.dataset = json.value(QStringLiteral("dataset")).toString();
    if (out.dataset.isEmpty())
        return Status::badInput(tr("chart spec: \"dataset\" is missing"));
    const QString type = json.value(QStringLiteral("type")).toString(QStringLiteral("line"));
    const auto chartType = chartTypeFromName(type);
    if (!chartType)
        return Status::badInput(tr("chart spec: unknown type '%1'").arg(type));
    out.type = *chartType;
    out.title = json.value(QStringLiteral("title")).toString();

    const QJsonObject x = json.value(QStringLiteral("x")).toObject();
    out.x = refFrom(x);
    const QString bucket = x.value(QStringLiteral("bucket")).toString();
    const auto timeBucket = bucketFromName(bucket);
    if (!timeBucket)
        return Status::badInput(tr("chart spec: unknown bucket '%1' (hour, day, 10-day, week, "
                                   "month, quarter, year)")
                                    .arg(bucket));
    out.bucket = *timeBucket;

    const QJsonObject y = json.value(QStringLiteral("y")).toObject();
    out.y = refFrom(y);
    const QString agg =
        y.value(QStringLiteral("agg"))
            .toString(out.y.isSet() && (out.type == ChartType::Scatter) ? QStringLiteral("none")
                      : out.y.isSet()                                   ? QStringLiteral("sum")
                                                                        : QStringLiteral("count"));
    const auto aggregate = aggregateFromName(agg);
    if (!aggregate)
        return Status::badInput(tr("chart spec: unknown aggregate '%1' (count, count_distinct, "
                                   "sum, avg, min, max, median)")
                                    .arg(agg));
    out.agg = *aggregate;

    if (json.contains(QStringLiteral("series"))) {
        const QJsonObject series = json.value(QStringLiteral("series")).toObject();
        out.series = refFrom(series);
        out.top = series.value(QStringLiteral("top")).toInt(0);
        if (!out.series->isSet())
            return Status::badInput(tr("chart spec: \"series\" needs a column or an expr"));
    }
    for (const QJsonValue &value : json.value(QStringLiteral("filters")).toArray()) {
        const QJsonObject f = value.toObject();
        FilterSpec filter;
        filter.value = refFrom(f);
        filter.op = canonicalOp(f.value(QStringLiteral("op")).toString());
        filter.operand = f.value(QStringLiteral("value"));
        if (!filter.value.isSet())
            return Status::badInput(tr("chart spec: a filter needs a column or an expr"));
        if (!filter.value.column.isEmpty() && !filterOps().contains(filter.op))
            return Status::badInput(
                tr("chart spec: unknown filter operator '%1' (=, !=, <, <=, >, >=, in, contains, "
                   "isnull, notnull, between)")
                    .arg(f.value(QStringLiteral("op")).toString()));
        out.filters.append(filter);
    }
    out.bins = json.value(QStringLiteral("bins")).toInt(0);
    out.binWidth = json.value(QStringLiteral("bin_width")).toDouble(0);
    out.normalize = json.value(QStringLiteral("normalize")).toBool(false);
    const QJsonObject forecast = json.value(QStringLiteral("forecast")).toObject();
    out.forecast.method = forecast.value(QStringLiteral("method")).toString();
    out.forecast.horizon = forecast.value(QStringLiteral("horizon")).toInt(0);
    out.forecast.window = forecast.value(QStringLiteral("window")).toInt(0);
    if (!out.forecast.method.isEmpty() && out.forecast.method != QLatin1String("holt") &&
        out.forecast.method != QLatin1String("linear"))
        return Status::badInput(
            tr("chart spec: unknown forecast method '%1' (holt, linear)").arg(out.forecast.method));
    return Status::success();
}

QJsonObject ChartSpec::toJson() const {
    QJsonObject json{{QStringLiteral("version"), version},
                     {QStringLiteral("dataset"), dataset},
                     {QStringLiteral("type"), chartTypeName(type)}};
    if (!title.isEmpty())
        json.insert(QStringLiteral("title"), title);
    QJsonObject xJson;
    putRef(xJson, x);
    if (bucket != TimeBucket::None)
        xJson.insert(QStringLiteral("bucket"), bucketName(bucket));
    if (!xJson.isEmpty())
        json.insert(QStringLiteral("x"), xJson);
    QJsonObject yJson;
    putRef(yJson, y);
    yJson.insert(QStringLiteral("agg"), aggregateName(agg));
    json.insert(QStringLiteral("y"), yJson);
    if (series) {
        QJsonObject s;
        putRef(s, *series);
        if (top > 0)
            s.insert(QStringLiteral("top"), top);
        json.insert(QStringLiteral("series"), s);
    }
    if (!filters.isEmpty()) {
        QJsonArray array;
        for (const FilterSpec &f : filters) {
            QJsonObject o;
            putRef(o, f.value);
            if (!f.op.isEmpty())
                o.insert(QStringLiteral("op"), f.op);
            if (!f.operand.isUndefined())
                o.insert(QStringLiteral("value"), f.operand);
            array.append(o);
        }
        json.insert(QStringLiteral("filters"), array);
    }
    if (bins > 0)
        json.insert(QStringLiteral("bins"), bins);
    if (binWidth > 0)
        json.insert(QStringLiteral("bin_width"), binWidth);
    if (normalize)
        json.insert(QStringLiteral("normalize"), true);
    if (!forecast.method.isEmpty()) {
        QJsonObject f{{QStringLiteral("method"), forecast.method},
                      {QStringLiteral("horizon"), forecast.horizon}};
        if (forecast.window > 0)
            f.insert(QStringLiteral("window"), forecast.window);
        json.insert(QStringLiteral("forecast"), f);
    }
    return json;
}

} // namespace tl

#include "ChartSpec.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

#include <array>
#include <utility>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::ChartSpec", text);
}

const std::array<std::pair<ChartType, const char *>, 10> kTypes{{
    {ChartType::Line, "line"},
    {ChartType::Area, "area"},
    {ChartType::Bar, "bar"},
    {ChartType::StackedBar, "stacked_bar"},
    {ChartType::Scatter, "scatter"},
    {ChartType::Histogram, "histogram"},
    {ChartType::Box, "box"},
    {ChartType::Pie, "pie"},
    {ChartType::Terms, "terms"},
    {ChartType::Table, "table"},
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

// Reads a spec's fields with their types and ranges checked, so a bad spec is refused with
// the field's name before any query runs (a file written by hand, or by a script).
class SpecFields {
    // lupdate files the strings here under this class, so they are looked up under it.
    Q_DECLARE_TR_FUNCTIONS(tl::SpecFields)

public:
    // filters[index] of a spec.
    static Status readFilter(const QJsonValue &value, int index, FilterSpec &filter);

    SpecFields(const QJsonObject &object, QString path)
        : m_object(object)
        , m_path(std::move(path)) {}

    QString name(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    bool has(const QString &key) const {
        const QJsonValue v = m_object.value(key);
        return !v.isUndefined() && !v.isNull();
    }
    QJsonValue raw(const QString &key) const { return m_object.value(key); }

    Status text(const QString &key, QString &out, const QString &fallback = {},
                qsizetype maxLength = kMaxText) const {
        out = fallback;
        if (!has(key))
            return Status::success();
        const QJsonValue v = m_object.value(key);
        if (!v.isString())
            return wrongType(key, tr("text"));
        if (v.toString().size() > maxLength)
            return Status::badInput(tr("chart spec: \"%1\" is longer than %2 characters")
                                        .arg(name(key))
                                        .arg(maxLength));
        out = v.toString();
        return Status::success();
    }

    Status integer(const QString &key, int &out, int min, int max, int fallback) const {
        out = fallback;
        if (!has(key))
            return Status::success();
        const QJsonValue v = m_object.value(key);
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < min || d > max)
            return Status::badInput(
                tr("chart spec: \"%1\" must be a whole number from %2 to %3 (not %4)")
                    .arg(name(key))
                    .arg(min)
                    .arg(max)
                    .arg(shown(v)));
        out = int(d);
        return Status::success();
    }

    Status number(const QString &key, double &out, double min, double max) const {
        out = 0;
        if (!has(key))
            return Status::success();
        const QJsonValue v = m_object.value(key);
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || d < min || d > max)
            return Status::badInput(tr("chart spec: \"%1\" must be a number from %2 to %3 (not %4)")
                                        .arg(name(key))
                                        .arg(min)
                                        .arg(max)
                                        .arg(shown(v)));
        out = d;
        return Status::success();
    }

    Status boolean(const QString &key, bool &out) const {
        return typed(
            key, out, [](const QJsonValue &v) { return v.isBool(); },
            [](const QJsonValue &v) { return v.toBool(); }, tr("true or false"));
    }

    Status object(const QString &key, QJsonObject &out) const {
        return typed(
            key, out, [](const QJsonValue &v) { return v.isObject(); },
            [](const QJsonValue &v) { return v.toObject(); }, tr("an object"));
    }

    Status array(const QString &key, QJsonArray &out) const {
        return typed(
            key, out, [](const QJsonValue &v) { return v.isArray(); },
            [](const QJsonValue &v) { return v.toArray(); }, tr("a list"));
    }

    // A field of one JSON type: absent or null leaves `out` empty.
    template<class T, class Is, class As>
    Status typed(const QString &key, T &out, Is is, As as, const QString &expected) const {
        out = T{};
        if (!has(key))
            return Status::success();
        const QJsonValue value = m_object.value(key);
        if (!is(value))
            return wrongType(key, expected);
        out = as(value);
        return Status::success();
    }

    // {"column": ...} or {"expr": ...}
    Status ref(ValueRef &out) const {
        if (Status s = text(QStringLiteral("column"), out.column, {}, kMaxName); !s)
            return s;
        return text(QStringLiteral("expr"), out.expr, {}, kMaxExpression);
    }

    Status wrongType(const QString &key, const QString &expected) const {
        return Status::badInput(tr("chart spec: \"%1\" must be %2 (not %3)")
                                    .arg(name(key), expected, shown(m_object.value(key))));
    }

    static QString shown(const QJsonValue &v) {
        switch (v.type()) {
        case QJsonValue::String:
            return u'"' + v.toString().left(40) + u'"';
        case QJsonValue::Double:
            return QString::number(v.toDouble(), 'g', 6);
        case QJsonValue::Bool:
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Array:
            return tr("a list");
        case QJsonValue::Object:
            return tr("an object");
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            break;
        }
        return QStringLiteral("null");
    }

    static constexpr qsizetype kMaxText = 1000;
    static constexpr qsizetype kMaxName = 1000;
    static constexpr qsizetype kMaxExpression = 20000;

private:
    const QJsonObject &m_object;
    QString m_path;
};

bool isScalar(const QJsonValue &v) {
    return v.isString() || v.isDouble() || v.isBool() || v.isNull();
}

Status SpecFields::readFilter(const QJsonValue &value, int index, FilterSpec &filter) {
    const QString path = QStringLiteral("filters[%1]").arg(index);
    if (!value.isObject())
        return Status::badInput(tr("chart spec: \"%1\" must be an object (not %2)")
                                    .arg(path, SpecFields::shown(value)));
    const QJsonObject object = value.toObject();
    const SpecFields f(object, path);
    if (Status s = f.ref(filter.value); !s)
        return s;
    QString op;
    if (Status s = f.text(QStringLiteral("op"), op); !s)
        return s;
    filter.op = canonicalOp(op);
    filter.operand = f.raw(QStringLiteral("value"));
    if (!filter.value.isSet())
        return Status::badInput(tr("chart spec: \"%1\" needs a column or an expr").arg(path));
    if (filter.value.column.isEmpty() && filter.op.isEmpty())
        return Status::success(); // an expression that is itself the condition
    if (!filterOps().contains(filter.op))
        return Status::badInput(
            tr("chart spec: \"%1.op\": unknown filter operator '%2' (=, !=, <, <=, >, >=, in, "
               "contains, isnull, notnull, between)")
                .arg(path, op));
    const QString valueName = f.name(QStringLiteral("value"));
    if (filter.op == QLatin1String("isnull") || filter.op == QLatin1String("notnull"))
        return Status::success();
    if (filter.op == QLatin1String("in") || filter.op == QLatin1String("between")) {
        const QJsonArray list = filter.operand.toArray();
        const bool between = filter.op == QLatin1String("between");
        if (!filter.operand.isArray() || list.isEmpty() || (between && list.size() != 2))
            return Status::badInput(
                between ? tr("chart spec: \"%1\" must be a list of two values, e.g. [1, 5]")
                              .arg(valueName)
                        : tr("chart spec: \"%1\" must be a list of values").arg(valueName));
        if (list.size() > ChartSpec::kMaxInValues)
            return Status::badInput(tr("chart spec: \"%1\" holds %2 values, more than %3")
                                        .arg(valueName)
                                        .arg(list.size())
                                        .arg(ChartSpec::kMaxInValues));
        for (const QJsonValue &item : list) {
            if (!isScalar(item) || item.isNull())
                return Status::badInput(tr("chart spec: \"%1\" must hold numbers or text (not %2)")
                                            .arg(valueName, SpecFields::shown(item)));
        }
        return Status::success();
    }
    if (!isScalar(filter.operand) || filter.operand.isNull())
        return Status::badInput(tr("chart spec: \"%1\" must be a number or text (not %2)")
                                    .arg(valueName, SpecFields::shown(filter.operand)));
    if (filter.operand.isString() && filter.operand.toString().size() > SpecFields::kMaxText)
        return Status::badInput(tr("chart spec: \"%1\" is longer than %2 characters")
                                    .arg(valueName)
                                    .arg(SpecFields::kMaxText));
    return Status::success();
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
    const SpecFields top(json, {});
    if (Status s = top.integer(QStringLiteral("version"), out.version, 1, 1 << 30, kVersion); !s)
        return s;
    if (out.version > kVersion)
        return Status::badInput(tr("chart spec version %1 is newer than this Trendlens reads (%2)")
                                    .arg(out.version)
                                    .arg(kVersion));
    if (Status s = top.text(QStringLiteral("dataset"), out.dataset, {}, SpecFields::kMaxName); !s)
        return s;
    if (out.dataset.isEmpty())
        return Status::badInput(tr("chart spec: \"dataset\" is missing"));
    if (Status s = top.text(QStringLiteral("connection"), out.connection, {}, SpecFields::kMaxName);
        !s)
        return s;
    QString type;
    if (Status s = top.text(QStringLiteral("type"), type, QStringLiteral("line")); !s)
        return s;
    const auto chartType = chartTypeFromName(type);
    if (!chartType)
        return Status::badInput(tr("chart spec: unknown type '%1'").arg(type));
    out.type = *chartType;
    if (Status s = top.text(QStringLiteral("title"), out.title); !s)
        return s;

    QJsonObject x;
    if (Status s = top.object(QStringLiteral("x"), x); !s)
        return s;
    const SpecFields xFields(x, QStringLiteral("x"));
    if (Status s = xFields.ref(out.x); !s)
        return s;
    QString bucket;
    if (Status s = xFields.text(QStringLiteral("bucket"), bucket); !s)
        return s;
    const auto timeBucket = bucketFromName(bucket);
    if (!timeBucket)
        return Status::badInput(tr("chart spec: unknown bucket '%1' (minute, hour, day, 10-day, "
                                   "week, month, quarter, year)")
                                    .arg(bucket));
    out.bucket = *timeBucket;

    QJsonObject y;
    if (Status s = top.object(QStringLiteral("y"), y); !s)
        return s;
    const SpecFields yFields(y, QStringLiteral("y"));
    if (Status s = yFields.ref(out.y); !s)
        return s;
    QString agg;
    const QString defaultAgg = out.y.isSet() && (out.type == ChartType::Scatter)
                                   ? QStringLiteral("none")
                               : out.y.isSet() ? QStringLiteral("sum")
                                               : QStringLiteral("count");
    if (Status s = yFields.text(QStringLiteral("agg"), agg, defaultAgg); !s)
        return s;
    const auto aggregate = aggregateFromName(agg);
    if (!aggregate)
        return Status::badInput(tr("chart spec: unknown aggregate '%1' (count, count_distinct, "
                                   "sum, avg, min, max, median)")
                                    .arg(agg));
    out.agg = *aggregate;

    if (top.has(QStringLiteral("series"))) {
        QJsonObject series;
        if (Status s = top.object(QStringLiteral("series"), series); !s)
            return s;
        const SpecFields seriesFields(series, QStringLiteral("series"));
        ValueRef ref;
        if (Status s = seriesFields.ref(ref); !s)
            return s;
        if (!ref.isSet())
            return Status::badInput(tr("chart spec: \"series\" needs a column or an expr"));
        out.series = ref;
        if (Status s = seriesFields.integer(QStringLiteral("top"), out.top, 0, kMaxTop, 0); !s)
            return s;
    }
    QJsonArray filters;
    if (Status s = top.array(QStringLiteral("filters"), filters); !s)
        return s;
    if (filters.size() > kMaxFilters)
        return Status::badInput(tr("chart spec: \"filters\" holds %1 filters, more than %2")
                                    .arg(filters.size())
                                    .arg(kMaxFilters));
    for (qsizetype i = 0; i < filters.size(); ++i) {
        FilterSpec filter;
        if (Status s = SpecFields::readFilter(filters[i], int(i), filter); !s)
            return s;
        out.filters.append(filter);
    }
    if (Status s = top.integer(QStringLiteral("bins"), out.bins, 0, kMaxBins, 0); !s)
        return s;
    if (Status s = top.number(QStringLiteral("bin_width"), out.binWidth, kMinBinWidth, 1e300); !s)
        return s;
    if (Status s = top.boolean(QStringLiteral("normalize"), out.normalize); !s)
        return s;
    QJsonObject forecast;
    if (Status s = top.object(QStringLiteral("forecast"), forecast); !s)
        return s;
    const SpecFields forecastFields(forecast, QStringLiteral("forecast"));
    if (Status s = forecastFields.text(QStringLiteral("method"), out.forecast.method); !s)
        return s;
    if (!out.forecast.method.isEmpty() && out.forecast.method != QLatin1String("holt") &&
        out.forecast.method != QLatin1String("linear"))
        return Status::badInput(
            tr("chart spec: unknown forecast method '%1' (holt, linear)").arg(out.forecast.method));
    if (Status s = forecastFields.integer(
            QStringLiteral("horizon"), out.forecast.horizon, out.forecast.method.isEmpty() ? 0 : 1,
            kMaxForecastHorizon, out.forecast.method.isEmpty() ? 0 : 1);
        !s)
        return s;
    if (Status s =
            forecastFields.integer(QStringLiteral("window"), out.forecast.window, 0, 1 << 30, 0);
        !s)
        return s;
    QJsonObject terms;
    if (Status s = top.object(QStringLiteral("terms"), terms); !s)
        return s;
    const SpecFields termsFields(terms, QStringLiteral("terms"));
    if (Status s = termsFields.integer(QStringLiteral("top"), out.terms.top, 1, kMaxTop,
                                       TermsSpec::kDefaultTop);
        !s)
        return s;
    if (Status s =
            termsFields.integer(QStringLiteral("min_length"), out.terms.minLength, 1, 100, 1);
        !s)
        return s;
    if (termsFields.has(QStringLiteral("stopwords"))) {
        if (Status s = termsFields.boolean(QStringLiteral("stopwords"), out.terms.stopwords); !s)
            return s;
    }
    if (Status s = termsFields.boolean(QStringLiteral("strip_particles"), out.terms.stripParticles);
        !s)
        return s;
    return Status::success();
}

QJsonObject ChartSpec::toJson() const {
    QJsonObject json{{QStringLiteral("version"), version},
                     {QStringLiteral("dataset"), dataset},
                     {QStringLiteral("type"), chartTypeName(type)}};
    if (!connection.isEmpty())
        json.insert(QStringLiteral("connection"), connection);
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
    if (type == ChartType::Terms)
        json.insert(QStringLiteral("terms"),
                    QJsonObject{{QStringLiteral("top"), terms.top},
                                {QStringLiteral("stopwords"), terms.stopwords},
                                {QStringLiteral("min_length"), terms.minLength},
                                {QStringLiteral("strip_particles"), terms.stripParticles}});
    return json;
}

} // namespace tl

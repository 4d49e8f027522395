#include "QueryBuilder.h"

#include "analysis/NiceBins.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace tl {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("tl::QueryBuilder", text);
}
} // namespace

QueryBuilder::QueryBuilder(const Dialect &dialect, const DatasetInfo &dataset,
                           const QByteArray &zone)
    : m_dialect(dialect)
    , m_dataset(dataset)
    , m_expressions(dialect, dataset.columns) {
    m_expressions.setZone(zone);
}

std::optional<ColumnType> QueryBuilder::columnType(const ValueRef &ref) const {
    if (!ref.expr.isEmpty())
        return std::nullopt;
    for (const Column &c : m_dataset.columns) {
        if (c.name.compare(ref.column, Qt::CaseInsensitive) == 0)
            return c.type;
    }
    return std::nullopt;
}

Status QueryBuilder::value(const ValueRef &ref, SqlFragment &out) const {
    if (!ref.expr.isEmpty())
        return m_expressions.compile(ref.expr, out);
    return m_expressions.column(ref.column, out);
}

Status QueryBuilder::filter(const FilterSpec &f, SqlFragment &out) const {
    SqlFragment v;
    if (Status s = value(f.value, v); !s)
        return s;
    out = SqlFragment{QStringLiteral("("), {}};
    if (f.op.isEmpty()) { // an expression that is itself the condition
        out.append(v);
        out.sql += u')';
        return Status::success();
    }
    static const QStringList comparisons{QStringLiteral("="), QStringLiteral("!="),
                                         QStringLiteral("<"), QStringLiteral("<="),
                                         QStringLiteral(">"), QStringLiteral(">=")};
    if (f.op == QLatin1String("in")) {
        const QJsonArray values = f.operand.toArray();
        if (values.isEmpty())
            return Status::badInput(tr("filter 'in' needs a list of values"));
        out = SqlFragment{QStringLiteral("(") + m_dialect.inJsonList(v.sql) + u')', v.bindings};
        out.bindings.append(m_dialect.listBinding(values));
        return Status::success();
    }
    out.append(v);
    if (comparisons.contains(f.op)) {
        out.sql += u' ' + (f.op == QLatin1String("!=") ? QStringLiteral("<>") : f.op) +
                   QStringLiteral(" ?)");
        out.bindings.append(f.operand.toVariant());
    } else if (f.op == QLatin1String("between")) {
        const QJsonArray bounds = f.operand.toArray();
        if (bounds.size() != 2)
            return Status::badInput(tr("filter 'between' needs two values, e.g. [1, 5]"));
        out.sql += QStringLiteral(" BETWEEN ? AND ?)");
        out.bindings.append(bounds[0].toVariant());
        out.bindings.append(bounds[1].toVariant());
    } else if (f.op == QLatin1String("contains")) {
        QString pattern = f.operand.toVariant().toString();
        pattern.replace(u'\\', QLatin1String("\\\\"))
            .replace(u'%', QLatin1String("\\%"))
            .replace(u'_', QLatin1String("\\_"));
        out = SqlFragment{u'(' + m_dialect.likeEscaped(m_dialect.toText(v.sql)) + u')', v.bindings};
        out.bindings.append(QString(u'%' + pattern + u'%'));
    } else if (f.op == QLatin1String("isnull")) {
        out.sql += QStringLiteral(" IS NULL)");
    } else if (f.op == QLatin1String("notnull")) {
        out.sql += QStringLiteral(" IS NOT NULL)");
    } else {
        return Status::badInput(tr("unknown filter operator '%1'").arg(f.op));
    }
    return Status::success();
}

Status QueryBuilder::where(const ChartSpec &spec, SqlFragment &out) const {
    out = {};
    for (const FilterSpec &f : spec.filters) {
        SqlFragment one;
        if (Status s = filter(f, one); !s)
            return s;
        out.sql += out.sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        out.append(one);
    }
    return Status::success();
}

QString QueryBuilder::bucketed(TimeBucket bucket, const QString &column,
                               std::optional<ColumnType> type) const {
    // Dates and timestamps are stored as 'YYYY-MM-DD[ HH:MM:SS]': a day, month, year, hour or
    // minute is a prefix of the text, far cheaper per row than date functions on millions of
    // rows.
    if (type == ColumnType::Date || type == ColumnType::Timestamp) {
        switch (bucket) {
        case TimeBucket::Day:
            return m_dialect.prefix(column, 10);
        case TimeBucket::Month:
            return m_dialect.prefix(column, 7);
        case TimeBucket::Year:
            return m_dialect.prefix(column, 4);
        case TimeBucket::Hour:
            if (type == ColumnType::Timestamp)
                return m_dialect.prefix(column, 13) + QStringLiteral(" || ':00'");
            break;
        case TimeBucket::Minute:
            if (type == ColumnType::Timestamp)
                return m_dialect.prefix(column, 16);
            break;
        default:
            break;
        }
    }
    switch (bucket) {
    case TimeBucket::None:
        return column;
    case TimeBucket::Minute:
        return m_dialect.minuteBucket(column);
    case TimeBucket::Hour:
        return m_dialect.hourBucket(column);
    case TimeBucket::Day:
        return m_dialect.dayBucket(column);
    case TimeBucket::TenDay:
        return m_dialect.tenDayBucket(column);
    case TimeBucket::Week:
        return m_dialect.weekBucket(column);
    case TimeBucket::Month:
        return m_dialect.monthBucket(column);
    case TimeBucket::Quarter:
        return m_dialect.quarterBucket(column);
    case TimeBucket::Year:
        return m_dialect.yearBucket(column);
    }
    return column;
}

Status QueryBuilder::baseAndLabels(const ChartSpec &spec, bool withY, SqlFragment &out,
                                   bool withRowid) const {
    // base: the values the chart needs, one row per dataset row that passes the filters.
    // Expressions are evaluated once here, so later stages refer to plain names.
    SqlFragment x{QStringLiteral("NULL"), {}}, s{QStringLiteral("NULL"), {}},
        y{QStringLiteral("NULL"), {}};
    if (spec.x.isSet()) {
        if (Status st = value(spec.x, x); !st)
            return st;
    }
    if (spec.series) {
        if (Status st = value(*spec.series, s); !st)
            return st;
    }
    if (withY && spec.y.isSet()) {
        if (Status st = value(spec.y, y); !st)
            return st;
    }
    SqlFragment filters;
    if (Status st = where(spec, filters); !st)
        return st;
    out = SqlFragment{withRowid ? QStringLiteral("WITH base AS (SELECT rowid AS rid, ")
                                : QStringLiteral("WITH base AS (SELECT "),
                      {}};
    out.append(x);
    out.sql += QStringLiteral(" AS x, ");
    out.append(s);
    out.sql += QStringLiteral(" AS s, ");
    out.append(y);
    out.sql += QStringLiteral(" AS v FROM ") + m_dialect.quoteTable(m_dataset.tableName);
    out.append(filters);
    out.sql += u')';

    // labeled: bucket keys, and series names with the top N kept and the rest as "other".
    const QString seriesName =
        QStringLiteral("coalesce(%1, ?)").arg(m_dialect.toText(QStringLiteral("s")));
    QString label = QStringLiteral("NULL");
    QVariantList labelBindings;
    if (spec.series) {
        label = seriesName;
        labelBindings.append(emptyLabel());
        if (spec.top > 0) {
            const QString rank = spec.agg == Aggregate::Sum && spec.y.isSet()
                                     ? QStringLiteral("sum(v)")
                                     : QStringLiteral("count(*)");
            // By the alias, not position: ClickHouse 18 reads GROUP BY 1 as a constant.
            out.sql += QStringLiteral(", top AS (SELECT %1 AS name FROM base GROUP BY name ORDER "
                                      "BY %2 DESC, name LIMIT ?)")
                           .arg(seriesName, rank);
            out.bindings.append(emptyLabel());
            out.bindings.append(spec.top);
            label = QStringLiteral("CASE WHEN %1 IN (SELECT name FROM top) THEN %1 ELSE ? END")
                        .arg(seriesName);
            labelBindings = {emptyLabel(), emptyLabel(), otherLabel()};
        }
    }
    // Rows without an x have no place on a chart. Testing x here, not the bucketed key later,
    // keeps SQLite from computing the bucket twice per row (once to filter, once to group).
    out.sql += QStringLiteral(", labeled AS (SELECT %1%2 AS k, %3 AS s, v FROM base%4)")
                   .arg(withRowid ? QStringLiteral("rid, ") : QString(),
                        bucketed(spec.bucket, QStringLiteral("x"), columnType(spec.x)), label,
                        spec.x.isSet() ? QStringLiteral(" WHERE x IS NOT NULL") : QString());
    out.bindings += labelBindings;
    return Status::success();
}

QString QueryBuilder::aggregateSql(Aggregate agg, bool hasY) const {
    switch (agg) {
    case Aggregate::None:
    case Aggregate::Count:
        return hasY ? QStringLiteral("count(v)") : QStringLiteral("count(*)");
    case Aggregate::CountDistinct:
        return m_dialect.countDistinct(QStringLiteral("v"));
    case Aggregate::Sum:
        return QStringLiteral("sum(v)");
    case Aggregate::Avg:
        return QStringLiteral("avg(v)");
    case Aggregate::Min:
        return QStringLiteral("min(v)");
    case Aggregate::Max:
        return QStringLiteral("max(v)");
    case Aggregate::Median:
        return quantileSql(0.5);
    }
    return QStringLiteral("count(*)");
}

QString QueryBuilder::quantileSql(double p) const {
    if (const QString aggregate = m_dialect.quantile(p, QStringLiteral("v")); !aggregate.isEmpty())
        return aggregate;
    // Linear interpolation between the two ranks around p·(n−1) (i is the 0-based rank in
    // "ordered"): the median of an even count is the mean of the middle two. The lower rank
    // is the floor: a cast rounds on PostgreSQL where SQLite's truncates.
    const QString pos = QStringLiteral("(%1 * (n - 1))").arg(p);
    const QString lo = m_dialect.floorOf(pos);
    return QStringLiteral("sum(CASE WHEN i = %2 THEN v * (1 - (%1 - %2)) WHEN i = %2 + 1 THEN v "
                          "* (%1 - %2) ELSE 0 END)")
        .arg(pos, lo);
}

Status QueryBuilder::rowsBehind(const ChartSpec &spec, const QString &key, const QString &series,
                                SqlFragment &condition) const {
    const bool terms = spec.type == ChartType::Terms;
    ChartSpec plain = spec;
    if (terms)
        plain.bucket = TimeBucket::None;
    SqlFragment base;
    if (Status s = baseAndLabels(plain, true, base, true); !s)
        return s;
    condition = SqlFragment{QStringLiteral("rowid IN ("), {}};
    condition.append(base);
    // A term's rows are those whose text has it, as TermCounter counted them.
    condition.sql +=
        QStringLiteral(" SELECT rid FROM labeled WHERE %1")
            .arg(terms ? m_dialect.containsTerm(QStringLiteral("k"), QStringLiteral("?"),
                                                spec.terms.stripParticles ? QStringLiteral("1")
                                                                          : QStringLiteral("0"))
                       : m_dialect.toText(QStringLiteral("k")) + QStringLiteral(" = ?"));
    condition.bindings.append(key);
    if (spec.series) {
        condition.sql += QStringLiteral(" AND s = ?");
        condition.bindings.append(series);
    }
    condition.sql += u')';
    return Status::success();
}

Status QueryBuilder::termTexts(const ChartSpec &spec, SqlFragment &out) const {
    if (!spec.x.isSet())
        return Status::badInput(tr("a terms chart needs a text column as x"));
    ChartSpec plain = spec;
    plain.bucket = TimeBucket::None;
    if (Status s = baseAndLabels(plain, false, out); !s)
        return s;
    // Row by row: tweets are nearly all distinct, and grouping equal texts first would sort
    // them all to save little.
    out.sql +=
        QStringLiteral(" SELECT %1, s, 1 FROM labeled").arg(m_dialect.toText(QStringLiteral("k")));
    return Status::success();
}

bool QueryBuilder::integerBins(const ChartSpec &spec) const {
    // Whole numbers are a plain integer column's (an expression's bins are of reals, as the
    // column engine, which cannot always tell an expression's type, bins them).
    const std::optional<ColumnType> xType = columnType(spec.x);
    return xType == ColumnType::Integer || xType == ColumnType::Boolean;
}

bool QueryBuilder::needsRange(const ChartSpec &spec) const {
    return spec.type == ChartType::Histogram && spec.binWidth <= 0 && spec.bins > 0 &&
           m_dialect.roundBinsFromRange();
}

Status QueryBuilder::histogramRange(const ChartSpec &spec, SqlFragment &out) const {
    ChartSpec binned = spec;
    binned.bucket = TimeBucket::None;
    if (Status s = baseAndLabels(binned, false, out); !s)
        return s;
    out.sql += QStringLiteral(" SELECT min(k), max(k) FROM labeled");
    return Status::success();
}

Status QueryBuilder::build(const ChartSpec &spec, ChartQuery &out,
                           const std::optional<std::pair<double, double>> &range) const {
    out = ChartQuery{};
    out.hasSeries = spec.series.has_value();
    const bool hasY = spec.y.isSet();
    const bool histogram = spec.type == ChartType::Histogram;
    const bool box = spec.type == ChartType::Box;
    const bool raw = spec.agg == Aggregate::None && !histogram && !box;
    if (!histogram && !box && !spec.x.isSet())
        return Status::badInput(tr("a %1 chart needs an x column").arg(chartTypeName(spec.type)));
    if ((box || raw || spec.agg != Aggregate::Count) && !hasY && !histogram)
        return Status::badInput(
            tr("%1 needs a y column")
                .arg(box || raw ? chartTypeName(spec.type) : aggregateName(spec.agg)));
    if (histogram && !spec.x.isSet())
        return Status::badInput(tr("a histogram needs an x column to bin"));

    if (raw) {
        SqlFragment base;
        if (Status s = baseAndLabels(spec, true, base); !s)
            return s;
        out.shape = ChartQuery::Shape::Raw;
        out.sql = base;
        out.sql.sql +=
            QStringLiteral(" SELECT k, v, s FROM labeled WHERE v IS NOT NULL ORDER BY k");
        return Status::success();
    }

    if (histogram) {
        if (spec.bins <= 0 && spec.binWidth <= 0)
            return Status::badInput(tr("a histogram needs \"bins\" or \"bin_width\""));
        // The binned value is x; bucketing does not apply to it.
        ChartSpec binned = spec;
        binned.bucket = TimeBucket::None;
        SqlFragment base;
        if (Status s = baseAndLabels(binned, false, base); !s)
            return s;
        out.shape = ChartQuery::Shape::Histogram;
        out.sql = base;
        const auto number = [](double value) {
            // A real literal, so k / width never becomes integer division.
            QString text = QString::number(value, 'g', 17);
            if (!text.contains(u'.') && !text.contains(u'e') && !text.contains(u'n'))
                text += QStringLiteral(".0");
            return text;
        };
        if (range) {
            // The round bins NiceBins chose from x's range, spelled as numbers; the same
            // clamping as below.
            const NiceBins bins =
                NiceBins::of(range->first, range->second, spec.bins, integerBins(spec));
            const QString origin = number(bins.origin), width = number(bins.width);
            const QString bin =
                m_dialect.floorOf(QStringLiteral("(%1 / %2 + %3)")
                                      .arg(m_dialect.toReal(QStringLiteral("k - ") + origin), width,
                                           QString::number(NiceBins::kEdgeSlack, 'g', 17)));
            if (bins.width > 0)
                out.sql.sql +=
                    QStringLiteral(", binned AS (SELECT s, CASE WHEN %1 < 0 THEN 0 WHEN %1 > %2 "
                                   "THEN %2 ELSE %1 END AS b FROM labeled WHERE k IS NOT NULL) "
                                   "SELECT b, %3 + b * %4, %3 + (b + 1) * %4, s, count(*)")
                        .arg(bin)
                        .arg(bins.count - 1)
                        .arg(origin, width);
            else // every value the same: one bin [lo, hi]
                out.sql.sql += QStringLiteral(", binned AS (SELECT s, 0 AS b FROM labeled WHERE k "
                                              "IS NOT NULL) SELECT b, %1, %2, s, count(*)")
                                   .arg(number(range->first), number(range->second));
        } else if (spec.binWidth > 0) {
            const QString width = number(spec.binWidth);
            out.sql.sql += QStringLiteral(", binned AS (SELECT s, %1 AS b FROM labeled WHERE k IS "
                                          "NOT NULL)")
                               .arg(m_dialect.floorOf(QStringLiteral("(k / %1)").arg(width)));
            out.sql.sql +=
                QStringLiteral(" SELECT b, b * %1, (b + 1) * %1, s, count(*)").arg(width);
        } else {
            // NiceBins in SQL, the same arithmetic in the same order: the listed width nearest
            // (hi - lo) / N (whole from 1 for integers), the origin on a multiple of it, and
            // the largest real in the last bin.
            const auto real = [this](const char *value) {
                return m_dialect.toReal(QString::fromLatin1(value));
            };
            const auto floor = [this](const QString &value) { return m_dialect.floorOf(value); };
            const QString slack = QString::number(NiceBins::kEdgeSlack, 'g', 17);
            const QString wanted = QStringLiteral("%1 / %2.0").arg(real("span")).arg(spec.bins);
            // Each listed width is [width, from]; a server's JSON values come out as text.
            const QString width = m_dialect.toReal(
                m_dialect.jsonExtract(QStringLiteral("value"), QStringLiteral("'$[0]'")));
            const QString from = m_dialect.toReal(
                m_dialect.jsonExtract(QStringLiteral("value"), QStringLiteral("'$[1]'")));
            const QString widths = m_dialect.jsonListValues(QStringLiteral("?"));
            const bool integers = integerBins(spec);
            const QString origin = floor(QStringLiteral("(%1 / w)").arg(real("lo")));
            // count = max(1, ceil(edges - slack)), with ceil(x) = -floor(-x)
            const QString count = QStringLiteral("(-%1)").arg(
                floor(QStringLiteral("(-(%1 / w - %2))").arg(real("hi + whole - origin"), slack)));
            // bin = clamp(floor((k - origin) / w + slack), 0, n - 1)
            const QString bin =
                floor(QStringLiteral("(%1 / w + %2)").arg(real("k - origin"), slack));
            out.sql.sql +=
                QStringLiteral(", bounds AS (SELECT min(k) AS lo, max(k) AS hi, %1 AS whole FROM "
                               "labeled), "
                               "spanned AS (SELECT lo, hi, whole, hi + whole - lo AS span FROM "
                               "bounds), ")
                    .arg(integers ? 1 : 0);
            out.sql.sql +=
                QStringLiteral("stepped AS (SELECT lo, hi, whole, CASE WHEN span > 0 THEN (SELECT "
                               "%1 FROM (%2) AS widths WHERE %3 <= %4 ORDER BY %3 DESC LIMIT 1) "
                               "ELSE 0 END AS w FROM spanned), ")
                    .arg(width, widths, from, wanted);
            out.sql.bindings.append(QString::fromUtf8(NiceBins::widthsJson(integers)));
            out.sql.sql +=
                QStringLiteral(
                    "placed AS (SELECT lo, hi, whole, coalesce(w, 0) AS w, CASE WHEN "
                    "w > 0 THEN %1 * w ELSE lo END AS origin FROM stepped), "
                    "grid AS (SELECT lo, hi, w, origin, CASE WHEN w = 0 THEN 1 WHEN %2 "
                    "< 1 THEN 1 ELSE %2 END AS n FROM placed), "
                    "binned AS (SELECT s, CASE WHEN w = 0 THEN 0 WHEN %3 < 0 THEN 0 "
                    "WHEN %3 > n - 1 THEN n - 1 ELSE %3 END AS b FROM labeled CROSS JOIN grid "
                    "WHERE k IS NOT NULL)")
                    .arg(origin, count, bin);
            out.sql.sql += QStringLiteral(" SELECT b, origin + b * w, CASE WHEN w = 0 THEN hi ELSE "
                                          "origin + (b + 1) * w END, s, count(*)");
        }
        if (spec.normalize && m_dialect.hasWindowFunctions())
            out.sql.sql += QStringLiteral(" * 1.0 / sum(count(*)) OVER (PARTITION BY s)");
        out.shareOfSeries = spec.normalize && !m_dialect.hasWindowFunctions();
        // grid is one row; its columns are grouped by too, as PostgreSQL wants every column
        // it shows grouped or aggregated.
        out.sql.sql += spec.binWidth > 0 || range
                           ? QStringLiteral(" FROM binned GROUP BY b, s ORDER BY b, s")
                           : QStringLiteral(" FROM binned CROSS JOIN grid GROUP BY b, s, origin, "
                                            "w, hi ORDER BY b, s");
        return Status::success();
    }

    SqlFragment base;
    if (Status s = baseAndLabels(spec, true, base); !s)
        return s;
    out.sql = base;
    // Quantiles read the non-empty values of each group, ranked here unless the engine has a
    // quantile aggregate (Dialect::quantile).
    const bool ranks = m_dialect.quantile(0.5, QStringLiteral("v")).isEmpty();
    const QString ordered =
        ranks ? QStringLiteral(", ordered AS (SELECT k, s, v, row_number() OVER (PARTITION BY k, "
                               "s ORDER BY v) - 1 AS i, count(*) OVER (PARTITION BY k, s) AS n "
                               "FROM labeled WHERE v IS NOT NULL)")
              : QStringLiteral(", ordered AS (SELECT k, s, v FROM labeled WHERE v IS NOT NULL)");
    if (box) {
        out.shape = ChartQuery::Shape::Box;
        out.sql.sql += ordered;
        out.sql.sql += QStringLiteral(" SELECT k, s, min(v), %1, %2, %3, max(v), count(v) FROM "
                                      "ordered GROUP BY k, s ORDER BY k, s")
                           .arg(quantileSql(0.25), quantileSql(0.5), quantileSql(0.75));
        return Status::success();
    }
    out.shape = ChartQuery::Shape::Series;
    if (spec.agg == Aggregate::Median) {
        out.sql.sql += ordered;
        out.sql.sql += QStringLiteral(" SELECT k, s, %1 FROM ordered GROUP BY k, s ORDER BY k, s")
                           .arg(quantileSql(0.5));
    } else {
        out.sql.sql += QStringLiteral(" SELECT k, s, %1 FROM labeled GROUP BY k, s ORDER BY k, s")
                           .arg(aggregateSql(spec.agg, hasY));
    }
    return Status::success();
}

} // namespace tl

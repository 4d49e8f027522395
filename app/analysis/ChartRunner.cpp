#include "ChartRunner.h"

#include "analysis/BucketLabels.h"
#include "analysis/Forecast.h"
#include "analysis/QueryBuilder.h"
#include "store/Catalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::ChartRunner", text);
}

QString refTitle(const ValueRef &ref) {
    return ref.expr.isEmpty() ? ref.column : ref.expr;
}

double toNumber(const QVariant &v) {
    return v.isNull() ? ChartData::kNone : v.toDouble();
}

// Series by total, largest first; "other" always last, where a legend reader looks for it.
QStringList orderSeries(const std::vector<ChartData::Point> &points) {
    QHash<QString, double> totals;
    QStringList order;
    for (const auto &p : points) {
        if (!totals.contains(p.series))
            order.append(p.series);
        totals[p.series] += std::isnan(p.value) ? 0 : p.value;
    }
    std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) {
        const bool aOther = a == QueryBuilder::otherLabel(),
                   bOther = b == QueryBuilder::otherLabel();
        if (aOther != bOther)
            return bOther;
        return totals[a] > totals[b];
    });
    return order;
}

void appendForecast(const ChartSpec &spec, ChartData &data) {
    if (spec.forecast.method.isEmpty() || spec.forecast.horizon <= 0 || data.keys.isEmpty())
        return;
    const QString last = data.keys.back();
    QStringList future;
    for (int h = 1; h <= spec.forecast.horizon; ++h) {
        const QString next = BucketLabels::advance(spec.bucket, last, h);
        future.append(next.isEmpty() ? QStringLiteral("+%1").arg(h) : next);
    }
    std::vector<ChartData::Point> added;
    for (const QString &series : std::as_const(data.series)) {
        // Missing buckets of a count are zero; of anything else they are unknown and skipped.
        QHash<QString, double> byKey;
        for (const auto &p : data.points) {
            if (p.series == series)
                byKey.insert(p.key, p.value);
        }
        std::vector<double> history;
        const bool counts = spec.agg == Aggregate::Count || spec.agg == Aggregate::CountDistinct;
        for (const QString &key : std::as_const(data.keys)) {
            if (byKey.contains(key) && !std::isnan(byKey[key]))
                history.push_back(byKey[key]);
            else if (counts)
                history.push_back(0);
        }
        const auto predicted =
            spec.forecast.method == QLatin1String("linear")
                ? Forecast::linear(history, spec.forecast.horizon, spec.forecast.window)
                : Forecast::holt(history, spec.forecast.horizon);
        // Audiences, counts and prices never go below zero; neither does their forecast.
        const bool nonNegative =
            std::all_of(history.begin(), history.end(), [](double v) { return v >= 0; });
        auto floorAt0 = [nonNegative](double v) { return nonNegative ? std::max(0.0, v) : v; };
        for (std::size_t h = 0; h < predicted.size(); ++h)
            added.push_back({future[int(h)], series, floorAt0(predicted[h].value), true,
                             floorAt0(predicted[h].low), floorAt0(predicted[h].high)});
    }
    data.keys += future;
    data.points.insert(data.points.end(), added.begin(), added.end());
}

void fillEmptyBins(const ChartSpec &spec, ChartData &data) {
    if (spec.bins <= 0 || data.bins.empty())
        return;
    const auto &any = data.bins.front();
    const double width = any.end - any.start;
    if (width <= 0)
        return;
    // Bins count up from the smallest value; the lowest bin present starts there.
    double first = any.start;
    for (const auto &b : data.bins)
        first = std::min(first, b.start);
    std::vector<ChartData::Bin> full;
    for (const QString &series : std::as_const(data.series)) {
        for (int i = 0; i < spec.bins; ++i) {
            const double start = first + i * width;
            auto found = std::find_if(data.bins.begin(), data.bins.end(), [&](const auto &b) {
                return b.series == series && std::abs(b.start - start) < width * 1e-9;
            });
            full.push_back(found != data.bins.end()
                               ? *found
                               : ChartData::Bin{start, start + width, series, 0});
        }
    }
    std::stable_sort(full.begin(), full.end(),
                     [](const auto &a, const auto &b) { return a.start < b.start; });
    data.bins = std::move(full);
}

} // namespace

QString ChartRunner::xTitle(const ChartSpec &spec) {
    const QString x = refTitle(spec.x);
    return spec.bucket == TimeBucket::None
               ? x
               : QStringLiteral("%1 (%2)").arg(x, bucketName(spec.bucket));
}

QString ChartRunner::yTitle(const ChartSpec &spec) {
    if (spec.type == ChartType::Histogram)
        return spec.normalize ? QStringLiteral("share") : QStringLiteral("count");
    if (spec.agg == Aggregate::None || spec.type == ChartType::Box)
        return refTitle(spec.y);
    if (!spec.y.isSet())
        return aggregateName(spec.agg);
    return QStringLiteral("%1(%2)").arg(aggregateName(spec.agg), refTitle(spec.y));
}

Status ChartRunner::run(QSqlDatabase &db, const Dialect &dialect, const ChartSpec &spec,
                        ChartData &out) {
    out = ChartData{};
    const auto found = Catalog(db, dialect).find(spec.dataset);
    if (!found)
        return found.status();
    const std::optional<DatasetInfo> &info = *found;
    if (!info)
        return Status::badInput(tr("no dataset named '%1'").arg(spec.dataset));
    ChartQuery query;
    if (Status s = QueryBuilder(dialect, *info).build(spec, query); !s)
        return s;
    QSqlQuery sql(db);
    sql.setForwardOnly(true);
    if (!sql.prepare(query.sql.sql))
        return Status::internal(sql.lastError().text());
    for (const QVariant &value : query.sql.bindings)
        sql.addBindValue(value);
    if (!sql.exec())
        return Status::badInput(tr("chart query failed: %1").arg(sql.lastError().text()));

    out.shape = query.shape;
    out.xLabel = xTitle(spec);
    out.yLabel = yTitle(spec);
    QStringList seen;
    auto note = [](QStringList &list, const QString &value) {
        if (list.isEmpty() || !list.contains(value))
            list.append(value);
    };
    while (sql.next()) {
        switch (query.shape) {
        case ChartQuery::Shape::Series: {
            if (sql.isNull(0))
                break; // an x that is not a date cannot be bucketed
            ChartData::Point p{sql.value(0).toString(), sql.value(1).toString(),
                               toNumber(sql.value(2))};
            if (out.keys.isEmpty() || out.keys.back() != p.key)
                out.keys.append(p.key);
            out.points.push_back(p);
            break;
        }
        case ChartQuery::Shape::Histogram:
            out.bins.push_back({sql.value(1).toDouble(), sql.value(2).toDouble(),
                                sql.value(3).toString(), sql.value(4).toDouble()});
            note(seen, sql.value(3).toString());
            break;
        case ChartQuery::Shape::Box:
            out.boxes.push_back({sql.value(0).toString(), sql.value(1).toString(),
                                 sql.value(2).toDouble(), sql.value(3).toDouble(),
                                 sql.value(4).toDouble(), sql.value(5).toDouble(),
                                 sql.value(6).toDouble(), sql.value(7).toLongLong()});
            note(out.keys, sql.value(0).toString());
            note(seen, sql.value(1).toString());
            break;
        case ChartQuery::Shape::Raw: {
            if (sql.isNull(0))
                break;
            const QVariant x = sql.value(0);
            bool numeric = false;
            double xv = x.toDouble(&numeric);
            if (!numeric) {
                // Dates and timestamps plot on a time axis: milliseconds since the epoch (UTC).
                QDateTime t = QDateTime::fromString(x.toString(), Qt::ISODateWithMs);
                t.setTimeSpec(Qt::UTC);
                xv = t.isValid() ? double(t.toMSecsSinceEpoch()) : double(out.rawX.size());
                out.rawKeys.append(x.toString());
            }
            out.rawX.push_back(xv);
            out.rawY.push_back(sql.value(1).toDouble());
            break;
        }
        }
    }
    if (sql.lastError().isValid())
        return Status::badInput(tr("chart query failed: %1").arg(sql.lastError().text()));
    if (query.shape == ChartQuery::Shape::Series)
        out.series = orderSeries(out.points);
    else
        out.series = seen.isEmpty() ? QStringList{QString()} : seen;
    fillEmptyBins(spec, out);
    appendForecast(spec, out);
    return Status::success();
}

} // namespace tl

#pragma once

#include "core/Status.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace tl {

// Table: the rows of a bar chart's query, listed largest value first (the chart panel shows
// them as a table; they export as CSV).
enum class ChartType { Line, Area, Bar, StackedBar, Scatter, Histogram, Box, Pie, Terms, Table };
enum class TimeBucket { None, Minute, Hour, Day, TenDay, Week, Month, Quarter, Year };
enum class Aggregate { None, Count, CountDistinct, Sum, Avg, Min, Max, Median };

// A column of the dataset, or a derived value written in the expression language.
struct ValueRef {
    QString column;
    QString expr;
    bool isSet() const { return !column.isEmpty() || !expr.isEmpty(); }
    friend bool operator==(const ValueRef &, const ValueRef &) = default;
};

struct FilterSpec {
    ValueRef value;     // the filtered column or expression
    QString op;         // = != < <= > >= in contains isnull notnull between; empty with expr only
    QJsonValue operand; // a value, or an array for in / between
    friend bool operator==(const FilterSpec &, const FilterSpec &) = default;
};

struct ForecastSpec {
    QString method;  // "holt" or "linear"; empty: no forecast
    int horizon = 0; // buckets ahead
    int window = 0;  // linear: fit over the last `window` points (0: all)
    friend bool operator==(const ForecastSpec &, const ForecastSpec &) = default;
};

// A terms chart: the `top` most frequent terms of a text x (text::Tokenizer), leaving out the
// stopwords of both languages when asked and terms shorter than `minLength` characters;
// numbers are never terms.
struct TermsSpec {
    static constexpr int kDefaultTop = 20;
    int top = kDefaultTop;
    bool stopwords = true;
    int minLength = 1;
    bool stripParticles = false; // Korean particles: "영화는" counts as "영화"
    friend bool operator==(const TermsSpec &, const TermsSpec &) = default;
};

// What a chart shows, as saved in the workspace and read by `trendlens chart` (ARCHITECTURE.md §6):
//   {"version": 1, "dataset": "imdb", "type": "line", "title": "...",
//    "x": {"column": "review_date", "bucket": "month"}, "y": {"agg": "count"},
//    "series": {"column": "movie", "top": 5}, "filters": [{"column": "rating", "op": ">=",
//    "value": 8}], "bins": 20, "normalize": true, "forecast": {"method": "holt", "horizon": 3}}
//   {"dataset": "x_tweets", "type": "terms", "x": {"column": "text"}, "series": {"column":
//    "lang"}, "terms": {"top": 20, "stopwords": true, "min_length": 1, "strip_particles": false}}
//   {"connection": "team", "dataset": "mart.kobis_boxoffice_daily", ...}: a table on one of the
//    workspace's servers (trendlens connection), where the chart runs as one query
struct ChartSpec {
    static constexpr int kVersion = 1;
    // Bounds a spec is checked against when read: each keeps one chart's work and memory
    // proportional to what can be shown.
    static constexpr int kMaxBins = 10000;
    static constexpr double kMinBinWidth = 1e-9;
    static constexpr int kMaxTop = 1000;
    static constexpr int kMaxFilters = 100;
    static constexpr int kMaxInValues = 100000;
    static constexpr int kMaxForecastHorizon = 1000;

    int version = kVersion;
    QString connection; // a named server (ServerConnections); empty: the workspace
    QString dataset;
    ChartType type = ChartType::Line;
    QString title;
    ValueRef x;
    TimeBucket bucket = TimeBucket::None;
    ValueRef y;
    Aggregate agg = Aggregate::Count;
    std::optional<ValueRef> series;
    int top = 0; // series: keep the top N by total, the rest as "other" (0: all)
    QList<FilterSpec> filters;
    int bins = 0;
    double binWidth = 0;
    bool normalize = false;
    ForecastSpec forecast;
    TermsSpec terms; // type terms only

    static Status fromJson(const QJsonObject &json, ChartSpec &out);
    QJsonObject toJson() const;

    friend bool operator==(const ChartSpec &, const ChartSpec &) = default;
};

QString chartTypeName(ChartType type);
std::optional<ChartType> chartTypeFromName(const QString &name);
QString bucketName(TimeBucket bucket);
std::optional<TimeBucket> bucketFromName(const QString &name);
QString aggregateName(Aggregate aggregate);
std::optional<Aggregate> aggregateFromName(const QString &name);

} // namespace tl

#pragma once

#include "analysis/ChartQuery.h"
#include "analysis/ChartSpec.h"
#include "analysis/ExpressionCompiler.h"
#include "store/DatasetInfo.h"

namespace tl {

// Turns a ChartSpec into one SQL query through the Dialect: buckets, aggregates (median and
// quartiles included), top-N series with the rest as "other", filters, histograms and box
// plots all run in the database. Identifiers are quoted; every value is bound.
class QueryBuilder {
public:
    // Timestamps are read as the wall-clock time of `zone` (an IANA id; UTC when empty).
    QueryBuilder(const Dialect &dialect, const DatasetInfo &dataset, const QByteArray &zone = {});

    // `range` is x's (min, max) when needsRange(): the round bins are then chosen from it
    // (NiceBins) and spelled as numbers.
    Status build(const ChartSpec &spec, ChartQuery &out,
                 const std::optional<std::pair<double, double>> &range = {}) const;
    // A histogram of round bins on an engine whose caller chooses them
    // (Dialect::roundBinsFromRange): x's range comes first, from histogramRange(), one row
    // (min, max).
    bool needsRange(const ChartSpec &spec) const;
    Status histogramRange(const ChartSpec &spec, SqlFragment &out) const;
    // A terms chart's texts: (text, series, 1) for each row that passes the filters, for
    // TermCounter.
    Status termTexts(const ChartSpec &spec, SqlFragment &out) const;
    // A condition on the dataset's rows that selects those behind one point of the chart:
    // the spec's filters, x in the point's bucket (or category), and its series ("other" is
    // everything outside the top N). For clicking through from a chart to its rows.
    Status rowsBehind(const ChartSpec &spec, const QString &key, const QString &series,
                      SqlFragment &condition) const;

    // The label of the series that gathers everything outside the top N.
    static QString otherLabel() { return QStringLiteral("other"); }
    // The label of rows whose series value is empty.
    static QString emptyLabel() { return QStringLiteral("(empty)"); }

private:
    Status value(const ValueRef &ref, SqlFragment &out) const;
    Status where(const ChartSpec &spec, SqlFragment &out) const;
    Status filter(const FilterSpec &f, SqlFragment &out) const;
    QString bucketed(TimeBucket bucket, const QString &column,
                     std::optional<ColumnType> type) const;
    // The stored type of a plain column reference (none for an expression).
    std::optional<ColumnType> columnType(const ValueRef &ref) const;
    // "WITH base AS (SELECT … FROM table WHERE …), labeled AS (…)" — shared by every shape.
    Status baseAndLabels(const ChartSpec &spec, bool withY, SqlFragment &out,
                         bool withRowid = false) const;
    QString aggregateSql(Aggregate agg, bool hasY) const;
    QString quantileSql(double p) const;
    bool integerBins(const ChartSpec &spec) const;

    const Dialect &m_dialect;
    DatasetInfo m_dataset;
    ExpressionCompiler m_expressions;
};

} // namespace tl

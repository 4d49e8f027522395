#pragma once

#include "analysis/ChartQuery.h"

#include <QPointF>
#include <QStringList>

#include <cmath>
#include <limits>
#include <vector>

namespace tl {

class CsvWriter;

// The rows a chart draws, in the order it draws them. What the chart panel, the PNG/SVG/PDF
// renderer and the CSV export share.
struct ChartData {
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

    struct Point { // Series shape: one bucket or category of one series
        QString key;
        QString series;
        double value = kNone;
        bool forecast = false;
        double low = kNone; // forecast band
        double high = kNone;
    };
    struct Bin { // Histogram
        double start = 0;
        double end = 0;
        QString series;
        double value = 0; // count, or share when normalised
    };
    struct Box {
        QString key;
        QString series;
        double min = 0, q1 = 0, median = 0, q3 = 0, max = 0;
        qint64 count = 0;
    };

    ChartQuery::Shape shape = ChartQuery::Shape::Series;
    QString xLabel;
    QString yLabel;
    // The zone x's timestamps are read in ("KST", "UTC"); empty when x is not a timestamp.
    QString xZone;
    QStringList keys;   // x categories / buckets in order (forecast buckets included)
    QStringList series; // series names in order; one empty name when the chart is not split
    std::vector<Point> points;
    std::vector<Bin> bins;
    std::vector<Box> boxes;
    std::vector<double> rawX, rawY; // Raw shape, sorted by x
    QStringList rawKeys;            // Raw shape: x as written when it is not a number
    // Raw shape: the whole line decimated for the first frame (by the window's worker, so
    // the GUI thread does not walk millions of points); empty when not computed.
    std::vector<QPointF> rawFirstFrame;

    // Which engine answered: "columns" (the column store) or "sql"; when SQL answered a chart
    // the column engine could not, `engineNote` says why. Shown beside the chart's data.
    QString engine;
    QString engineNote;
    double queryMs = 0;

    bool isSplit() const {
        return series.size() > 1 || (series.size() == 1 && !series[0].isEmpty());
    }
    // One row per point with a header: x label, series (when split), value; histogram bins as
    // start, end; box plots as their five numbers. The chart's data table and its CSV.
    struct Table {
        QStringList header;
        QList<QVariantList> rows;
    };
    Table table() const;
    void writeCsv(CsvWriter &writer) const;
    qint64 rowCount() const;
};

} // namespace tl

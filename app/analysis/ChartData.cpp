#include "ChartData.h"

#include "export/CsvWriter.h"

namespace tl {

namespace {
QVariant number(double v) {
    return std::isnan(v) ? QVariant() : QVariant(v);
}
} // namespace

qint64 ChartData::rowCount() const {
    switch (shape) {
    case ChartQuery::Shape::Series:
        return qint64(points.size());
    case ChartQuery::Shape::Histogram:
        return qint64(bins.size());
    case ChartQuery::Shape::Box:
        return qint64(boxes.size());
    case ChartQuery::Shape::Raw:
        return qint64(rawX.size());
    }
    return 0;
}

ChartData::Table ChartData::table() const {
    Table table;
    const bool split = isSplit();
    const QString x = xLabel.isEmpty() ? QStringLiteral("x") : xLabel;
    const QString y = yLabel.isEmpty() ? QStringLiteral("value") : yLabel;
    switch (shape) {
    case ChartQuery::Shape::Series: {
        const bool forecasts =
            std::any_of(points.begin(), points.end(), [](const Point &p) { return p.forecast; });
        QStringList header{x};
        if (split)
            header.append(QStringLiteral("series"));
        header.append(y);
        if (forecasts)
            header += {QStringLiteral("forecast"), QStringLiteral("low"), QStringLiteral("high")};
        table.header = header;
        for (const Point &p : points) {
            QVariantList row{p.key};
            if (split)
                row.append(p.series);
            row.append(number(p.value));
            if (forecasts)
                row += {p.forecast ? 1 : 0, number(p.low), number(p.high)};
            table.rows.append(row);
        }
        return table;
    }
    case ChartQuery::Shape::Histogram: {
        QStringList header{QStringLiteral("bin_start"), QStringLiteral("bin_end")};
        if (split)
            header.append(QStringLiteral("series"));
        header.append(y);
        table.header = header;
        for (const Bin &b : bins) {
            QVariantList row{b.start, b.end};
            if (split)
                row.append(b.series);
            row.append(b.value);
            table.rows.append(row);
        }
        return table;
    }
    case ChartQuery::Shape::Box: {
        QStringList header{x};
        if (split)
            header.append(QStringLiteral("series"));
        header += {QStringLiteral("min"), QStringLiteral("q1"),  QStringLiteral("median"),
                   QStringLiteral("q3"),  QStringLiteral("max"), QStringLiteral("n")};
        table.header = header;
        for (const Box &b : boxes) {
            QVariantList row{b.key};
            if (split)
                row.append(b.series);
            row += {b.min, b.q1, b.median, b.q3, b.max, b.count};
            table.rows.append(row);
        }
        return table;
    }
    case ChartQuery::Shape::Raw:
        table.header = {x, y};
        for (std::size_t i = 0; i < rawX.size(); ++i)
            table.rows.append(QVariantList{
                rawKeys.isEmpty() ? QVariant(rawX[i]) : QVariant(rawKeys[int(i)]), rawY[i]});
        return table;
    }
    return table;
}

void ChartData::writeCsv(CsvWriter &writer) const {
    const Table t = table();
    writer.writeRow(t.header);
    for (const QVariantList &row : t.rows)
        writer.writeRow(row);
}

} // namespace tl

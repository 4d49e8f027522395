#include "QtChartsCanvas.h"

#include "analysis/Decimator.h"
#include "models/TaskRunner.h"
#include "ui/chart/ChartView.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace tl {

namespace {

// The lane of the canvas's decimations on the TaskRunner: a newer one supersedes.
const QString kDecimation = QStringLiteral("decimation");

constexpr int kMaxCategoryLabels = 12;
constexpr int kMaxAxisLabels = 8;

// Ten colours that stay apart from each other (Tableau 10); Qt Charts' themes repeat after
// five, which made "other" look like the top series.
QColor seriesColor(int i) {
    static const QList<QColor> colors{QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
                                      QColor(0xe1, 0x57, 0x59), QColor(0x76, 0xb7, 0xb2),
                                      QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
                                      QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7),
                                      QColor(0x9c, 0x75, 0x5f), QColor(0xba, 0xb0, 0xac)};
    return colors[i % colors.size()];
}

QString formatNumber(double v) {
    return QString::number(v, 'g', std::abs(v) >= 1e6 ? 6 : 4);
}

// Dates of one year read shorter without it ("01-15"); the axis title names the bucket.
QStringList compactKeys(const QStringList &keys) {
    static const QRegularExpression date(QStringLiteral("^(\\d{4})-\\d{2}(-\\d{2})?( .*)?$"));
    QString year;
    for (const QString &k : keys) {
        const auto m = date.match(k);
        if (!m.hasMatch() || (!year.isEmpty() && m.captured(1) != year))
            return keys;
        year = m.captured(1);
    }
    if (keys.size() < 2)
        return keys;
    QStringList out;
    for (const QString &k : keys)
        out.append(k.mid(5));
    return out;
}

// A category axis over indexes 0..n-1 that labels about a dozen of them, so a line over
// 365 days stays readable.
QCategoryAxis *sparseCategoryAxis(const QStringList &fullKeys) {
    const QStringList keys = compactKeys(fullKeys);
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Qt Charts elides a label wider than the space up to the next one: about eight labels
    // leave room for a date even on a small chart.
    const int step = std::max<int>(1, int(std::ceil(keys.size() / double(kMaxAxisLabels))));
    for (int i = 0; i < keys.size(); i += step)
        axis->append(keys[i], i);
    axis->setRange(0, std::max<qsizetype>(1, keys.size() - 1));
    return axis;
}

// Bar categories with long names (dates, titles) turn to fit side by side.
void fitCategoryLabels(QBarCategoryAxis *axis, const QStringList &keys) {
    qsizetype longest = 0;
    for (const QString &k : keys)
        longest = std::max(longest, k.size());
    if (keys.size() > 4 && longest * keys.size() > 48)
        axis->setLabelsAngle(-45);
}

QValueAxis *valueAxis(const QString &title) {
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%.4g"));
    return axis;
}

// Whole numbers for large ranges (audiences read 1500000, not 1.5e+06).
void setNiceRange(QValueAxis *axis, double lo, double hi) {
    axis->setRange(lo, hi > lo ? hi : lo + 1);
    axis->applyNiceNumbers();
    if (std::max(std::abs(axis->min()), std::abs(axis->max())) >= 1000)
        axis->setLabelFormat(QStringLiteral("%.0f"));
}

} // namespace

std::unique_ptr<ChartCanvas> ChartCanvas::create(QWidget *parent) {
    return std::make_unique<QtChartsCanvas>(parent);
}

QtChartsCanvas::QtChartsCanvas(QWidget *parent)
    : ChartCanvas(parent)
    , m_view(nullptr)
    , m_chart(new QChart) {
    m_view = new ChartView(m_chart, parent);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    QFont title = m_chart->titleFont();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_chart->setTitleFont(title);
    m_decimate.setSingleShot(true);
    m_decimate.setInterval(15);
    connect(&m_decimate, &QTimer::timeout, this, &QtChartsCanvas::scheduleDecimation);
    connect(m_view, &ChartView::resetRequested, this, &QtChartsCanvas::resetZoom);
}

QtChartsCanvas::~QtChartsCanvas() {
    if (!m_view->parent())
        delete m_view;
}

QWidget *QtChartsCanvas::widget() {
    return m_view;
}

void QtChartsCanvas::clear() {
    TaskRunner::shared().cancel(this, kDecimation); // its answer is for the old line
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_rawLine = nullptr;
    m_hidden.clear();
    m_rawX.reset();
    m_rawY.reset();
}

void QtChartsCanvas::setChart(const ChartSpec &spec, const ChartData &data) {
    clear();
    m_chart->setTitle(spec.title.isEmpty() ? QStringLiteral("%1 — %2").arg(data.yLabel, data.xLabel)
                                           : spec.title);
    switch (data.shape) {
    case ChartQuery::Shape::Series:
        if (spec.type == ChartType::Pie)
            addPie(data);
        else if (spec.type == ChartType::Bar || spec.type == ChartType::StackedBar)
            addBars(spec, data);
        else
            addCategorySeries(spec, data);
        break;
    case ChartQuery::Shape::Histogram:
        addHistogram(data);
        break;
    case ChartQuery::Shape::Box:
        addBoxes(data);
        break;
    case ChartQuery::Shape::Raw:
        addRaw(spec, data);
        break;
    }
    if (spec.type != ChartType::Pie)
        m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setVisible(data.isSplit() || spec.type == ChartType::Pie ||
                                  spec.forecast.horizon > 0);
    connectLegend();
}

void QtChartsCanvas::addCategorySeries(const ChartSpec &spec, const ChartData &data) {
    QHash<QString, int> index;
    for (int i = 0; i < data.keys.size(); ++i)
        index.insert(data.keys[i], i);
    auto *xAxis = sparseCategoryAxis(data.keys);
    xAxis->setTitleText(data.xLabel);
    auto *yAxis = valueAxis(data.yLabel);
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    double lo = 0, hi = 0;
    int colorIndex = 0;
    for (const QString &name : data.series) {
        const QString label = name.isEmpty() ? data.yLabel : name;
        const QColor color = seriesColor(colorIndex++);
        QXYSeries *line = spec.type == ChartType::Scatter
                              ? static_cast<QXYSeries *>(new QScatterSeries)
                              : new QLineSeries;
        auto *forecast = new QLineSeries;
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        QPointF lastActual;
        bool haveActual = false;
        for (const auto &p : data.points) {
            if (p.series != name || std::isnan(p.value))
                continue;
            const QPointF point(index.value(p.key), p.value);
            lo = std::min(lo, p.forecast ? p.low : p.value);
            hi = std::max(hi, p.forecast ? p.high : p.value);
            if (!p.forecast) {
                line->append(point);
                lastActual = point;
                haveActual = true;
                continue;
            }
            if (forecast->count() == 0 && haveActual) {
                forecast->append(lastActual);
                upper->append(lastActual);
                lower->append(lastActual);
            }
            forecast->append(point);
            upper->append(point.x(), p.high);
            lower->append(point.x(), p.low);
        }
        line->setName(label);
        line->setColor(color);
        if (spec.type != ChartType::Scatter) {
            QPen pen(color, 2);
            line->setPen(pen);
        }
        QAbstractSeries *drawn = line;
        if (spec.type == ChartType::Area) {
            auto *area = new QAreaSeries(static_cast<QLineSeries *>(line));
            area->setName(label);
            QColor fill = color;
            fill.setAlpha(150);
            area->setBrush(fill);
            area->setPen(QPen(color, 2));
            drawn = area;
        }
        m_chart->addSeries(drawn);
        drawn->attachAxis(xAxis);
        drawn->attachAxis(yAxis);
        connect(line, &QXYSeries::clicked, this, [this, keys = data.keys, name](const QPointF &p) {
            Q_EMIT pointActivated(keys.value(int(std::lround(p.x()))), name);
        });
        connect(line, &QXYSeries::hovered, this,
                [this, keys = data.keys, label](const QPointF &p, bool on) {
                    if (on)
                        Q_EMIT hovered(QStringLiteral("%1 · %2: %3")
                                           .arg(label, keys.value(int(std::lround(p.x()))),
                                                formatNumber(p.y())));
                });
        if (forecast->count() == 0) {
            delete forecast;
            delete upper;
            delete lower;
            continue;
        }
        // The forecast: dashed, in the series' colour, over a translucent band.
        auto *band = new QAreaSeries(upper, lower);
        band->setName(tr("%1 forecast range").arg(label));
        QColor fill = color;
        fill.setAlpha(50);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        m_chart->addSeries(band);
        band->attachAxis(xAxis);
        band->attachAxis(yAxis);
        QPen dashed(color, 2, Qt::DashLine);
        forecast->setPen(dashed);
        forecast->setName(tr("%1 forecast").arg(label));
        m_chart->addSeries(forecast);
        forecast->attachAxis(xAxis);
        forecast->attachAxis(yAxis);
        // The legend lists the series once; its forecast shares its colour.
        for (QAbstractSeries *extra :
             {static_cast<QAbstractSeries *>(band), static_cast<QAbstractSeries *>(forecast)}) {
            for (QLegendMarker *marker : m_chart->legend()->markers(extra))
                marker->setVisible(false);
        }
    }
    setNiceRange(yAxis, lo, hi);
}

void QtChartsCanvas::addBars(const ChartSpec &spec, const ChartData &data) {
    QAbstractBarSeries *bars = spec.type == ChartType::StackedBar
                                   ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                   : new QBarSeries;
    QHash<QString, int> index;
    for (int i = 0; i < data.keys.size(); ++i)
        index.insert(data.keys[i], i);
    double lo = 0, hi = 0;
    QHash<QString, double> stackedHigh;
    int colorIndex = 0;
    for (const QString &name : data.series) {
        auto *set = new QBarSet(name.isEmpty() ? data.yLabel : name);
        set->setColor(seriesColor(colorIndex++));
        QList<qreal> values(data.keys.size(), 0);
        for (const auto &p : data.points) {
            if (p.series == name && !std::isnan(p.value))
                values[index.value(p.key)] = p.value;
        }
        for (int i = 0; i < values.size(); ++i) {
            lo = std::min(lo, values[i]);
            stackedHigh[data.keys[i]] += values[i];
            hi = std::max(hi, spec.type == ChartType::StackedBar ? stackedHigh[data.keys[i]]
                                                                 : values[i]);
        }
        set->append(values);
        bars->append(set);
    }
    setNiceRange(addWithCategoryAxes(bars, compactKeys(data.keys), data), lo, hi);
    const bool split = data.isSplit();
    connect(bars, &QAbstractBarSeries::clicked, this,
            [this, keys = data.keys, split](int i, QBarSet *set) {
                Q_EMIT pointActivated(keys.value(i), split ? set->label() : QString());
            });
    connect(bars, &QAbstractBarSeries::hovered, this,
            [this, keys = data.keys](bool on, int i, QBarSet *set) {
                if (on)
                    Q_EMIT hovered(QStringLiteral("%1 · %2: %3")
                                       .arg(set->label(), keys.value(i), formatNumber(set->at(i))));
            });
}

QValueAxis *QtChartsCanvas::addWithCategoryAxes(QAbstractBarSeries *bars, const QStringList &labels,
                                                const ChartData &data) {
    m_chart->addSeries(bars);
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(labels);
    xAxis->setTitleText(data.xLabel);
    fitCategoryLabels(xAxis, labels);
    auto *yAxis = valueAxis(data.yLabel);
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    return yAxis;
}

void QtChartsCanvas::addHistogram(const ChartData &data) {
    QList<double> starts;
    double width = 0;
    for (const auto &b : data.bins) {
        if (!starts.contains(b.start)) {
            starts.append(b.start);
            width = b.end - b.start;
        }
    }
    // Bin edges with as many decimals as the width needs; with many bins only the start, so
    // the labels fit under the bars.
    const int decimals = width > 0 ? std::max(0, 1 - int(std::floor(std::log10(width)))) : 2;
    auto edge = [decimals](double v) { return QString::number(v, 'f', decimals); };
    QStringList labels;
    for (const auto &b : data.bins) {
        if (labels.size() < starts.size() && (labels.isEmpty() || starts[labels.size()] == b.start))
            labels.append(starts.size() > 8
                              ? edge(b.start)
                              : QStringLiteral("%1–%2").arg(edge(b.start), edge(b.end)));
    }
    auto *bars = new QBarSeries;
    bars->setBarWidth(0.95);
    double hi = 0;
    int colorIndex = 0;
    for (const QString &name : data.series) {
        auto *set = new QBarSet(name.isEmpty() ? data.yLabel : name);
        set->setColor(seriesColor(colorIndex++));
        QList<qreal> values(starts.size(), 0);
        for (const auto &b : data.bins) {
            if (b.series == name)
                values[starts.indexOf(b.start)] = b.value;
        }
        for (double v : values)
            hi = std::max(hi, v);
        set->append(values);
        bars->append(set);
    }
    setNiceRange(addWithCategoryAxes(bars, labels, data), 0, hi);
    connect(bars, &QAbstractBarSeries::hovered, this, [this, labels](bool on, int i, QBarSet *set) {
        if (on)
            Q_EMIT hovered(QStringLiteral("%1 · %2: %3")
                               .arg(set->label(), labels.value(i), formatNumber(set->at(i))));
    });
}

void QtChartsCanvas::addBoxes(const ChartData &data) {
    auto *xAxis = new QBarCategoryAxis;
    QStringList keys = data.keys;
    for (QString &k : keys) {
        if (k.isEmpty())
            k = tr("(all)");
    }
    xAxis->append(keys);
    xAxis->setTitleText(data.xLabel);
    fitCategoryLabels(xAxis, keys);
    auto *yAxis = valueAxis(data.yLabel);
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    double lo = 0, hi = 0;
    bool first = true;
    for (const QString &name : data.series) {
        auto *series = new QBoxPlotSeries;
        series->setName(name.isEmpty() ? data.yLabel : name);
        QColor fill = seriesColor(int(data.series.indexOf(name)));
        fill.setAlpha(160);
        series->setBrush(fill);
        for (const QString &key : data.keys) {
            auto found = std::find_if(data.boxes.begin(), data.boxes.end(), [&](const auto &b) {
                return b.key == key && b.series == name;
            });
            if (found == data.boxes.end())
                continue;
            series->append(
                new QBoxSet(found->min, found->q1, found->median, found->q3, found->max, key));
            lo = first ? found->min : std::min(lo, found->min);
            hi = first ? found->max : std::max(hi, found->max);
            first = false;
        }
        m_chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    setNiceRange(yAxis, lo, hi);
}

void QtChartsCanvas::addPie(const ChartData &data) {
    auto *pie = new QPieSeries;
    double total = 0;
    const QString series = data.series.value(0);
    for (const auto &p : data.points) {
        if (p.series == series && !p.forecast && !std::isnan(p.value))
            total += p.value;
    }
    // The largest slices by name, the rest together: a pie of 30 slivers says nothing.
    std::vector<const ChartData::Point *> slices;
    for (const auto &p : data.points) {
        if (p.series == series && !p.forecast && !std::isnan(p.value))
            slices.push_back(&p);
    }
    std::stable_sort(slices.begin(), slices.end(),
                     [](const auto *a, const auto *b) { return a->value > b->value; });
    double rest = 0;
    for (std::size_t i = 0; i < slices.size(); ++i) {
        if (i >= std::size_t(kMaxAxisLabels) - 1 && slices.size() > std::size_t(kMaxAxisLabels)) {
            rest += slices[i]->value;
            continue;
        }
        const auto &p = *slices[i];
        QPieSlice *slice = pie->append(
            QStringLiteral("%1 (%2%)").arg(p.key, QString::number(100 * p.value / total, 'f', 1)),
            p.value);
        slice->setProperty("key", p.key);
        slice->setColor(seriesColor(pie->count() - 1));
    }
    if (rest > 0) {
        QPieSlice *slice =
            pie->append(tr("others (%1%)").arg(QString::number(100 * rest / total, 'f', 1)), rest);
        slice->setColor(seriesColor(9));
    }
    pie->setLabelsVisible(false); // the legend names the slices, with their share
    m_chart->addSeries(pie);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    connect(pie, &QPieSeries::clicked, this, [this, series](QPieSlice *slice) {
        Q_EMIT pointActivated(slice->property("key").toString(), series);
    });
    connect(pie, &QPieSeries::hovered, this, [this](QPieSlice *slice, bool on) {
        slice->setExploded(on);
        if (on)
            Q_EMIT hovered(
                QStringLiteral("%1: %2").arg(slice->label(), formatNumber(slice->value())));
    });
}

void QtChartsCanvas::addRaw(const ChartSpec &spec, const ChartData &data) {
    m_rawX = std::make_shared<const std::vector<double>>(data.rawX);
    m_rawY = std::make_shared<const std::vector<double>>(data.rawY);
    QXYSeries *line = spec.type == ChartType::Scatter ? static_cast<QXYSeries *>(new QScatterSeries)
                                                      : new QLineSeries;
    if (auto *scatter = qobject_cast<QScatterSeries *>(line))
        scatter->setMarkerSize(5);
    line->setName(data.yLabel);
    line->setUseOpenGL(false);
    m_rawLine = line;
    m_chart->addSeries(line);
    QAbstractAxis *xAxis = nullptr;
    m_fullX0 = data.rawX.empty() ? 0 : data.rawX.front();
    m_fullX1 = data.rawX.empty() ? 1 : data.rawX.back();
    if (m_fullX1 <= m_fullX0)
        m_fullX1 = m_fullX0 + 1;
    if (!data.rawKeys.isEmpty()) {
        auto *time = new QDateTimeAxis;
        time->setFormat(QStringLiteral("yyyy-MM-dd"));
        time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(m_fullX0), Qt::UTC),
                       QDateTime::fromMSecsSinceEpoch(qint64(m_fullX1), Qt::UTC));
        connect(time, &QDateTimeAxis::rangeChanged, &m_decimate, qOverload<>(&QTimer::start));
        xAxis = time;
    } else {
        auto *value = valueAxis(QString());
        value->setRange(m_fullX0, m_fullX1);
        connect(value, &QValueAxis::rangeChanged, &m_decimate, qOverload<>(&QTimer::start));
        xAxis = value;
    }
    xAxis->setTitleText(data.xLabel);
    auto *yAxis = valueAxis(data.yLabel);
    // A first frame decimated on the worker keeps every pixel's extremes, so also the
    // line's.
    const bool framed = !data.rawFirstFrame.empty();
    double lo = 0, hi = 1;
    if (framed) {
        const auto [mn, mx] =
            std::minmax_element(data.rawFirstFrame.begin(), data.rawFirstFrame.end(),
                                [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
        lo = mn->y();
        hi = mx->y() > lo ? mx->y() : lo + 1;
    } else if (!data.rawY.empty()) {
        const auto [mn, mx] = std::minmax_element(data.rawY.begin(), data.rawY.end());
        lo = *mn;
        hi = *mx > *mn ? *mx : *mn + 1;
    }
    yAxis->setRange(lo, hi);
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    line->attachAxis(xAxis);
    line->attachAxis(yAxis);
    if (framed)
        line->replace(QList<QPointF>(data.rawFirstFrame.begin(), data.rawFirstFrame.end()));
    else
        redecimateNow(); // the first frame is complete, also when rendered headless
}

std::pair<double, double> QtChartsCanvas::visibleXRange() const {
    const QAbstractAxis *axis = m_chart->axes(Qt::Horizontal).value(0);
    if (const auto *value = qobject_cast<const QValueAxis *>(axis))
        return {value->min(), value->max()};
    if (const auto *time = qobject_cast<const QDateTimeAxis *>(axis))
        return {double(time->min().toMSecsSinceEpoch()), double(time->max().toMSecsSinceEpoch())};
    return {m_fullX0, m_fullX1};
}

void QtChartsCanvas::redecimateNow() {
    if (!m_rawLine || !m_rawX)
        return;
    m_decimate.stop();
    const auto [x0, x1] = visibleXRange();
    const int pixels = std::max(100, int(m_chart->plotArea().width()));
    const auto points = Decimator::minMax(*m_rawX, *m_rawY, x0, x1, pixels);
    m_rawLine->replace(QList<QPointF>(points.begin(), points.end()));
}

void QtChartsCanvas::scheduleDecimation() {
    if (!m_rawLine || !m_rawX)
        return;
    const auto [x0, x1] = visibleXRange();
    const int pixels = std::max(100, int(m_chart->plotArea().width()));
    auto xs = m_rawX, ys = m_rawY;
    auto points = std::make_shared<std::vector<QPointF>>();
    TaskRunner::shared().run(
        this, kDecimation,
        [xs, ys, x0, x1, pixels, points](TaskControl &) {
            *points = Decimator::minMax(*xs, *ys, x0, x1, pixels);
            return Status::success();
        },
        [this, points](const Status &) {
            if (m_rawLine)
                m_rawLine->replace(QList<QPointF>(points->begin(), points->end()));
        });
}

qsizetype QtChartsCanvas::drawnRawPoints() const {
    return m_rawLine ? m_rawLine->count() : 0;
}

void QtChartsCanvas::render(QPainter *painter, const QRectF &target) {
    const QRectF old = m_chart->geometry();
    m_chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
    if (m_rawLine)
        redecimateNow(); // the export's own width in pixels
    m_chart->scene()->render(painter, target, QRectF(QPointF(0, 0), target.size()));
    m_chart->setGeometry(old);
    if (m_rawLine)
        redecimateNow();
}

void QtChartsCanvas::resetZoom() {
    m_chart->zoomReset();
    if (m_rawLine) {
        if (auto *axis = qobject_cast<QValueAxis *>(m_chart->axes(Qt::Horizontal).value(0)))
            axis->setRange(m_fullX0, m_fullX1);
        redecimateNow();
    }
}

QStringList QtChartsCanvas::seriesNames() const {
    QStringList names;
    for (QLegendMarker *marker : m_chart->legend()->markers())
        names.append(marker->label());
    return names;
}

bool QtChartsCanvas::isSeriesVisible(const QString &name) const {
    return seriesNames().contains(name) && !m_hidden.contains(name);
}

void QtChartsCanvas::setSeriesVisible(const QString &name, bool visible) {
    if (visible)
        m_hidden.remove(name);
    else
        m_hidden.insert(name);
    for (QLegendMarker *marker : m_chart->legend()->markers()) {
        if (marker->label() != name)
            continue;
        if (auto *bar = qobject_cast<QBarLegendMarker *>(marker)) {
            // A bar set cannot hide on its own: it turns transparent instead.
            QColor color = bar->barset()->color();
            color.setAlpha(visible ? 255 : 0);
            bar->barset()->setColor(color);
            QColor border = bar->barset()->borderColor();
            border.setAlpha(visible ? 255 : 0);
            bar->barset()->setBorderColor(border);
        } else if (!qobject_cast<QPieSeries *>(marker->series())) {
            marker->series()->setVisible(visible);
        }
        marker->setVisible(true); // hiding a series hides its marker; keep it clickable
        QFont font = marker->font();
        font.setStrikeOut(!visible);
        marker->setFont(font);
    }
}

void QtChartsCanvas::connectLegend() {
    for (QLegendMarker *marker : m_chart->legend()->markers()) {
        connect(marker, &QLegendMarker::clicked, this, [this, marker] {
            const QString name = marker->label();
            setSeriesVisible(name, !isSeriesVisible(name));
        });
    }
}

} // namespace tl

#include "QtChartsCanvas.h"

#include "analysis/Decimator.h"
#include "analysis/QueryBuilder.h"
#include "models/TaskRunner.h"
#include "ui/chart/AxisTicks.h"
#include "ui/chart/ChartTitles.h"
#include "ui/chart/ChartView.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBarLegendMarker>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace tl {

namespace {

// The lane of the canvas's decimations on the TaskRunner: a newer one supersedes.
const QString kDecimation = QStringLiteral("decimation");

// A pie of 30 slivers says nothing: the largest slices by name, the rest together.
constexpr int kMaxPieSlices = 8;
// Pixels per label on a value axis: a line of text upright, a number across.
constexpr double kValueSpacingVertical = 45;
constexpr double kValueSpacingHorizontal = 90;
constexpr int kInitialValueTicks = 6;
// Series names longer than this together go in a column beside the chart.
constexpr qsizetype kLegendRowCharacters = 48;
constexpr qsizetype kLegendRowSeries = 10;

// Ten colours that stay apart from each other (Tableau 10); Qt Charts' themes repeat after
// five, which made "other" look like the top series.
QColor seriesColor(int i) {
    static const QList<QColor> colors{QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
                                      QColor(0xe1, 0x57, 0x59), QColor(0x76, 0xb7, 0xb2),
                                      QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
                                      QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7),
                                      QColor(0x9c, 0x75, 0x5f), QColor(0xba, 0xb0, 0xac)};
    if (i < colors.size())
        return colors[i];
    // Past ten, hues a golden angle apart: never the same colour twice in one chart.
    return QColor::fromHsvF(std::fmod(0.08 + i * 0.618034, 1.0), 0.55, 0.8);
}

// An axis whose labels QtChartsCanvas::relabel() places at values (AxisTicks), never cut.
QCategoryAxis *labelledAxis(const QString &title) {
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setTruncateLabels(false);
    axis->setTitleText(title);
    return axis;
}

// How wide the axis draws a label.
AxisTicks::TextWidth textWidth(const QAbstractAxis *axis) {
    return [metrics = QFontMetricsF(axis->labelsFont())](const QString &text) {
        return metrics.horizontalAdvance(text);
    };
}

// Bars a pixel or two wide vanish under their white outlines: past this many, they are drawn
// touching, outlined in their own colour.
constexpr qsizetype kThinBars = 100;

void keepThinBarsVisible(QAbstractBarSeries *bars, qsizetype count) {
    if (count <= kThinBars)
        return;
    bars->setBarWidth(1.0);
    for (QBarSet *set : bars->barSets())
        set->setBorderColor(set->color());
}

// A value axis from a round value below `lo` to one above `hi`.
void setNiceRange(QCategoryAxis *axis, double lo, double hi) {
    const std::vector<double> values = AxisTicks::niceValues(lo, hi, kInitialValueTicks);
    if (values.size() >= 2)
        axis->setRange(values.front(), values.back());
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
    m_decimate.setSingleShot(true);
    m_decimate.setInterval(15);
    connect(&m_decimate, &QTimer::timeout, this, &QtChartsCanvas::scheduleDecimation);
    connect(m_view, &ChartView::resetRequested, this, &QtChartsCanvas::resetZoom);
    connect(m_chart, &QChart::plotAreaChanged, this, &QtChartsCanvas::relabel);
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
    m_labelled.clear();
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_rawLine = nullptr;
    m_moreSeries = nullptr; // removed with the others
    m_folded.clear();
    m_hidden.clear();
    m_rawX.reset();
    m_rawY.reset();
}

void QtChartsCanvas::setChart(const ChartSpec &spec, const ChartData &data) {
    clear();
    // The chart follows the window: the Dark theme draws it light on dark. A theme resets the
    // title font, so it is set after.
    const bool dark = m_view->palette().color(QPalette::Window).lightness() < 128;
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_titleFont = QApplication::font();
    m_titleFont.setPointSizeF(m_titleFont.pointSizeF() * 1.4);
    m_titleFont.setBold(true);
    m_chart->setTitleFont(m_titleFont);
    m_chart->setTitle(ChartTitles::title(spec));
    m_xTitle = ChartTitles::x(spec, data.xZone);
    m_yTitle = ChartTitles::y(spec);
    switch (data.shape) {
    case ChartQuery::Shape::Series:
        if (spec.type == ChartType::Pie)
            addPie(data);
        else if (spec.type == ChartType::Bar || spec.type == ChartType::StackedBar ||
                 spec.type == ChartType::Terms)
            addBars(spec, data);
        else
            addCategorySeries(spec, data);
        break;
    case ChartQuery::Shape::Histogram:
        addHistogram(data);
        break;
    case ChartQuery::Shape::Box:
        addBoxes(spec, data);
        break;
    case ChartQuery::Shape::Raw:
        addRaw(spec, data);
        break;
    }
    // A row under the chart cuts long names (movie titles) to fit; a column beside it keeps
    // them whole. The tooltip still names any that had to be cut.
    qsizetype names = 0;
    for (const QString &name : data.series)
        names += name.size() + 4;
    if (spec.type != ChartType::Pie)
        m_chart->legend()->setAlignment(names > kLegendRowCharacters ||
                                                data.series.size() > kLegendRowSeries
                                            ? Qt::AlignRight
                                            : Qt::AlignBottom);
    m_chart->legend()->setShowToolTips(true);
    m_chart->legend()->setVisible(data.isSplit() || spec.type == ChartType::Pie ||
                                  spec.forecast.horizon > 0);
    connectLegend();
    if (m_chart->legend()->alignment() == Qt::AlignRight &&
        m_chart->legend()->markers().size() > kLegendRowSeries) {
        m_moreSeries = new QLineSeries;
        m_moreSeries->setPen(QPen(Qt::transparent)); // its legend swatch takes the pen's colour
        m_chart->addSeries(m_moreSeries);
        for (QLegendMarker *marker : m_chart->legend()->markers(m_moreSeries))
            marker->setVisible(false);
    }
}

void QtChartsCanvas::fitLegend() {
    if (!m_moreSeries)
        return;
    QLegend *legend = m_chart->legend();
    // The series' markers (not the hidden ones of forecast bands), folded ones included.
    QList<QLegendMarker *> listed;
    for (QLegendMarker *marker : legend->markers())
        if (marker->series() != m_moreSeries && (marker->isVisible() || m_folded.contains(marker)))
            listed.append(marker);
    // One line of the legend: its text and the space Qt Charts puts around a marker
    // (measured: 24.5 pixels for 14-pixel text).
    const double row = QFontMetricsF(legend->font()).lineSpacing() + 11;
    const QMarginsF margins = m_chart->margins();
    const double room =
        m_chart->size().height() - margins.top() - margins.bottom() -
        (m_chart->title().isEmpty() ? 0 : QFontMetricsF(m_chart->titleFont()).lineSpacing() * 1.5);
    const qsizetype fit = std::max<qsizetype>(2, qsizetype((room - row / 2) / row));
    const qsizetype keep = listed.size() <= fit ? listed.size() : fit - 1;
    // Only what changes is touched: a marker shown or hidden lays the legend out again, and
    // a new layout comes back here through plotAreaChanged.
    QList<QLegendMarker *> folded;
    for (qsizetype i = 0; i < listed.size(); ++i) {
        const bool show = i < keep;
        if (!show)
            folded.append(listed[i]);
        if (listed[i]->isVisible() != show)
            listed[i]->setVisible(show);
    }
    m_folded = folded;
    if (!folded.isEmpty())
        m_moreSeries->setName(tr("+ %n more (Data lists all)", nullptr, int(folded.size())));
    for (QLegendMarker *more : legend->markers(m_moreSeries)) {
        if (more->isVisible() != !folded.isEmpty())
            more->setVisible(!folded.isEmpty());
        if (more->pen().style() != Qt::NoPen) { // a line of text, no swatch
            more->setPen(Qt::NoPen);
            more->setBrush(Qt::NoBrush);
        }
    }
}

QString QtChartsCanvas::seriesLabel(const QString &name) const {
    if (name.isEmpty())
        return m_yTitle; // not split: the measure names the one series
    return name == QueryBuilder::otherLabel() ? tr("other") : name;
}

void QtChartsCanvas::addCategorySeries(const ChartSpec &spec, const ChartData &data) {
    QHash<QString, int> index;
    for (int i = 0; i < data.keys.size(); ++i)
        index.insert(data.keys[i], i);
    auto *xAxis = labelledAxis(m_xTitle);
    xAxis->setRange(0, std::max<qsizetype>(1, data.keys.size() - 1));
    labelKeys(xAxis, data.keys, spec.bucket);
    auto *yAxis = addValueAxes(xAxis, m_yTitle);
    double lo = 0, hi = 0;
    int colorIndex = 0;
    for (const QString &name : data.series) {
        const QString label = seriesLabel(name);
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
                    Q_EMIT hovered(on ? QStringLiteral("%1 · %2: %3")
                                            .arg(label, keys.value(int(std::lround(p.x()))),
                                                 AxisTicks::formatNumber(p.y()))
                                      : QString());
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
    // A term's bar stacks its series: the term's height is all the rows that contain it.
    const bool stacked = spec.type == ChartType::StackedBar || spec.type == ChartType::Terms;
    QAbstractBarSeries *bars =
        stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries) : new QBarSeries;
    QHash<QString, int> index;
    for (int i = 0; i < data.keys.size(); ++i)
        index.insert(data.keys[i], i);
    double lo = 0, hi = 0;
    QHash<QString, double> stackedHigh;
    int colorIndex = 0;
    for (const QString &name : data.series) {
        auto *set = new QBarSet(seriesLabel(name));
        set->setProperty("series", name); // the engine's name, for the rows behind a bar
        set->setColor(seriesColor(colorIndex++));
        QList<qreal> values(data.keys.size(), 0);
        for (const auto &p : data.points) {
            if (p.series == name && !std::isnan(p.value))
                values[index.value(p.key)] = p.value;
        }
        for (int i = 0; i < values.size(); ++i) {
            lo = std::min(lo, values[i]);
            stackedHigh[data.keys[i]] += values[i];
            hi = std::max(hi, stacked ? stackedHigh[data.keys[i]] : values[i]);
        }
        set->append(values);
        bars->append(set);
    }
    keepThinBarsVisible(bars, data.keys.size());
    m_chart->addSeries(bars);
    auto *xAxis = labelledAxis(m_xTitle);
    xAxis->setRange(-0.5, data.keys.size() - 0.5);
    labelKeys(xAxis, data.keys, spec.bucket);
    auto *yAxis = addValueAxes(xAxis, m_yTitle);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    setNiceRange(yAxis, lo, hi);
    const bool split = data.isSplit();
    connect(bars, &QAbstractBarSeries::clicked, this,
            [this, keys = data.keys, split](int i, QBarSet *set) {
                Q_EMIT pointActivated(keys.value(i),
                                      split ? set->property("series").toString() : QString());
            });
    connect(bars, &QAbstractBarSeries::hovered, this,
            [this, keys = data.keys](bool on, int i, QBarSet *set) {
                Q_EMIT hovered(
                    on ? QStringLiteral("%1 · %2: %3")
                             .arg(set->label(), keys.value(i), AxisTicks::formatNumber(set->at(i)))
                       : QString());
            });
}

QCategoryAxis *QtChartsCanvas::addValueAxes(QCategoryAxis *xAxis, const QString &yTitle) {
    auto *yAxis = labelledAxis(yTitle);
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    labelValues(yAxis, Qt::Vertical);
    return yAxis;
}

void QtChartsCanvas::labelKeys(QCategoryAxis *axis, const QStringList &keys, TimeBucket bucket) {
    label(axis, [axis, read = AxisTicks::CategoryKeys::read(keys, bucket)](
                    double from, double to, double pixels, const AxisTicks::Room &room) {
        return AxisTicks::categoryTicks(read, from, to, pixels, textWidth(axis), QLocale(), room);
    });
}

void QtChartsCanvas::labelValues(QCategoryAxis *axis, Qt::Orientation orientation) {
    const double spacing =
        orientation == Qt::Vertical ? kValueSpacingVertical : kValueSpacingHorizontal;
    label(axis, [spacing](double from, double to, double pixels, const AxisTicks::Room &) {
        return AxisTicks::valueTicks(from, to, pixels, spacing);
    });
}

void QtChartsCanvas::label(QCategoryAxis *axis, TickSource ticks) {
    m_labelled.push_back({axis, std::move(ticks), {}});
    connect(axis, &QValueAxis::rangeChanged, this, &QtChartsCanvas::relabel);
}

void QtChartsCanvas::settleLayout() {
    // New labels change the axes' sizes and so the plot area, which can change the labels:
    // twice is enough, as widths only grow into the room the first pass left.
    for (int pass = 0; pass < 2; ++pass) {
        relabel();
        if (QGraphicsLayout *layout = m_chart->layout())
            layout->activate();
    }
}

void QtChartsCanvas::fitTitle() {
    // A long title on a narrow chart gets smaller, down to the labels' size, before Qt Charts
    // would cut it.
    QFont font = m_titleFont;
    const double room = m_chart->size().width() - 64; // the chart's margins and a little air
    while (QFontMetricsF(font).horizontalAdvance(m_chart->title()) > room &&
           font.pointSizeF() > QApplication::font().pointSizeF())
        font.setPointSizeF(font.pointSizeF() - 0.5);
    if (font != m_chart->titleFont())
        m_chart->setTitleFont(font);
}

AxisTicks::Room QtChartsCanvas::xAxisRoom() const {
    // Qt Charts lays the x axis out across the whole chart but its legend and margins, and
    // hides a label that would begin before that; one running past the end is cut by the view.
    const QRectF area = m_chart->plotArea();
    const QMarginsF margins = m_chart->margins();
    double right = m_chart->size().width() - margins.right();
    const QLegend *legend = m_chart->legend();
    if (legend->isVisible() && legend->alignment() == Qt::AlignRight)
        right = std::min(right, legend->geometry().left());
    constexpr double kSlack = 2; // rounding of label positions to whole pixels
    return {std::max(0.0, area.left() - margins.left() - kSlack),
            std::max(0.0, right - area.right() - kSlack)};
}

void QtChartsCanvas::relabel() {
    fitTitle();
    fitLegend();
    const QRectF area = m_chart->plotArea();
    for (Labelled &labelled : m_labelled) {
        QCategoryAxis *axis = labelled.axis;
        const double pixels = axis->orientation() == Qt::Horizontal ? area.width() : area.height();
        std::vector<Tick> ticks =
            labelled.ticks(axis->min(), axis->max(), pixels,
                           axis->orientation() == Qt::Horizontal ? xAxisRoom() : AxisTicks::Room{});
        if (ticks == labelled.shown)
            continue; // the same labels: no new layout, so no loop through plotAreaChanged
        for (const QString &old : axis->categoriesLabels())
            axis->remove(old);
        axis->setStartValue(axis->min());
        for (const Tick &tick : ticks)
            axis->append(tick.text, tick.at);
        labelled.shown = std::move(ticks);
    }
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
    std::vector<double> edges(starts.begin(), starts.end());
    if (!edges.empty())
        edges.push_back(edges.back() + width);
    auto *bars = new QBarSeries;
    bars->setBarWidth(0.95);
    double hi = 0;
    int colorIndex = 0;
    for (const QString &name : data.series) {
        auto *set = new QBarSet(seriesLabel(name));
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
    keepThinBarsVisible(bars, starts.size());
    m_chart->addSeries(bars);
    auto *xAxis = labelledAxis(m_xTitle);
    xAxis->setRange(-0.5, starts.size() - 0.5);
    label(
        xAxis, [xAxis, edges](double from, double to, double pixels, const AxisTicks::Room &room) {
            return AxisTicks::edgeTicks(edges, from, to, pixels, textWidth(xAxis), QLocale(), room);
        });
    auto *yAxis = addValueAxes(xAxis, m_yTitle);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    setNiceRange(yAxis, 0, hi);
    connect(bars, &QAbstractBarSeries::hovered, this, [this, edges](bool on, int i, QBarSet *set) {
        const double step = edges.size() > 1 ? edges[1] - edges[0] : 1;
        Q_EMIT hovered(on ? QStringLiteral("%1 · %2–%3: %4")
                                .arg(set->label(), AxisTicks::formatValue(edges.at(i), step),
                                     AxisTicks::formatValue(edges.at(i + 1), step),
                                     AxisTicks::formatNumber(set->at(i)))
                          : QString());
    });
}

void QtChartsCanvas::addBoxes(const ChartSpec &spec, const ChartData &data) {
    QStringList keys = data.keys;
    for (QString &k : keys) {
        if (k.isEmpty())
            k = tr("(all)");
    }
    auto *xAxis = labelledAxis(m_xTitle);
    xAxis->setRange(-0.5, keys.size() - 0.5);
    labelKeys(xAxis, keys, spec.bucket);
    auto *yAxis = addValueAxes(xAxis, m_yTitle);
    double lo = 0, hi = 0;
    bool first = true;
    for (const QString &name : data.series) {
        auto *series = new QBoxPlotSeries;
        series->setName(seriesLabel(name));
        QColor fill = seriesColor(int(data.series.indexOf(name)));
        fill.setAlpha(160);
        series->setBrush(fill);
        for (const QString &key : data.keys) {
            auto found = std::find_if(data.boxes.begin(), data.boxes.end(), [&](const auto &b) {
                return b.key == key && b.series == name;
            });
            if (found == data.boxes.end())
                continue;
            auto *box =
                new QBoxSet(found->min, found->q1, found->median, found->q3, found->max, key);
            box->setProperty("rows", found->count);
            series->append(box);
            lo = first ? found->min : std::min(lo, found->min);
            hi = first ? found->max : std::max(hi, found->max);
            first = false;
        }
        m_chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        // Hovering a box reads its five numbers; clicking it opens its rows.
        connect(series, &QBoxPlotSeries::hovered, this, [this](bool on, QBoxSet *box) {
            auto n = [box](QBoxSet::ValuePositions at) {
                return AxisTicks::formatNumber(box->at(at));
            };
            Q_EMIT hovered(on ? tr("%1: min %2 · Q1 %3 · median %4 · Q3 %5 · max %6 (%7 rows)")
                                    .arg(box->label(), n(QBoxSet::LowerExtreme),
                                         n(QBoxSet::LowerQuartile), n(QBoxSet::Median),
                                         n(QBoxSet::UpperQuartile), n(QBoxSet::UpperExtreme),
                                         AxisTicks::formatNumber(box->property("rows").toDouble()))
                              : QString());
        });
        connect(series, &QBoxPlotSeries::clicked, this,
                [this, split = data.isSplit(), name](QBoxSet *box) {
                    Q_EMIT pointActivated(box->label(), split ? name : QString());
                });
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
        if (i >= std::size_t(kMaxPieSlices) - 1 && slices.size() > std::size_t(kMaxPieSlices)) {
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
        Q_EMIT hovered(on ? QStringLiteral("%1: %2").arg(slice->label(),
                                                         AxisTicks::formatNumber(slice->value()))
                          : QString());
    });
}

void QtChartsCanvas::addRaw(const ChartSpec &spec, const ChartData &data) {
    m_rawX = std::make_shared<const std::vector<double>>(data.rawX);
    m_rawY = std::make_shared<const std::vector<double>>(data.rawY);
    QXYSeries *line = spec.type == ChartType::Scatter ? static_cast<QXYSeries *>(new QScatterSeries)
                                                      : new QLineSeries;
    if (auto *scatter = qobject_cast<QScatterSeries *>(line))
        scatter->setMarkerSize(5);
    line->setName(m_yTitle);
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
        time->setTruncateLabels(false);
        time->setTickCount(4);
        time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(m_fullX0), Qt::UTC),
                       QDateTime::fromMSecsSinceEpoch(qint64(m_fullX1), Qt::UTC));
        connect(time, &QDateTimeAxis::rangeChanged, &m_decimate, qOverload<>(&QTimer::start));
        xAxis = time;
    } else {
        auto *value = labelledAxis(QString());
        value->setRange(m_fullX0, m_fullX1);
        labelValues(value, Qt::Horizontal);
        connect(value, &QValueAxis::rangeChanged, &m_decimate, qOverload<>(&QTimer::start));
        xAxis = value;
    }
    xAxis->setTitleText(m_xTitle);
    auto *yAxis = labelledAxis(m_yTitle);
    labelValues(yAxis, Qt::Vertical);
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
    settleLayout(); // labels for the export's own size
    if (m_rawLine)
        redecimateNow(); // the export's own width in pixels
    m_chart->scene()->render(painter, target, QRectF(QPointF(0, 0), target.size()));
    m_chart->setGeometry(old);
    settleLayout();
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
        if (marker->series() != m_moreSeries)
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
        // Hiding a series hides its marker; keep it clickable (unless the legend folded it).
        marker->setVisible(!m_folded.contains(marker));
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

#pragma once

#include "ui/chart/AxisTicks.h"
#include "ui/chart/ChartCanvas.h"

#include <QFont>
#include <QList>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

class QAbstractBarSeries;
class QAbstractSeries;
class QCategoryAxis;
class QValueAxis;
class QChart;
class QChartView;
class QLegendMarker;
class QLineSeries;
class QXYSeries;

namespace tl {

class ChartView;

// ChartCanvas drawn with Qt Charts. Raw series of millions of points are kept whole here and
// reduced to the pixels in view (Decimator) on a worker thread after every zoom or pan.
class QtChartsCanvas : public ChartCanvas {
    Q_OBJECT
public:
    explicit QtChartsCanvas(QWidget *parent = nullptr);
    ~QtChartsCanvas() override;

    QWidget *widget() override;
    void setChart(const ChartSpec &spec, const ChartData &data) override;
    void render(QPainter *painter, const QRectF &target) override;
    void resetZoom() override;
    QStringList seriesNames() const override;
    bool isSeriesVisible(const QString &name) const override;
    void setSeriesVisible(const QString &name, bool visible) override;

    // Points currently handed to Qt Charts for the raw line (tests, benchmarks).
    qsizetype drawnRawPoints() const;
    // Recomputes the raw line for the x range in view now, on this thread (benchmarks).
    void redecimateNow();

private:
    void clear();
    void addCategorySeries(const ChartSpec &spec, const ChartData &data);
    void addBars(const ChartSpec &spec, const ChartData &data);
    void addHistogram(const ChartData &data);
    void addBoxes(const ChartSpec &spec, const ChartData &data);
    void addPie(const ChartData &data);
    void addRaw(const ChartSpec &spec, const ChartData &data);
    void scheduleDecimation();
    std::pair<double, double> visibleXRange() const;
    void connectLegend();

    // Axes labelled by AxisTicks for the pixels they have: again after every resize and zoom.
    using TickSource = std::function<std::vector<Tick>(double from, double to, double pixels,
                                                       const AxisTicks::Room &room)>;
    struct Labelled {
        QCategoryAxis *axis;
        TickSource ticks;
        std::vector<Tick> shown;
    };
    // Adds `xAxis` below and a value axis for `yTitle` on the left; returns the latter.
    QCategoryAxis *addValueAxes(QCategoryAxis *xAxis, const QString &yTitle);
    void labelKeys(QCategoryAxis *axis, const QStringList &keys, TimeBucket bucket);
    void labelValues(QCategoryAxis *axis, Qt::Orientation orientation);
    void label(QCategoryAxis *axis, TickSource ticks);
    void relabel();
    // The room a label has beyond the ends of the x axis (see AxisTicks::Room).
    AxisTicks::Room xAxisRoom() const;
    // A series' name in the legend: the engine's "other" in the reader's language.
    QString seriesLabel(const QString &name) const;
    void fitTitle();
    // Lays the chart out now with its final labels (exports render without an event loop).
    void settleLayout();

    ChartView *m_view;
    QChart *m_chart;
    std::shared_ptr<const std::vector<double>> m_rawX, m_rawY;
    QXYSeries *m_rawLine = nullptr; // a line, or scatter points
    QTimer m_decimate;
    double m_fullX0 = 0, m_fullX1 = 0;
    QSet<QString> m_hidden;
    // A legend beside the chart shows as many series as its height holds, the largest first
    // (ChartRunner orders them by total); one more line counts the rest, which hover and the
    // Data table still name.
    void fitLegend();
    QLineSeries *m_moreSeries = nullptr; // no points: only its legend line shows
    QList<QLegendMarker *> m_folded;
    std::vector<Labelled> m_labelled;
    QString m_xTitle, m_yTitle; // in the reader's language (ChartTitles)
    QFont m_titleFont;          // the title's size when it fits
};

} // namespace tl

#pragma once

#include "ui/chart/ChartCanvas.h"

#include <QSet>
#include <QTimer>

#include <atomic>
#include <memory>

class QAbstractBarSeries;
class QAbstractSeries;
class QValueAxis;
class QChart;
class QChartView;
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
    // Adds bars with a category axis of `labels` below and a value axis; returns the latter.
    QValueAxis *addWithCategoryAxes(QAbstractBarSeries *bars, const QStringList &labels,
                                    const ChartData &data);
    void addBoxes(const ChartData &data);
    void addPie(const ChartData &data);
    void addRaw(const ChartSpec &spec, const ChartData &data);
    void scheduleDecimation();
    std::pair<double, double> visibleXRange() const;
    void connectLegend();

    ChartView *m_view;
    QChart *m_chart;
    std::shared_ptr<const std::vector<double>> m_rawX, m_rawY;
    QXYSeries *m_rawLine = nullptr; // a line, or scatter points
    QTimer m_decimate;
    double m_fullX0 = 0, m_fullX1 = 0;
    QSet<QString> m_hidden;
};

} // namespace tl

#pragma once

#include "analysis/ChartData.h"
#include "analysis/ChartSpec.h"

#include <QObject>
#include <QRectF>

#include <memory>

class QPainter;
class QWidget;

namespace tl {

// Our chart drawing interface. Panels, exports and the headless `trendlens chart` talk to this,
// never to a chart library: Qt Charts is deprecated upstream, so it sits behind here alone
// (QtChartsCanvas) and can be replaced without touching the rest.
class ChartCanvas : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QWidget *widget() = 0;
    // Draws `data` as `spec` says (type, title, axis titles, series, forecast band).
    virtual void setChart(const ChartSpec &spec, const ChartData &data) = 0;
    // Paints the chart into `target` at its current state (PNG, SVG, PDF, clipboard).
    virtual void render(QPainter *painter, const QRectF &target) = 0;
    virtual void resetZoom() = 0;
    // Series names the legend shows, and whether each is visible (legend clicks toggle them).
    virtual QStringList seriesNames() const = 0;
    virtual bool isSeriesVisible(const QString &name) const = 0;
    virtual void setSeriesVisible(const QString &name, bool visible) = 0;

    static std::unique_ptr<ChartCanvas> create(QWidget *parent = nullptr);

Q_SIGNALS:
    // A bar, point or slice was clicked: the rows behind it are `key` of `series`.
    void pointActivated(const QString &key, const QString &series);
    void hovered(const QString &text);
};

} // namespace tl

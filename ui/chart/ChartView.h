#pragma once

#include <QChartView>

namespace tl {

// The interactive view: wheel zooms around the cursor, a left drag zooms to a rubber band,
// a middle or Ctrl+left drag pans, a double click or Home resets.
class ChartView : public QChartView {
    Q_OBJECT
public:
    explicit ChartView(QChart *chart, QWidget *parent = nullptr);

Q_SIGNALS:
    void resetRequested();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool m_panning = false;
    QPointF m_last;
};

} // namespace tl

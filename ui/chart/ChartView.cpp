#include "ChartView.h"

#include <QWheelEvent>

namespace tl {

ChartView::ChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent) {
    setRenderHint(QPainter::Antialiasing);
    // Without ClickThroughRubberBand a press on a bar starts a zoom box and the bar never
    // hears the click: click-through to the rows worked only when driven by signals.
    setRubberBand(QChartView::RubberBands(QChartView::RectangleRubberBand) |
                  QChartView::ClickThroughRubberBand);
    setFocusPolicy(Qt::StrongFocus);
}

void ChartView::wheelEvent(QWheelEvent *event) {
    const double factor = event->angleDelta().y() > 0 ? 1.25 : 0.8;
    QRectF area = chart()->plotArea();
    const QPointF at = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    area.setWidth(area.width() / factor);
    area.setHeight(area.height() / factor);
    area.moveCenter(at);
    chart()->zoomIn(area);
    event->accept();
}

void ChartView::mousePressEvent(QMouseEvent *event) {
    if (event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && event->modifiers() & Qt::ControlModifier)) {
        m_panning = true;
        m_last = event->position();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent *event) {
    if (m_panning) {
        const QPointF delta = event->position() - m_last;
        m_last = event->position();
        chart()->scroll(-delta.x(), delta.y());
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event) {
    if (m_panning) {
        m_panning = false;
        event->accept();
        return;
    }
    // A right click would zoom out in QChartView; here it is left for context menus.
    if (event->button() == Qt::RightButton) {
        event->ignore();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void ChartView::mouseDoubleClickEvent(QMouseEvent *event) {
    Q_EMIT resetRequested();
    event->accept();
}

void ChartView::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Home) {
        Q_EMIT resetRequested();
        return;
    }
    QChartView::keyPressEvent(event);
}

} // namespace tl

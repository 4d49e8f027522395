#include "ScheduleHistoryView.h"

#include "models/LocaleText.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace tl {

ScheduleHistoryView::ScheduleHistoryView(QWidget *parent)
    : QWidget(parent) {
    setMinimumHeight(48);
}

void ScheduleHistoryView::setRuns(const QList<RunEntry> &runs) {
    m_runs = runs.mid(std::max<qsizetype>(0, runs.size() - kRuns));
    update();
}

QRectF ScheduleHistoryView::plot() const {
    return QRectF(rect()).adjusted(4, 4, -4, -4);
}

const RunEntry *ScheduleHistoryView::runAt(int x) const {
    if (m_runs.isEmpty())
        return nullptr;
    const QRectF area = plot();
    const double slot = area.width() / kRuns;
    const qsizetype i = qsizetype((x - area.left()) / slot);
    return i >= 0 && i < m_runs.size() ? &m_runs[i] : nullptr;
}

void ScheduleHistoryView::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    const QRectF area = plot();
    painter.fillRect(rect(), palette().base());
    if (m_runs.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("no runs yet"));
        return;
    }
    qint64 most = 1;
    for (const RunEntry &run : m_runs)
        most = std::max(most, run.rows);
    const double slot = area.width() / kRuns;
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        const RunEntry &run = m_runs[i];
        const bool failed =
            run.status != QLatin1String("ok") && run.status != QLatin1String("running");
        const double height =
            failed ? area.height() : std::max(1.0, area.height() * double(run.rows) / double(most));
        const QRectF bar(area.left() + double(i) * slot + 1, area.bottom() - height,
                         std::max(1.0, slot - 2), height);
        painter.fillRect(bar, failed ? QColor(0xc0, 0x30, 0x30)
                              : run.status == QLatin1String("ok")
                                  ? palette().color(QPalette::Highlight)
                                  : QColor(0x90, 0x90, 0x90));
    }
}

bool ScheduleHistoryView::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const RunEntry *run = runAt(help->pos().x())) {
            QString text = tr("%1: %2 rows, %3")
                               .arg(LocaleText::dateTime(run->startedAt),
                                    QLocale().toString(run->rows), run->status);
            if (!run->error.isEmpty())
                text += u'\n' + run->error;
            QToolTip::showText(help->globalPos(), text, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace tl

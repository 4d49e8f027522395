#pragma once

#include "store/RunLog.h"

#include <QWidget>

namespace tl {

// A schedule's recent runs as a small bar chart: the rows each run stored, oldest on the
// left, a failed run as a full-height red bar (its error in the tooltip), one still running
// in grey. Under the Schedules panel's table, for the selected schedule.
class ScheduleHistoryView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRuns = 48;

    explicit ScheduleHistoryView(QWidget *parent = nullptr);

    // The schedule's runs (its own, kind "schedule"), oldest first; the last kRuns are drawn.
    void setRuns(const QList<RunEntry> &runs);
    const QList<RunEntry> &runs() const { return m_runs; }
    // The run drawn at `x` (tests, the tooltip).
    const RunEntry *runAt(int x) const;

    QSize sizeHint() const override { return {320, 64}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plot() const;
    QList<RunEntry> m_runs;
};

} // namespace tl

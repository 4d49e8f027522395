#pragma once

#include "schedule/ScheduleRunner.h"

#include <QObject>
#include <QTimer>

namespace tl {

// Runs the workspace's due schedules while the window is open: every half minute on a worker,
// as `trendlens schedule run-due` from cron would (the schedule's lock keeps the two from
// running one at once), and one on request (Run now).
class ScheduleController : public QObject {
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 30000;

    explicit ScheduleController(QObject *parent = nullptr);

    void setWorkspace(const QString &path);
    // The trendlens binary the commands run with (this program, unless a test says).
    void setProgram(const QString &program) { m_program = program; }
    void runDue();
    void runNow(const QString &name);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // A pass ended: what ran (empty when nothing was due), or why it could not look.
    void ran(const QList<tl::ScheduleOutcome> &outcomes, const QString &error);

private:
    void start(std::function<Result<QList<ScheduleOutcome>>(ScheduleRunner &)> work);

    QString m_path;
    QString m_program;
    QTimer m_timer;
    bool m_busy = false;
};

} // namespace tl

#pragma once

#include "core/Status.h"
#include "schedule/Schedule.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace tl {

// What one scheduled run did.
struct ScheduleOutcome {
    QString name;
    QDateTime slot;
    bool ran = false; // false: another runner was running it (its lock)
    bool ok = false;
    qint64 rows = 0; // stored by the runs it started
    QString error;   // the command's last line on stderr when it failed
    QDateTime nextDue;
};

// Runs schedules: each command line as a `trendlens` child process in the schedule's
// workspace, one at a time, under the schedule's lock, with the schedule's name in its
// environment so that the runs it logs are the schedule's. The run itself is logged too
// (`_tl_runs` kind "schedule": the rows its runs stored, and the error when it failed).
class ScheduleRunner {
public:
    // `program`: the trendlens binary the commands run with.
    ScheduleRunner(QString workspacePath, QString program);

    // `now` stands in for the clock (--now), and reaches the commands as Clock's time.
    void setStandInNow(const QDateTime &now) { m_standInNow = now; }
    // Called as each run starts and ends (a progress line, the window's panel).
    void setOnStart(std::function<void(const Schedule &, const QDateTime &slot)> onStart) {
        m_onStart = std::move(onStart);
    }

    // Runs every schedule that is due at `now`, each once, for its latest slot.
    Result<QList<ScheduleOutcome>> runDue(const QDateTime &now);
    // Runs one schedule now, due or not (Run now): for its latest slot, which it keeps.
    Result<ScheduleOutcome> runNow(const QString &name, const QDateTime &now);

private:
    Result<ScheduleOutcome> run(const Schedule &schedule, const QDateTime &slot, bool runNow);

    QString m_workspacePath;
    QString m_program;
    QDateTime m_standInNow;
    std::function<void(const Schedule &, const QDateTime &)> m_onStart;
};

} // namespace tl

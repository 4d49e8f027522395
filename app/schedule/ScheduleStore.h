#pragma once

#include "core/Status.h"
#include "schedule/Schedule.h"

#include <QSqlDatabase>

#include <optional>

namespace tl {

// The workspace's schedules (`_tl_schedules`): the only code that reads or writes them.
class ScheduleStore {
public:
    explicit ScheduleStore(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // Refuses a name that is taken (names are case-insensitive).
    Status add(const Schedule &schedule);
    // Changes what and how often it runs (the window's Edit); its slots start again from now.
    Status replace(const Schedule &schedule);
    Result<QList<Schedule>> list() const;
    Result<std::optional<Schedule>> find(const QString &name) const;
    Status remove(const QString &name);
    Status setPaused(const QString &name, bool paused);

    // Takes the schedule's lock for this process: false when another runner holds it (one
    // that ended without letting go, a kill -9 on this machine, no longer counts).
    Result<bool> claim(qint64 id);
    // Lets go of the lock without a run (another runner ran it meanwhile).
    Status release(qint64 id);
    // Records a run for `slot` and lets go of the lock.
    Status finish(qint64 id, const QDateTime &slot, bool ok, const QDateTime &nextDue,
                  int failures);

private:
    QSqlDatabase m_db;
};

} // namespace tl

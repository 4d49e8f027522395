#pragma once

#include "core/Status.h"

#include <QDateTime>
#include <QStringList>
#include <QTime>

#include <optional>

namespace tl {

// A command line the workspace runs by itself, every so often: `fetch gmarket-best` hourly,
// `fetch kobis-daily --from yesterday` every day at 09:00. Its slots are the times
// anchor + k × every (whole days by the local calendar, so 09:00 stays 09:00 across a
// daylight-saving change). A run is for the latest slot that has come; missed slots are
// caught up once, not one by one; a failed run is tried again at the next slot, then after
// 2, 4 and at most 8 slots while it keeps failing.
struct Schedule {
    qint64 id = 0;
    QString name;
    qint64 everySeconds = 0;
    std::optional<QTime> at; // local wall-clock time of the slots (--at HH:MM)
    QDateTime anchor;        // one slot; the others are whole `every`s from it
    QStringList command;     // the trendlens arguments, subcommand first
    bool paused = false;
    QDateTime createdAt;
    QDateTime nextDue;
    QDateTime lastSlot; // the slot last run for, successfully
    int failures = 0;   // in a row
    QString lockOwner;  // host:pid of the runner running it now

    // "30m", "1h", "1d", "90s", "2h": a positive number of seconds; nullopt otherwise.
    static std::optional<qint64> parseEvery(const QString &text);
    static QString everyText(qint64 seconds);
    // A new schedule made at `now`: due at once, or at today's --at time when that is later.
    static Result<Schedule> make(const QString &name, qint64 everySeconds, std::optional<QTime> at,
                                 const QStringList &command, const QDateTime &now);

    // The latest slot at or before `now`.
    QDateTime latestSlot(const QDateTime &now) const;
    // The slot `count` slots after `slot`.
    QDateTime slotAfter(const QDateTime &slot, qint64 count = 1) const;
    // When to run again after a run for `slot`: the next slot, or after a failure
    // (`failures` in a row) 1, 2, 4, then 8 slots on.
    QDateTime nextDueAfter(const QDateTime &slot, int failuresInARow) const;
    bool isDue(const QDateTime &now) const { return !paused && nextDue <= now; }
    // Overdue: due for longer than a runner started every minute would leave it, with room
    // for a long run (5 minutes and a tenth of the interval).
    bool isOverdue(const QDateTime &now) const;
};

} // namespace tl

#pragma once

#include "core/Status.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tl {

// One entry of the run log: an import or a fetch.
struct RunEntry {
    qint64 id = 0;
    QString kind;
    QString dataset;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 rows = 0;
    QString status; // running, ok, failed, cancelled, interrupted
    QString error;
    QString owner;    // host:pid of the process running it
    QString schedule; // the schedule that started it, if one did
};

// The workspace's run log (`_tl_runs`): the only code that writes it. A run is logged as
// running when it starts, in a transaction of its own, so a process killed mid-run leaves an
// entry that the next open marks interrupted; it is finished when it ends (inside the run's
// own transaction when it succeeds, after the rollback when it fails).
class RunLog {
public:
    explicit RunLog(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // `schedule`: the schedule it runs for; by default the one in kScheduleVariable.
    Result<qint64> start(const QString &kind, const QString &dataset, const QJsonObject &params,
                         const QDateTime &startedAt, const QString &schedule = {});
    // Rows stored so far (a stream's committed batches).
    Status progress(qint64 id, qint64 rows);
    Status finish(qint64 id, const QString &status, qint64 rows, const QString &error = {});
    // Sets the dataset and parameters learned during the run (an import's files).
    Status describe(qint64 id, const QString &dataset, const QJsonObject &params);
    // Runs left 'running' by a process of this machine that no longer exists become
    // 'interrupted'. Never waits for the write lock: a busy workspace is tried again later.
    Status closeAbandoned();
    Result<QList<RunEntry>> recent(int limit) const;
    // Runs started at or after `from` (all when invalid), oldest first; only one schedule's
    // when `schedule` is set.
    Result<QList<RunEntry>> since(const QDateTime &from, const QString &schedule = {}) const;
    // A schedule's own runs (kind "schedule", not the runs they started), the latest `limit`,
    // oldest first.
    Result<QList<RunEntry>> scheduledRuns(const QString &schedule, int limit) const;

    // A process started by a schedule has its name here (ScheduleRunner sets it), and its
    // runs are logged as that schedule's.
    static constexpr const char *kScheduleVariable = "TRENDLENS_SCHEDULE";

    // The hidden table a run loads a new dataset into before it is renamed into place.
    static QString stagingTable(qint64 runId);
    // Drops hidden tables left by runs that are no longer running (a killed import). Never
    // waits for the write lock.
    Status dropAbandonedStaging();

    // Who this process is ("host:pid").
    static QString owner();
    // Whether `owner` is a process of this machine that has ended (a crash, a kill -9).
    static bool ownerIsGone(const QString &owner);

private:
    QSqlDatabase m_db;
};

} // namespace tl

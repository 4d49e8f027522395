#include "ScheduleRunner.h"

#include "core/Clock.h"
#include "core/Time.h"
#include "schedule/ScheduleStore.h"
#include "store/RunLog.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>
#include <climits>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::ScheduleRunner", text);
}

// The command's last word on stderr, without the "trendlens: " every error starts with.
QString lastLine(const QByteArray &output) {
    const QList<QByteArray> lines = output.trimmed().split('\n');
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
        QString line = QString::fromUtf8(it->trimmed());
        if (line.startsWith(QLatin1String("trendlens: ")))
            line.remove(0, 11);
        if (!line.isEmpty())
            return line;
    }
    return {};
}

} // namespace

ScheduleRunner::ScheduleRunner(QString workspacePath, QString program)
    : m_workspacePath(std::move(workspacePath))
    , m_program(std::move(program)) {
}

Result<QList<ScheduleOutcome>> ScheduleRunner::runDue(const QDateTime &now) {
    QList<Schedule> schedules;
    {
        std::unique_ptr<Workspace> workspace;
        if (Status s = Workspace::openExisting(m_workspacePath, workspace); !s)
            return s;
        const auto listed = ScheduleStore(workspace->database()).list();
        if (!listed)
            return listed.status();
        schedules = *listed;
    }
    QList<ScheduleOutcome> outcomes;
    for (const Schedule &schedule : schedules) {
        if (!schedule.isDue(now))
            continue;
        const auto outcome = run(schedule, schedule.latestSlot(now), false);
        if (!outcome)
            return outcome.status();
        outcomes.append(*outcome);
    }
    return outcomes;
}

Result<ScheduleOutcome> ScheduleRunner::runNow(const QString &name, const QDateTime &now) {
    std::optional<Schedule> schedule;
    {
        std::unique_ptr<Workspace> workspace;
        if (Status s = Workspace::openExisting(m_workspacePath, workspace); !s)
            return s;
        const auto found = ScheduleStore(workspace->database()).find(name);
        if (!found)
            return found.status();
        schedule = *found;
    }
    if (!schedule)
        return Status::badInput(tr("no schedule named '%1'").arg(name));
    return run(*schedule, schedule->latestSlot(now), true);
}

Result<ScheduleOutcome> ScheduleRunner::run(const Schedule &listed, const QDateTime &slot,
                                            bool runNow) {
    ScheduleOutcome outcome;
    outcome.name = listed.name;
    outcome.slot = slot;
    std::unique_ptr<Workspace> workspace;
    if (Status s = Workspace::openExisting(m_workspacePath, workspace); !s)
        return s;
    ScheduleStore store(workspace->database());
    const auto claimed = store.claim(listed.id);
    if (!claimed)
        return claimed.status();
    if (!*claimed)
        return outcome; // another runner has it
    // Read again under the lock: another runner may have run it since the list was read.
    const auto found = store.find(listed.name);
    if (!found || !*found || (!runNow && !(*found)->isDue(slot))) { // due by this slot
        if (Status s = store.release(listed.id); !s)
            return s;
        return found ? Result<ScheduleOutcome>(outcome) : Result<ScheduleOutcome>(found.status());
    }
    const Schedule schedule = **found;
    if (m_onStart)
        m_onStart(schedule, slot);

    RunLog log(workspace->database());
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    const auto runId = log.start(
        QStringLiteral("schedule"), {},
        QJsonObject{{QStringLiteral("command"), QJsonArray::fromStringList(schedule.command)},
                    {QStringLiteral("slot"), isoUtc(slot)}},
        startedAt, schedule.name);
    if (!runId) {
        (void)store.release(schedule.id);
        return runId.status();
    }

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(RunLog::kScheduleVariable), schedule.name);
    if (m_standInNow.isValid())
        environment.insert(QString::fromLatin1(Clock::kNowVariable), isoUtc(m_standInNow));
    else
        environment.remove(QString::fromLatin1(Clock::kNowVariable));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.setStandardOutputFile(QProcess::nullDevice());
    child.start(m_program, schedule.command + QStringList{QStringLiteral("-w"), m_workspacePath});
    // Room for a slow fetch, but never forever: a stuck command would hold the lock.
    const qint64 limitMs = (2 * schedule.everySeconds + 600) * 1000;
    bool finished = child.waitForStarted(30000) &&
                    child.waitForFinished(int(std::min<qint64>(limitMs, INT_MAX)));
    if (!finished && child.state() != QProcess::NotRunning) {
        child.kill();
        child.waitForFinished(5000);
    }
    const QString stderrLine = lastLine(child.readAllStandardError());
    outcome.ran = true;
    outcome.ok = finished && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    if (!outcome.ok) {
        if (child.error() == QProcess::FailedToStart)
            outcome.error = tr("cannot start %1: %2").arg(m_program, child.errorString());
        else if (!finished)
            outcome.error = tr("still running after %1 s; stopped").arg(limitMs / 1000);
        else if (child.exitStatus() == QProcess::CrashExit)
            outcome.error = tr("the command crashed");
        else
            outcome.error = stderrLine.isEmpty()
                                ? tr("the command ended with exit code %1").arg(child.exitCode())
                                : stderrLine;
    }
    if (const auto runs = log.since(startedAt, schedule.name); runs) {
        for (const RunEntry &run : *runs) {
            if (run.id != *runId)
                outcome.rows += run.rows;
        }
    }

    // A manual run keeps the slots as they were, unless it did a due slot's work.
    const int failures = runNow ? schedule.failures : outcome.ok ? 0 : schedule.failures + 1;
    outcome.nextDue = runNow ? (outcome.ok ? std::max(schedule.nextDue, schedule.slotAfter(slot))
                                           : schedule.nextDue)
                             : schedule.nextDueAfter(slot, failures);
    if (Status s = store.finish(schedule.id, slot, outcome.ok, outcome.nextDue, failures); !s)
        return s;
    if (Status s = log.finish(*runId, outcome.ok ? QStringLiteral("ok") : QStringLiteral("failed"),
                              outcome.rows, outcome.error);
        !s)
        return s;
    return outcome;
}

} // namespace tl

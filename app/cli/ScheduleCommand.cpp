#include "ScheduleCommand.h"

#include "core/Clock.h"
#include "core/Time.h"
#include "schedule/ScheduleRunner.h"
#include "schedule/ScheduleStore.h"
#include "store/RunLog.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace tl::cli {

namespace {

// Subcommands a schedule may run: the ones that bring data in or out.
const QStringList kSchedulable{QStringLiteral("fetch"),  QStringLiteral("import"),
                               QStringLiteral("export"), QStringLiteral("score"),
                               QStringLiteral("chart"),  QStringLiteral("publish")};

QString shown(const QDateTime &time) {
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QStringLiteral("-");
}

// --now, or the clock.
bool readNow(CliContext &context, const QCommandLineParser &parser, QDateTime &now) {
    now = Clock::now();
    if (!parser.isSet(QStringLiteral("now")))
        return true;
    const std::optional<QDateTime> given = Clock::parse(parser.value(QStringLiteral("now")));
    if (!given) {
        context.err << "trendlens: --now takes an ISO time such as 2024-01-05T09:00\n";
        return false;
    }
    now = *given;
    return true;
}

// The schedule's last own run: its status, rows and error.
std::optional<RunEntry> lastRun(const RunLog &log, const QString &schedule) {
    const auto last = log.scheduledRuns(schedule, 1);
    return last && !last->isEmpty() ? std::optional(last->back()) : std::nullopt;
}

QJsonObject runJson(const RunEntry &run) {
    QJsonObject object{{QStringLiteral("id"), run.id},
                       {QStringLiteral("kind"), run.kind},
                       {QStringLiteral("started_at"), isoUtc(run.startedAt)},
                       {QStringLiteral("rows"), run.rows},
                       {QStringLiteral("status"), run.status}};
    object.insert(QStringLiteral("dataset"),
                  run.dataset.isEmpty() ? QJsonValue() : QJsonValue(run.dataset));
    object.insert(QStringLiteral("schedule"),
                  run.schedule.isEmpty() ? QJsonValue() : QJsonValue(run.schedule));
    object.insert(QStringLiteral("finished_at"),
                  run.finishedAt.isValid() ? QJsonValue(isoUtc(run.finishedAt)) : QJsonValue());
    object.insert(QStringLiteral("error"),
                  run.error.isEmpty() ? QJsonValue() : QJsonValue(run.error));
    return object;
}

int add(CliContext &context, const QCommandLineParser &parser, Workspace &workspace,
        const QStringList &command) {
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2 || !parser.isSet(QStringLiteral("every")) || command.isEmpty()) {
        context.err << "trendlens schedule: usage: trendlens schedule add NAME --every 30m|1h|1d "
                       "[--at HH:MM] -- fetch SOURCE ...\n";
        return 2;
    }
    const std::optional<qint64> every = Schedule::parseEvery(parser.value(QStringLiteral("every")));
    if (!every) {
        context.err << "trendlens schedule: --every takes a number and m, h or d (30m, 1h, 1d), "
                       "at least one minute\n";
        return 2;
    }
    std::optional<QTime> at;
    if (parser.isSet(QStringLiteral("at"))) {
        const QTime time =
            QTime::fromString(parser.value(QStringLiteral("at")), QStringLiteral("H:mm"));
        if (!time.isValid()) {
            context.err << "trendlens schedule: --at takes a time of day, HH:MM\n";
            return 2;
        }
        at = time;
    }
    if (!kSchedulable.contains(command.front())) {
        context.err << "trendlens schedule: a schedule runs "
                    << kSchedulable.join(QStringLiteral(", ")) << ", not '" << command.front()
                    << "'\n";
        return 2;
    }
    if (command.contains(QStringLiteral("-w")) || command.contains(QStringLiteral("--workspace"))) {
        context.err << "trendlens schedule: a schedule runs in its own workspace; leave out -w\n";
        return 2;
    }
    const auto made = Schedule::make(words[1], *every, at, command, Clock::now());
    if (!made)
        return context.fail(made.status());
    if (Status s = ScheduleStore(workspace.database()).add(*made); !s)
        return context.fail(s);
    context.out << QStringLiteral("schedule '%1' added: %2 every %3, next %4\n")
                       .arg(made->name, command.join(u' '), Schedule::everyText(*every),
                            shown(made->nextDue));
    return 0;
}

int list(CliContext &context, const QCommandLineParser &parser, Workspace &workspace) {
    const auto schedules = ScheduleStore(workspace.database()).list();
    if (!schedules)
        return context.fail(schedules.status());
    const RunLog log(workspace.database());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Schedule &s : *schedules) {
            QJsonObject object{{QStringLiteral("name"), s.name},
                               {QStringLiteral("every"), Schedule::everyText(s.everySeconds)},
                               {QStringLiteral("command"), QJsonArray::fromStringList(s.command)},
                               {QStringLiteral("paused"), s.paused},
                               {QStringLiteral("next_due"), isoUtc(s.nextDue)},
                               {QStringLiteral("failures"), s.failures}};
            object.insert(QStringLiteral("at"),
                          s.at ? QJsonValue(s.at->toString(QStringLiteral("HH:mm")))
                               : QJsonValue());
            object.insert(QStringLiteral("last_slot"),
                          s.lastSlot.isValid() ? QJsonValue(isoUtc(s.lastSlot)) : QJsonValue());
            const std::optional<RunEntry> last = lastRun(log, s.name);
            object.insert(QStringLiteral("last_run"),
                          last ? QJsonValue(runJson(*last)) : QJsonValue());
            array.append(object);
        }
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (schedules->isEmpty()) {
        context.out << "no schedules (trendlens schedule add NAME --every 1h -- fetch ...)\n";
        return 0;
    }
    for (const Schedule &s : *schedules) {
        const std::optional<RunEntry> last = lastRun(log, s.name);
        const QString lastText = last ? QStringLiteral("%1 %2, %3 rows")
                                            .arg(shown(last->startedAt), last->status)
                                            .arg(last->rows)
                                      : QStringLiteral("never ran");
        context.out << QStringLiteral("%1  every %2%3  next %4%5  last: %6\n    %7\n")
                           .arg(s.name, Schedule::everyText(s.everySeconds),
                                s.at ? QStringLiteral(" at ") +
                                           s.at->toString(QStringLiteral("HH:mm"))
                                     : QString(),
                                shown(s.nextDue),
                                s.paused ? QStringLiteral(" (paused)") : QString(), lastText,
                                s.command.join(u' '));
    }
    return 0;
}

int runDue(CliContext &context, const QCommandLineParser &parser, const QString &workspacePath,
           const QString &only) {
    QDateTime now;
    if (!readNow(context, parser, now))
        return 2;
    ScheduleRunner runner(workspacePath, QCoreApplication::applicationFilePath());
    if (parser.isSet(QStringLiteral("now")))
        runner.setStandInNow(now);
    runner.setOnStart([&context](const Schedule &s, const QDateTime &slot) {
        context.err << QStringLiteral("%1: running for %2: %3\n")
                           .arg(s.name, shown(slot), s.command.join(u' '));
        context.err.flush();
    });
    QList<ScheduleOutcome> outcomes;
    if (only.isEmpty()) {
        const auto ran = runner.runDue(now);
        if (!ran)
            return context.fail(ran.status());
        outcomes = *ran;
    } else {
        const auto ran = runner.runNow(only, now);
        if (!ran)
            return context.fail(ran.status());
        outcomes = {*ran};
    }
    int failed = 0;
    for (const ScheduleOutcome &o : outcomes) {
        if (!o.ran) {
            context.out << QStringLiteral("%1: another runner is running it\n").arg(o.name);
            continue;
        }
        if (o.ok)
            context.out << QStringLiteral("%1: ok, %2 rows; next %3\n")
                               .arg(o.name)
                               .arg(o.rows)
                               .arg(shown(o.nextDue));
        else
            context.out << QStringLiteral("%1: failed: %2; next try %3\n")
                               .arg(o.name, o.error, shown(o.nextDue));
        failed += o.ok ? 0 : 1;
    }
    return failed > 0 ? 1 : 0;
}

// The timer that runs run-due every minute: a systemd user timer, or a crontab line.
int install(CliContext &context, const QCommandLineParser &parser, const QString &workspacePath) {
    const bool systemd = parser.isSet(QStringLiteral("systemd"));
    if (systemd == parser.isSet(QStringLiteral("cron"))) {
        context.err << "trendlens schedule: install takes --systemd or --cron\n";
        return 2;
    }
    const QString program = QCoreApplication::applicationFilePath();
    const QString workspace = QFileInfo(workspacePath).absoluteFilePath();
    // $XDG_STATE_HOME/trendlens (Qt 6.4 has no name for the state folder).
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty())
        state = QDir::homePath() + QStringLiteral("/.local/state");
    const QString logDir = state + QStringLiteral("/trendlens");
    const auto quoted = [](const QString &path) -> QString {
        return u'\'' + QString(path).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
    };
    if (!systemd) {
        QDir().mkpath(logDir);
        context.out << QStringLiteral("* * * * * %1 schedule run-due -w %2 >> %3 2>&1\n")
                           .arg(quoted(program), quoted(workspace),
                                quoted(logDir + QStringLiteral("/schedule.log")));
        context.err << "add the line above with: crontab -e\n";
        return 0;
    }
    // One timer per workspace: its name carries a hash of the path.
    const QString unit =
        QStringLiteral("trendlens-schedule-%1")
            .arg(QString::fromLatin1(
                QCryptographicHash::hash(workspace.toUtf8(), QCryptographicHash::Sha1)
                    .toHex()
                    .left(8)));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                           QStringLiteral("/systemd/user");
    if (!QDir().mkpath(folder))
        return context.fail(Status::badInput(QStringLiteral("cannot make %1").arg(folder)));
    const QString service =
        QStringLiteral("[Unit]\nDescription=Trendlens schedules of %1\n\n[Service]\nType=oneshot\n"
                       "ExecStart=\"%2\" schedule run-due -w \"%1\"\n")
            .arg(workspace, program);
    const QString timer = QStringLiteral("[Unit]\nDescription=Run the Trendlens schedules of %1 "
                                         "every minute\n\n[Timer]\nOnCalendar=minutely\n"
                                         "Persistent=true\n\n[Install]\nWantedBy=timers.target\n")
                              .arg(workspace);
    for (const auto &[suffix, text] : {std::pair{QStringLiteral(".service"), service},
                                       std::pair{QStringLiteral(".timer"), timer}}) {
        QFile file(folder + u'/' + unit + suffix);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            return context.fail(Status::badInput(
                QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString())));
        context.out << "wrote " << file.fileName() << "\n";
    }
    context.out << QStringLiteral("start it with: systemctl --user daemon-reload && systemctl "
                                  "--user enable --now %1.timer\n")
                       .arg(unit);
    return 0;
}

} // namespace

int scheduleCommand(CliContext &context, const QStringList &arguments) {
    // The command a schedule runs comes after "--", untouched by this parser.
    const qsizetype dashes = arguments.indexOf(QStringLiteral("--"));
    const QStringList own = dashes < 0 ? arguments : arguments.mid(0, dashes);
    const QStringList command = dashes < 0 ? QStringList() : arguments.mid(dashes + 1);
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        QStringLiteral("add NAME, list, remove NAME, pause NAME, resume NAME, run NAME, run-due, "
                       "install."));
    parser.addOption({QStringLiteral("every"), QStringLiteral("add: how often (30m, 1h, 1d)."),
                      QStringLiteral("INTERVAL")});
    parser.addOption({QStringLiteral("at"),
                      QStringLiteral("add: the local time of day the slots fall on."),
                      QStringLiteral("HH:MM")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("list: as JSON.")});
    parser.addOption({QStringLiteral("now"),
                      QStringLiteral("run-due, run: stand in for the clock (tests, catch-up)."),
                      QStringLiteral("ISO-TIME")});
    parser.addOption({QStringLiteral("systemd"),
                      QStringLiteral("install: write a systemd user timer running run-due every "
                                     "minute.")});
    parser.addOption({QStringLiteral("cron"), QStringLiteral("install: print the crontab line.")});
    if (int code = context.parse(
            parser, own,
            QStringLiteral(
                "Schedules kept in the workspace: any fetch (or import, export, score, "
                "chart, publish) command line, run every 30m, 1h, 1d… by `schedule run-due` "
                "from cron or a systemd timer, or by the open window. Missed runs "
                "catch up once; a failed run is tried again at the next slot, then "
                "with backoff."));
        code >= 0)
        return code;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    const QString workspacePath = CliContext::workspacePath(parser);
    if (action == QLatin1String("install"))
        return install(context, parser, workspacePath);
    std::unique_ptr<Workspace> workspace;
    if (Status s = Workspace::openExisting(workspacePath, workspace); !s)
        return context.fail(s);
    const auto needName = [&]() {
        if (words.size() == 2)
            return true;
        context.err << "trendlens schedule: usage: trendlens schedule " << action << " NAME\n";
        return false;
    };
    if (action == QLatin1String("add"))
        return add(context, parser, *workspace, command);
    if (action == QLatin1String("list"))
        return list(context, parser, *workspace);
    if (action == QLatin1String("remove")) {
        if (!needName())
            return 2;
        if (Status s = ScheduleStore(workspace->database()).remove(words[1]); !s)
            return context.fail(s);
        context.out << QStringLiteral("schedule '%1' removed\n").arg(words[1]);
        return 0;
    }
    if (action == QLatin1String("pause") || action == QLatin1String("resume")) {
        if (!needName())
            return 2;
        if (Status s = ScheduleStore(workspace->database())
                           .setPaused(words[1], action == QLatin1String("pause"));
            !s)
            return context.fail(s);
        context.out << QStringLiteral("schedule '%1' %2\n")
                           .arg(words[1], action == QLatin1String("pause")
                                              ? QStringLiteral("paused")
                                              : QStringLiteral("resumed"));
        return 0;
    }
    if (action == QLatin1String("run-due") || action == QLatin1String("run")) {
        if (action == QLatin1String("run") && !needName())
            return 2;
        const QString path = workspace->path();
        workspace.reset(); // the runner opens its own connections
        return runDue(context, parser, path, action == QLatin1String("run") ? words[1] : QString());
    }
    context.err << "trendlens schedule: usage: trendlens schedule add|list|remove|pause|resume|"
                   "run|run-due|install (trendlens schedule --help)\n";
    return 2;
}

int runsCommand(CliContext &context, const QStringList &arguments) {
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("since"),
                      QStringLiteral("Only runs started since then: an ISO time, today, "
                                     "yesterday, today-7."),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("schedule"), QStringLiteral("Only this schedule's runs."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("One JSON array of run objects.")});
    if (int code = context.parse(parser, arguments,
                                 QStringLiteral("The run log: every import, fetch, score and "
                                                "scheduled run, oldest first."));
        code >= 0)
        return code;
    QDateTime since;
    if (parser.isSet(QStringLiteral("since"))) {
        const QString text = parser.value(QStringLiteral("since"));
        if (const std::optional<QDate> day = Clock::relativeDay(text))
            since = QDateTime(*day, QTime(0, 0), Qt::LocalTime).toUTC();
        else if (const std::optional<QDateTime> time = Clock::parse(text))
            since = *time;
        else {
            context.err << "trendlens runs: --since takes an ISO time, today, yesterday or "
                           "today-N\n";
            return 2;
        }
    }
    std::unique_ptr<Workspace> workspace;
    if (Status s = Workspace::openExisting(CliContext::workspacePath(parser), workspace); !s)
        return context.fail(s);
    const auto runs =
        RunLog(workspace->database()).since(since, parser.value(QStringLiteral("schedule")));
    if (!runs)
        return context.fail(runs.status());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const RunEntry &run : *runs)
            array.append(runJson(run));
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const RunEntry &run : *runs) {
        context.out << QStringLiteral("%1  %2  %3%4  %5  %6 rows%7%8\n")
                           .arg(run.id)
                           .arg(shown(run.startedAt), run.kind,
                                run.dataset.isEmpty() ? QString() : u' ' + run.dataset, run.status)
                           .arg(run.rows)
                           .arg(run.schedule.isEmpty()
                                    ? QString()
                                    : QStringLiteral("  (schedule %1)").arg(run.schedule),
                                run.error.isEmpty() ? QString() : QStringLiteral("  ") + run.error);
    }
    return 0;
}

int healthCommand(CliContext &context, const QStringList &arguments) {
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("now"), QStringLiteral("Stand in for the clock."),
                      QStringLiteral("ISO-TIME")});
    if (int code = context.parse(
            parser, arguments,
            QStringLiteral("Exits 1 and says why when a schedule's last run failed or a "
                           "schedule is overdue (for monitoring to call); 0 otherwise."));
        code >= 0)
        return code;
    QDateTime now;
    if (!readNow(context, parser, now))
        return 2;
    std::unique_ptr<Workspace> workspace;
    if (Status s = Workspace::openExisting(CliContext::workspacePath(parser), workspace); !s)
        return context.fail(s);
    const auto schedules = ScheduleStore(workspace->database()).list();
    if (!schedules)
        return context.fail(schedules.status());
    const RunLog log(workspace->database());
    QStringList problems;
    int active = 0;
    for (const Schedule &s : *schedules) {
        if (s.paused)
            continue;
        ++active;
        if (s.failures > 0) {
            const std::optional<RunEntry> last = lastRun(log, s.name);
            problems.append(
                QStringLiteral("%1: the last run failed (%2 in a row)%3")
                    .arg(s.name)
                    .arg(s.failures)
                    .arg(last
                             ? QStringLiteral(" at %1: %2").arg(shown(last->startedAt), last->error)
                             : QString()));
        }
        if (s.isOverdue(now))
            problems.append(QStringLiteral("%1: overdue, due since %2 (is `trendlens schedule "
                                           "run-due` running every minute?)")
                                .arg(s.name, shown(s.nextDue)));
    }
    if (problems.isEmpty()) {
        context.out << QStringLiteral("healthy: %1 active schedules\n").arg(active);
        return 0;
    }
    for (const QString &problem : problems)
        context.out << problem << "\n";
    return 1;
}

} // namespace tl::cli

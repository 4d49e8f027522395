#include "core/Clock.h"
#include "schedule/Schedule.h"
#include "schedule/ScheduleStore.h"
#include "sources/SourceCatalog.h"
#include "store/RunLog.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;

namespace {

QDateTime utc(const char *iso) {
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace

// Schedules: the slot arithmetic, and the real binary's `schedule run-due --now` deciding what
// is due, catching up once, holding its lock, retrying with backoff, logging the runs, and
// `health` saying what is wrong (TZ=UTC).
class TestSchedules : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    // The binary, with TRENDLENS_NOW standing in for the clock when `now` is given.
    Run trendlens(const QStringList &arguments, const QByteArray &now = {}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("TRENDLENS_NOW"));
        if (!now.isEmpty())
            environment.insert(QStringLiteral("TRENDLENS_NOW"), QString::fromLatin1(now));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_STATE_HOME"),
                           m_dir.filePath(QStringLiteral("state")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(TL_BINARY), arguments);
        process.waitForFinished(120000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString writeCsv(const QString &name, int rows) {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("n,word\n");
        for (int i = 0; i < rows; ++i)
            file.write(QStringLiteral("%1,단어%1\n").arg(i).toUtf8());
        return file.fileName();
    }

    // A fresh workspace with one dataset.
    QString workspace(const QString &name) {
        const QString ws = path(name + QStringLiteral(".trendlens"));
        const Run made = trendlens(
            {QStringLiteral("import"), writeCsv(name + QStringLiteral(".csv"), 3),
             QStringLiteral("-w"), ws, QStringLiteral("--dataset"), QStringLiteral("seed")});
        return made.code == 0 ? ws : QString();
    }

    static Schedule scheduleOf(const QString &ws, const QString &name) {
        std::unique_ptr<Workspace> workspace;
        if (!Workspace::openExisting(ws, workspace).ok())
            return {};
        const auto found = ScheduleStore(workspace->database()).find(name);
        return found && *found ? **found : Schedule{};
    }

    static int scheduleRuns(const QString &ws, const QString &name) {
        std::unique_ptr<Workspace> workspace;
        if (!Workspace::openExisting(ws, workspace).ok())
            return -1;
        const auto runs = RunLog(workspace->database()).since({}, name);
        int count = 0;
        for (const RunEntry &run : *runs)
            count += run.kind == QLatin1String("schedule");
        return count;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void intervals() {
        QCOMPARE(Schedule::parseEvery(QStringLiteral("30m")), qint64(1800));
        QCOMPARE(Schedule::parseEvery(QStringLiteral("1h")), qint64(3600));
        QCOMPARE(Schedule::parseEvery(QStringLiteral("1d")), qint64(86400));
        QCOMPARE(Schedule::parseEvery(QStringLiteral(" 2H ")), qint64(7200));
        QVERIFY(!Schedule::parseEvery(QStringLiteral("30s"))); // finer than a runner's minute
        QVERIFY(!Schedule::parseEvery(QStringLiteral("0m")));
        QVERIFY(!Schedule::parseEvery(QStringLiteral("hourly")));
        QCOMPARE(Schedule::everyText(5400), QStringLiteral("90m"));
        QCOMPARE(Schedule::everyText(86400 * 7), QStringLiteral("7d"));
    }

    // Due at once, or at --at when that is later today; then one interval after the slot it
    // ran for; the latest slot when slots were missed; 1, 2, 4, 8 slots on after failures.
    void slots() {
        const QDateTime t0 = utc("2024-01-05T10:20:00");
        const Schedule hourly =
            *Schedule::make(QStringLiteral("h"), 3600, std::nullopt, {QStringLiteral("fetch")}, t0);
        QVERIFY(hourly.isDue(t0));
        QCOMPARE(hourly.latestSlot(t0.addSecs(5 * 3600 + 1800)), t0.addSecs(5 * 3600));
        QCOMPARE(hourly.latestSlot(t0.addSecs(-1)), t0.addSecs(-3600));
        QCOMPARE(hourly.nextDueAfter(t0, 0), t0.addSecs(3600));
        QCOMPARE(hourly.nextDueAfter(t0, 1), t0.addSecs(3600));
        QCOMPARE(hourly.nextDueAfter(t0, 2), t0.addSecs(2 * 3600));
        QCOMPARE(hourly.nextDueAfter(t0, 3), t0.addSecs(4 * 3600));
        QCOMPARE(hourly.nextDueAfter(t0, 9), t0.addSecs(8 * 3600));

        const Schedule later = *Schedule::make(QStringLiteral("d"), 86400, QTime(11, 0),
                                               {QStringLiteral("fetch")}, t0);
        QVERIFY(!later.isDue(t0));
        QCOMPARE(later.nextDue, utc("2024-01-05T11:00:00"));
        const Schedule earlier =
            *Schedule::make(QStringLiteral("d"), 86400, QTime(9, 0), {QStringLiteral("fetch")}, t0);
        QVERIFY(earlier.isDue(t0)); // today's 09:00 has come
        QCOMPARE(earlier.latestSlot(utc("2024-01-09T08:59:00")), utc("2024-01-08T09:00:00"));
        QCOMPARE(earlier.slotAfter(utc("2024-01-08T09:00:00")), utc("2024-01-09T09:00:00"));

        QVERIFY(
            !Schedule::make(QStringLiteral("a b"), 60, std::nullopt, {QStringLiteral("x")}, t0));
        // A daily schedule may be a tenth of a day late before it is overdue.
        QVERIFY(!later.isOverdue(utc("2024-01-05T13:20:00")));
        QVERIFY(later.isOverdue(utc("2024-01-05T13:30:00")));
        QVERIFY(!hourly.isOverdue(t0.addSecs(600)));
        QVERIFY(hourly.isOverdue(t0.addSecs(700)));
    }

    // --from yesterday, --date today-1: against the clock the runner stands in for.
    void relativeDates() {
        qputenv(Clock::kNowVariable, "2024-03-01T12:00:00Z");
        QCOMPARE(parseSourceDay(QStringLiteral("yesterday")), QDate(2024, 2, 29));
        QCOMPARE(parseSourceDay(QStringLiteral("today-1")), QDate(2024, 2, 29));
        QCOMPARE(parseSourceDay(QStringLiteral("today")), QDate(2024, 3, 1));
        QCOMPARE(parseSourceDay(QStringLiteral("today+2")), QDate(2024, 3, 3));
        QCOMPARE(parseSourceDay(QStringLiteral("yesterday-1")), QDate(2024, 2, 28));
        QCOMPARE(parseSourceDay(QStringLiteral("20240105")), QDate(2024, 1, 5));
        QVERIFY(!parseSourceDay(QStringLiteral("the day before")).isValid());
        qunsetenv(Clock::kNowVariable);
    }

    // An hourly import: due at once, not again within the hour, the latest slot once after
    // five missed ones; its runs are the schedule's, with the rows they stored.
    void dueNotDueAndCatchUpOnce() {
        const QString ws = workspace(QStringLiteral("hourly"));
        QVERIFY(!ws.isEmpty());
        const QString csv = writeCsv(QStringLiteral("batch.csv"), 10);
        Run r = trendlens({QStringLiteral("schedule"), QStringLiteral("add"),
                           QStringLiteral("batch"), QStringLiteral("--every"), QStringLiteral("1h"),
                           QStringLiteral("-w"), ws, QStringLiteral("--"), QStringLiteral("import"),
                           csv, QStringLiteral("--dataset"), QStringLiteral("batches"),
                           QStringLiteral("--mode"), QStringLiteral("append")},
                          "2024-01-05T10:20:00Z");
        QCOMPARE(r.code, 0);
        r = trendlens({QStringLiteral("schedule"), QStringLiteral("run-due"), QStringLiteral("-w"),
                       ws, QStringLiteral("--now"), QStringLiteral("2024-01-05T10:20:30Z")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("batch: ok, 10 rows")), qPrintable(r.out));
        QCOMPARE(scheduleOf(ws, QStringLiteral("batch")).nextDue, utc("2024-01-05T11:20:00"));

        r = trendlens({QStringLiteral("schedule"), QStringLiteral("run-due"), QStringLiteral("-w"),
                       ws, QStringLiteral("--now"), QStringLiteral("2024-01-05T11:19:00Z")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QString()); // nothing due
        QCOMPARE(scheduleRuns(ws, QStringLiteral("batch")), 1);

        // Off for five hours: one run, for the latest slot.
        r = trendlens({QStringLiteral("schedule"), QStringLiteral("run-due"), QStringLiteral("-w"),
                       ws, QStringLiteral("--now"), QStringLiteral("2024-01-05T16:50:00Z")});
        QCOMPARE(r.code, 0);
        QCOMPARE(scheduleRuns(ws, QStringLiteral("batch")), 2);
        const Schedule s = scheduleOf(ws, QStringLiteral("batch"));
        QCOMPARE(s.lastSlot, utc("2024-01-05T16:20:00"));
        QCOMPARE(s.nextDue, utc("2024-01-05T17:20:00"));

        // The log: the schedule's runs and the imports they started, stamped with its name.
        r = trendlens({QStringLiteral("runs"), QStringLiteral("-w"), ws, QStringLiteral("--json"),
                       QStringLiteral("--schedule"), QStringLiteral("batch")});
        QCOMPARE(r.code, 0);
        const QJsonArray runs = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(runs.size(), 4);
        QCOMPARE(runs[0][QStringLiteral("kind")].toString(), QStringLiteral("schedule"));
        QCOMPARE(runs[0][QStringLiteral("rows")].toInteger(), 10);
        QCOMPARE(runs[1][QStringLiteral("kind")].toString(), QStringLiteral("import"));
        QCOMPARE(runs[1][QStringLiteral("schedule")].toString(), QStringLiteral("batch"));
        QCOMPARE(runs[1][QStringLiteral("dataset")].toString(), QStringLiteral("batches"));
        r = trendlens({QStringLiteral("health"), QStringLiteral("-w"), ws, QStringLiteral("--now"),
                       QStringLiteral("2024-01-05T17:21:00Z")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("healthy: 1 active schedules\n"));
        r = trendlens({QStringLiteral("health"), QStringLiteral("-w"), ws, QStringLiteral("--now"),
                       QStringLiteral("2024-01-05T18:00:00Z")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("batch: overdue")), qPrintable(r.out));
        r = trendlens({QStringLiteral("schedule"), QStringLiteral("pause"), QStringLiteral("batch"),
                       QStringLiteral("-w"), ws});
        QCOMPARE(r.code, 0);
        r = trendlens({QStringLiteral("health"), QStringLiteral("-w"), ws, QStringLiteral("--now"),
                       QStringLiteral("2024-01-05T18:00:00Z")});
        QCOMPARE(r.code, 0); // a paused schedule is not overdue
    }

    // A failing command: exit 1 with its error, retried at the next slot, then after two and
    // four; health says so; a success resets it.
    void failureRetryAndBackoff() {
        const QString ws = workspace(QStringLiteral("failing"));
        const QString csv = path(QStringLiteral("later.csv")); // not there yet
        Run r = trendlens({QStringLiteral("schedule"), QStringLiteral("add"),
                           QStringLiteral("late"), QStringLiteral("--every"), QStringLiteral("1h"),
                           QStringLiteral("-w"), ws, QStringLiteral("--"), QStringLiteral("import"),
                           csv, QStringLiteral("--dataset"), QStringLiteral("later"),
                           QStringLiteral("--mode"), QStringLiteral("append")},
                          "2024-01-05T10:00:00Z");
        QCOMPARE(r.code, 0);
        const auto runDue = [&](const char *now) {
            return trendlens({QStringLiteral("schedule"), QStringLiteral("run-due"),
                              QStringLiteral("-w"), ws, QStringLiteral("--now"),
                              QString::fromLatin1(now)});
        };
        r = runDue("2024-01-05T10:00:00Z");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("late: failed: ")) &&
                     r.out.contains(QStringLiteral("later.csv")),
                 qPrintable(r.out));
        QCOMPARE(scheduleOf(ws, QStringLiteral("late")).nextDue, utc("2024-01-05T11:00:00"));
        r = trendlens({QStringLiteral("health"), QStringLiteral("-w"), ws, QStringLiteral("--now"),
                       QStringLiteral("2024-01-05T10:01:00Z")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.startsWith(QStringLiteral("late: the last run failed (1 in a row)")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("later.csv")));

        QCOMPARE(runDue("2024-01-05T11:00:00Z").code, 1);
        QCOMPARE(scheduleOf(ws, QStringLiteral("late")).nextDue, utc("2024-01-05T13:00:00"));
        QCOMPARE(runDue("2024-01-05T12:30:00Z").out, QString()); // backing off
        QCOMPARE(runDue("2024-01-05T13:00:00Z").code, 1);
        QCOMPARE(scheduleOf(ws, QStringLiteral("late")).nextDue, utc("2024-01-05T17:00:00"));
        QCOMPARE(scheduleOf(ws, QStringLiteral("late")).failures, 3);

        writeCsv(QStringLiteral("later.csv"), 4);
        r = runDue("2024-01-05T17:05:00Z");
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("late: ok, 4 rows")), qPrintable(r.out));
        QCOMPARE(scheduleOf(ws, QStringLiteral("late")).failures, 0);
        QCOMPARE(scheduleOf(ws, QStringLiteral("late")).nextDue, utc("2024-01-05T18:00:00"));
    }

    // Two runners never run a schedule at once: a living holder keeps its lock, a dead one's
    // is taken over; two run-due started together run it once.
    void lock() {
        const QString ws = workspace(QStringLiteral("locked"));
        const QString csv = writeCsv(QStringLiteral("big.csv"), 300000);
        Run r = trendlens({QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("big"),
                           QStringLiteral("--every"), QStringLiteral("1h"), QStringLiteral("-w"),
                           ws, QStringLiteral("--"), QStringLiteral("import"), csv,
                           QStringLiteral("--dataset"), QStringLiteral("big"),
                           QStringLiteral("--mode"), QStringLiteral("append")},
                          "2024-01-05T10:00:00Z");
        QCOMPARE(r.code, 0);
        const auto setOwner = [&](const QString &owner) {
            std::unique_ptr<Workspace> workspace;
            QVERIFY(Workspace::openExisting(ws, workspace).ok());
            QSqlQuery q(workspace->database());
            q.prepare(QStringLiteral("UPDATE _tl_schedules SET lock_owner = ?"));
            q.addBindValue(owner);
            QVERIFY(q.exec());
        };
        setOwner(QSysInfo::machineHostName() +
                 QStringLiteral(":%1").arg(QCoreApplication::applicationPid()));
        const QStringList runDue{
            QStringLiteral("schedule"), QStringLiteral("run-due"),
            QStringLiteral("-w"),       ws,
            QStringLiteral("--now"),    QStringLiteral("2024-01-05T10:00:00Z")};
        r = trendlens(runDue);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("big: another runner is running it\n"));
        QCOMPARE(scheduleRuns(ws, QStringLiteral("big")), 0);

        // A pid that no longer exists: a runner killed mid-run.
        QProcess gone;
        gone.start(QStringLiteral("sleep"), {QStringLiteral("0.1")});
        QVERIFY(gone.waitForStarted());
        const qint64 pid = gone.processId();
        QVERIFY(gone.waitForFinished());
        setOwner(QSysInfo::machineHostName() + QStringLiteral(":%1").arg(pid));
        r = trendlens(runDue);
        QVERIFY2(r.out.startsWith(QStringLiteral("big: ok, 300000 rows")),
                 qPrintable(r.out + r.err));
        QVERIFY(scheduleOf(ws, QStringLiteral("big")).lockOwner.isEmpty());

        // Together: one runs it, the other finds it held or no longer due.
        const QStringList next{QStringLiteral("schedule"), QStringLiteral("run-due"),
                               QStringLiteral("-w"),       ws,
                               QStringLiteral("--now"),    QStringLiteral("2024-01-05T11:00:00Z")};
        QProcess a, b;
        for (QProcess *p : {&a, &b})
            p->start(QStringLiteral(TL_BINARY), next);
        QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
        QCOMPARE(scheduleRuns(ws, QStringLiteral("big")), 2);
        std::unique_ptr<Workspace> workspace;
        QVERIFY(Workspace::openExisting(ws, workspace).ok());
        QSqlQuery count(workspace->database());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM big")) && count.next());
        QCOMPARE(count.value(0).toLongLong(), 600000);
    }

    void commandLineChecks() {
        const QString ws = workspace(QStringLiteral("checks"));
        Run r =
            trendlens({QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("x"),
                       QStringLiteral("--every"), QStringLiteral("1h"), QStringLiteral("-w"), ws,
                       QStringLiteral("--"), QStringLiteral("sql"), QStringLiteral("SELECT 1")});
        QCOMPARE(r.code, 2);
        r = trendlens({QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("x"),
                       QStringLiteral("--every"), QStringLiteral("hourly"), QStringLiteral("-w"),
                       ws, QStringLiteral("--"), QStringLiteral("fetch"),
                       QStringLiteral("gmarket-best")});
        QCOMPARE(r.code, 2);
        r = trendlens({QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("x"),
                       QStringLiteral("--every"), QStringLiteral("1h"), QStringLiteral("-w"), ws,
                       QStringLiteral("--"), QStringLiteral("fetch"),
                       QStringLiteral("gmarket-best"), QStringLiteral("-w"),
                       QStringLiteral("other.trendlens")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("leave out -w")));
        r = trendlens({QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("gm"),
                       QStringLiteral("--every"), QStringLiteral("1h"), QStringLiteral("--at"),
                       QStringLiteral("00:05"), QStringLiteral("-w"), ws, QStringLiteral("--"),
                       QStringLiteral("fetch"), QStringLiteral("gmarket-best")});
        QCOMPARE(r.code, 0);
        r = trendlens({QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("GM"),
                       QStringLiteral("--every"), QStringLiteral("1h"), QStringLiteral("-w"), ws,
                       QStringLiteral("--"), QStringLiteral("fetch"),
                       QStringLiteral("gmarket-best")});
        QCOMPARE(r.code, 2); // names are case-insensitive
        r = trendlens({QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--json"),
                       QStringLiteral("-w"), ws});
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][QStringLiteral("every")].toString(), QStringLiteral("1h"));
        QCOMPARE(list[0][QStringLiteral("at")].toString(), QStringLiteral("00:05"));
        QCOMPARE(list[0][QStringLiteral("command")].toArray().size(), 2);
        QVERIFY(list[0][QStringLiteral("last_run")].isNull());

        r = trendlens({QStringLiteral("schedule"), QStringLiteral("install"),
                       QStringLiteral("--cron"), QStringLiteral("-w"), ws});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("* * * * * '")) &&
                     r.out.contains(QStringLiteral(" schedule run-due -w '") + ws + u'\''),
                 qPrintable(r.out));
        r = trendlens({QStringLiteral("schedule"), QStringLiteral("install"),
                       QStringLiteral("--systemd"), QStringLiteral("-w"), ws});
        QCOMPARE(r.code, 0);
        const QStringList units =
            QDir(path(QStringLiteral("config/systemd/user"))).entryList(QDir::Files);
        QCOMPARE(units.size(), 2);
        QFile timer(QDir(path(QStringLiteral("config/systemd/user"))).filePath(units.back()));
        QVERIFY(units.back().endsWith(QStringLiteral(".timer")) && timer.open(QIODevice::ReadOnly));
        QVERIFY(timer.readAll().contains("OnCalendar=minutely"));

        r = trendlens({QStringLiteral("schedule"), QStringLiteral("remove"), QStringLiteral("gm"),
                       QStringLiteral("-w"), ws});
        QCOMPARE(r.code, 0);
        r = trendlens({QStringLiteral("schedule"), QStringLiteral("remove"), QStringLiteral("gm"),
                       QStringLiteral("-w"), ws});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestSchedules)
#include "tst_schedules.moc"

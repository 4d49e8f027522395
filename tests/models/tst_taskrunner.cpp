// The window's task runner: the newest request of a lane wins and cancels the older one (its
// flag, and sqlite3_interrupt on a real SQLite query), answers reach only living receivers,
// long jobs never hold up interactive work, and shutdown waits for everything.
#include "models/TaskRunner.h"
#include "store/Connection.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace tl;

namespace {

// Work that runs until it is cancelled (or `limit` passes), then says how it ended.
TaskRunner::Work untilCancelled(std::atomic<bool> &started, int limitMs = 10000) {
    return [&started, limitMs](TaskControl &control) {
        started = true;
        const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(limitMs);
        while (!control.isCancelled() && std::chrono::steady_clock::now() < end)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        return control.isCancelled() ? Status::cancelled(QStringLiteral("stopped"))
                                     : Status::success();
    };
}

} // namespace

class TestTaskRunner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newestOfALaneWins() {
        TaskRunner &runner = TaskRunner::shared();
        QObject receiver;
        std::atomic<bool> firstStarted{false}, secondStarted{false};
        QStringList answers;
        runner.run(&receiver, QStringLiteral("chart"), untilCancelled(firstStarted),
                   [&](const Status &s) { answers << QStringLiteral("first:") + s.message(); });
        QTRY_VERIFY(firstStarted);
        runner.run(
            &receiver, QStringLiteral("chart"),
            [&](TaskControl &) {
                secondStarted = true;
                return Status::success();
            },
            [&](const Status &s) { answers << QStringLiteral("second:%1").arg(bool(s)); });
        QVERIFY(runner.waitForIdle(5000));
        // The first was cancelled and its answer dropped; only the newest arrived.
        QCOMPARE(answers, QStringList{QStringLiteral("second:1")});
        QVERIFY(secondStarted);

        // Another lane of the same receiver is not superseded.
        std::atomic<bool> other{false};
        int delivered = 0;
        runner.run(
            &receiver, QStringLiteral("preview"),
            [&](TaskControl &) {
                other = true;
                return Status::success();
            },
            [&](const Status &) { ++delivered; });
        runner.run(
            &receiver, QStringLiteral("chart"), [](TaskControl &) { return Status::success(); },
            [&](const Status &) { ++delivered; });
        QVERIFY(runner.waitForIdle(5000));
        QCOMPARE(delivered, 2);
    }

    void supersededQueryIsInterrupted() {
        // A real SQLite query that would take minutes; the newer request stops it at once.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.db"));
        {
            Connection c;
            QVERIFY(c.open(path));
            QVERIFY(QSqlQuery(c.db()).exec(QStringLiteral("CREATE TABLE t (x)")));
        }
        TaskRunner &runner = TaskRunner::shared();
        QObject receiver;
        std::atomic<bool> running{false};
        std::atomic<int> result{SQLITE_OK};
        std::atomic<qint64> stoppedAfterMs{-1};
        runner.run(
            &receiver, QStringLiteral("chart"),
            [&](TaskControl &control) {
                Connection connection;
                if (Status s = connection.open(path, Connection::Access::ReadOnly); !s)
                    return s;
                sqlite3 *handle = connection.sqliteHandle();
                const auto hook = control.onCancel([handle] { sqlite3_interrupt(handle); });
                sqlite3_stmt *stmt = nullptr;
                sqlite3_prepare_v2(handle,
                                   "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                   "FROM n WHERE i < 10000000000) SELECT count(*) FROM n",
                                   -1, &stmt, nullptr);
                QElapsedTimer timer;
                timer.start();
                running = true;
                result = sqlite3_step(stmt);
                stoppedAfterMs = timer.elapsed();
                sqlite3_finalize(stmt);
                return Status::success();
            },
            [](const Status &) { QFAIL("a superseded answer was delivered"); });
        QTRY_VERIFY(running);
        QTest::qWait(50);
        bool newest = false;
        runner.run(
            &receiver, QStringLiteral("chart"), [](TaskControl &) { return Status::success(); },
            [&](const Status &) { newest = true; });
        QVERIFY(runner.waitForIdle(10000));
        QVERIFY(newest);
        QCOMPARE(result.load(), SQLITE_INTERRUPT);
        QVERIFY2(stoppedAfterMs < 10000, "the query ran on after it was superseded");
    }

    void destroyedReceiverGetsNothing() {
        TaskRunner &runner = TaskRunner::shared();
        auto *receiver = new QObject;
        std::atomic<bool> started{false};
        bool delivered = false;
        Status seen;
        std::atomic<bool> cancelledSeen{false};
        runner.run(
            receiver, {},
            [&](TaskControl &control) {
                const Status s = untilCancelled(started)(control);
                cancelledSeen = control.isCancelled();
                return s;
            },
            [&](const Status &) { delivered = true; });
        QTRY_VERIFY(started);
        delete receiver;
        QVERIFY(runner.waitForIdle(5000));
        QVERIFY(cancelledSeen); // its work was told to stop
        QVERIFY(!delivered);
    }

    void jobsDoNotHoldUpCharts() {
        TaskRunner &runner = TaskRunner::shared();
        QObject receiver;
        // More long jobs than cores: each gets a thread of its own.
        std::vector<std::unique_ptr<std::atomic<bool>>> started;
        const int jobs = std::max(2, QThread::idealThreadCount()) + 1;
        int jobsDone = 0;
        for (int i = 0; i < jobs; ++i) {
            started.push_back(std::make_unique<std::atomic<bool>>(false));
            runner.run(
                &receiver, {}, untilCancelled(*started.back(), 3000),
                [&](const Status &) { ++jobsDone; }, TaskRunner::Kind::Job);
        }
        bool chart = false;
        runner.run(
            &receiver, QStringLiteral("chart"), [](TaskControl &) { return Status::success(); },
            [&](const Status &) { chart = true; });
        QTRY_VERIFY_WITH_TIMEOUT(chart, 2000);
        QCOMPARE(jobsDone, 0); // the chart answered while every job still ran
        QVERIFY(runner.waitForIdle(10000));
        QCOMPARE(jobsDone, jobs);
    }

    void cancelHookRunsOnceAndNotAfterItsScope() {
        TaskControl control;
        int stops = 0;
        {
            const auto hook = control.onCancel([&] { ++stops; });
        }
        control.cancel();
        QCOMPARE(stops, 0); // the hook's scope ended before the cancel
        TaskControl late;
        late.cancel();
        const auto hook = late.onCancel([&] { ++stops; });
        QCOMPARE(stops, 1); // a task cancelled before it hooks in is stopped at once
    }
};

QTEST_MAIN(TestTaskRunner)
#include "tst_taskrunner.moc"

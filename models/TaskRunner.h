#pragma once

#include "core/Status.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace tl {

// What a running task sees of its cancellation: a flag to poll, and hooks that stop work
// the flag cannot reach (sqlite3_interrupt on its connection, a job's own cancel()).
class TaskControl {
public:
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    const std::atomic<bool> *flag() const { return &m_cancelled; }

    // While the returned hook lives, cancelling calls `stop` (once, on the cancelling thread).
    class Hook {
    public:
        explicit Hook(TaskControl *control)
            : m_control(control) {}
        Hook(Hook &&other) noexcept
            : m_control(std::exchange(other.m_control, nullptr)) {}
        Hook(const Hook &) = delete;
        Hook &operator=(const Hook &) = delete;
        Hook &operator=(Hook &&) = delete;
        ~Hook();

    private:
        TaskControl *m_control;
    };
    [[nodiscard]] Hook onCancel(std::function<void()> stop);

    void cancel();

private:
    std::atomic<bool> m_cancelled{false};
    std::mutex m_mutex;
    std::function<void()> m_stop;
};

// The window's one runner of background work, instead of a thread per task:
// - a pool with a thread per core for interactive work (charts, previews, sorting, line
//   decimation); a long job (import, export, fetch) gets a thread added for its duration, so
//   it never holds up a chart;
// - the newest request wins: a task started for the same receiver and lane cancels the one
//   before it (its flag and hooks), whose answer is then never delivered;
// - answers reach `done` on the GUI thread, and only while the receiver exists; a destroyed
//   receiver's tasks are cancelled;
// - at shutdown (QCoreApplication::aboutToQuit) everything is cancelled and waited for.
class TaskRunner : public QObject {
    Q_OBJECT
public:
    enum class Kind { Interactive, Job };
    using Work = std::function<Status(TaskControl &)>;
    using Done = std::function<void(const Status &)>;

    static TaskRunner &shared();
    ~TaskRunner() override;

    // An empty lane never supersedes and is never superseded.
    void run(QObject *receiver, const QString &lane, Work work, Done done,
             Kind kind = Kind::Interactive);
    void cancel(QObject *receiver, const QString &lane);
    // Cancels every task and waits for them; answers are not delivered.
    void shutdown();

    int activeTasks() const { return int(m_tasks.size()); }
    // Runs the event loop until no task is left or `msecs` passed (tests, --screenshot).
    bool waitForIdle(int msecs);

private:
    struct Task;
    explicit TaskRunner(QObject *parent);
    void finish(const std::shared_ptr<Task> &task);
    void forget(QObject *receiver);

    QThreadPool m_pool;
    int m_interactiveThreads;
    QHash<Task *, std::shared_ptr<Task>> m_tasks;
    QHash<QPair<QObject *, QString>, std::shared_ptr<Task>> m_latest;
    QSet<QObject *> m_watched;
    bool m_shutDown = false;
};

} // namespace tl

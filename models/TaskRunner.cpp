#include "TaskRunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace tl {

TaskControl::Hook::~Hook() {
    if (!m_control)
        return;
    const std::lock_guard lock(m_control->m_mutex);
    m_control->m_stop = {};
}

TaskControl::Hook TaskControl::onCancel(std::function<void()> stop) {
    const std::lock_guard lock(m_mutex);
    m_stop = std::move(stop);
    if (isCancelled() && m_stop)
        m_stop();
    return Hook(this);
}

void TaskControl::cancel() {
    m_cancelled = true;
    const std::lock_guard lock(m_mutex);
    if (m_stop)
        std::exchange(m_stop, {})();
}

struct TaskRunner::Task {
    TaskControl control;
    QObject *receiverKey;
    QPointer<QObject> receiver;
    QString lane;
    Work work;
    Done done;
    Kind kind;
    Status status;
};

TaskRunner &TaskRunner::shared() {
    static QPointer<TaskRunner> runner;
    if (!runner) {
        runner = new TaskRunner(QCoreApplication::instance());
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, runner,
                [] { runner->shutdown(); });
    }
    return *runner;
}

TaskRunner::TaskRunner(QObject *parent)
    : QObject(parent)
    , m_interactiveThreads(std::max(2, QThread::idealThreadCount())) {
    m_pool.setMaxThreadCount(m_interactiveThreads);
}

TaskRunner::~TaskRunner() {
    shutdown(); // also without aboutToQuit (no event loop ran): nothing outlives the runner
}

void TaskRunner::run(QObject *receiver, const QString &lane, Work work, Done done, Kind kind) {
    auto task = std::make_shared<Task>();
    task->receiverKey = receiver;
    task->receiver = receiver;
    task->lane = lane;
    task->work = std::move(work);
    task->done = std::move(done);
    task->kind = kind;
    if (m_shutDown)
        return;
    if (!lane.isEmpty()) {
        std::shared_ptr<Task> &latest = m_latest[{receiver, lane}];
        if (latest)
            latest->control.cancel();
        latest = task;
    }
    if (!m_watched.contains(receiver)) {
        m_watched.insert(receiver);
        connect(receiver, &QObject::destroyed, this, [this, receiver] { forget(receiver); });
    }
    m_tasks.insert(task.get(), task);
    if (kind == Kind::Job)
        m_pool.setMaxThreadCount(m_pool.maxThreadCount() + 1);
    m_pool.start([this, task] {
        task->status = task->control.isCancelled() ? Status::cancelled(tr("cancelled"))
                                                   : task->work(task->control);
        task->work = {}; // what it captured goes on this thread
        QMetaObject::invokeMethod(
            this, [this, task] { finish(task); }, Qt::QueuedConnection);
    });
}

void TaskRunner::finish(const std::shared_ptr<Task> &task) {
    m_tasks.remove(task.get());
    if (task->kind == Kind::Job)
        m_pool.setMaxThreadCount(m_pool.maxThreadCount() - 1);
    const QPair<QObject *, QString> key{task->receiverKey, task->lane};
    const bool latest = task->lane.isEmpty() || m_latest.value(key) == task;
    if (!task->lane.isEmpty() && latest)
        m_latest.remove(key);
    if (latest && task->receiver && !m_shutDown)
        task->done(task->status);
}

void TaskRunner::cancel(QObject *receiver, const QString &lane) {
    if (const auto latest = m_latest.take({receiver, lane}))
        latest->control.cancel();
}

void TaskRunner::forget(QObject *receiver) {
    m_watched.remove(receiver);
    for (auto it = m_latest.begin(); it != m_latest.end();) {
        if (it.key().first == receiver) {
            it.value()->control.cancel();
            it = m_latest.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto &task : std::as_const(m_tasks)) {
        if (task->receiverKey == receiver)
            task->control.cancel();
    }
}

void TaskRunner::shutdown() {
    m_shutDown = true;
    for (const auto &task : std::as_const(m_tasks))
        task->control.cancel();
    m_pool.waitForDone();
}

bool TaskRunner::waitForIdle(int msecs) {
    const QDeadlineTimer deadline(msecs);
    while (!m_tasks.isEmpty() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return m_tasks.isEmpty();
}

} // namespace tl

#include "ScheduleController.h"

#include "core/Clock.h"
#include "models/TaskRunner.h"

#include <QCoreApplication>

#include <memory>

namespace tl {

ScheduleController::ScheduleController(QObject *parent)
    : QObject(parent)
    , m_program(QCoreApplication::applicationFilePath()) {
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ScheduleController::runDue);
}

void ScheduleController::setWorkspace(const QString &path) {
    m_path = path;
    if (m_path.isEmpty())
        m_timer.stop();
    else
        m_timer.start();
}

void ScheduleController::runDue() {
    start([](ScheduleRunner &runner) { return runner.runDue(Clock::now()); });
}

void ScheduleController::runNow(const QString &name) {
    start([name](ScheduleRunner &runner) -> Result<QList<ScheduleOutcome>> {
        const auto outcome = runner.runNow(name, Clock::now());
        if (!outcome)
            return outcome.status();
        return QList<ScheduleOutcome>{*outcome};
    });
}

void ScheduleController::start(
    std::function<Result<QList<ScheduleOutcome>>(ScheduleRunner &)> work) {
    if (m_busy || m_path.isEmpty())
        return; // the next tick looks again
    m_busy = true;
    auto outcomes = std::make_shared<QList<ScheduleOutcome>>();
    const QString path = m_path;
    const QString program = m_program;
    TaskRunner::shared().run(
        this, QString(),
        [path, program, work, outcomes](TaskControl &) -> Status {
            ScheduleRunner runner(path, program);
            const auto ran = work(runner);
            if (!ran)
                return ran.status();
            *outcomes = *ran;
            return Status::success();
        },
        [this, outcomes](const Status &status) {
            m_busy = false;
            Q_EMIT ran(*outcomes, status ? QString() : status.message());
        },
        TaskRunner::Kind::Job);
}

} // namespace tl

#pragma once

#include "core/Status.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace tl {

// Runs `work` on a thread of its own and hands its Status to `done` on `context`'s thread
// (the GUI). Engine jobs open their own connections, so they are safe to run this way.
inline void runInBackground(QObject *context, std::function<Status()> work,
                            std::function<void(const Status &)> done) {
    auto status = std::make_shared<Status>();
    QThread *thread = QThread::create([work = std::move(work), status] { *status = work(); });
    QObject::connect(thread, &QThread::finished, context, [thread, status, done = std::move(done)] {
        thread->deleteLater();
        done(*status);
    });
    thread->start();
}

} // namespace tl

#pragma once

#include "core/Status.h"
#include "sources/HttpClient.h"

#include <QStringList>

#include <functional>

namespace tl {

// What a finished run tells its user: one line of what was stored, and anything to notice
// (days not published yet, reconnects of a stream).
struct SourceReport {
    QString summary;
    QStringList notes;
};

// A network source as the command line and the window drive it: built from its parameter
// values (SourceCatalog), run on a worker thread with progress and cancel, written into the
// workspace through a SourceRun. One folder per source holds its class.
class Source {
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    virtual ~Source() = default;

    virtual void setProgress(Progress progress) = 0;
    // Thread-safe: called from the GUI thread while run() works on another.
    virtual void cancel() = 0;
    virtual Status run(SourceReport &report) = 0;

    // Called from run()'s thread when another import or fetch is writing to the workspace
    // and this run waits for its turn.
    void setWaiting(std::function<void()> waiting) { m_waiting = std::move(waiting); }
    // Called from run()'s thread when a request failed and waits to be tried again.
    void setRetrying(HttpClient::Retrying retrying) { m_retrying = std::move(retrying); }

protected:
    std::function<void()> m_waiting;
    HttpClient::Retrying m_retrying;
};

} // namespace tl

#pragma once

#include "core/Status.h"
#include "ingest/ImportOptions.h"

#include <atomic>
#include <functional>

namespace tl {

// Imports files into one dataset of a workspace. Blocking: the CLI calls run() directly, the
// GUI on a worker thread. Inside, one thread parses and converts while the calling thread
// writes through its own connection, in one transaction: a failed or cancelled import leaves
// the workspace exactly as it was.
class ImportJob {
public:
    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;

    ImportJob(QString workspacePath, ImportOptions options);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Thread-safe; run() then rolls back and returns a Cancelled status.
    void cancel() { m_cancelled = true; }

    Status run(ImportResult &result);

    static constexpr int kBatchRows = 4096;
    static constexpr int kProblemsKept = 5;

private:
    QString m_path;
    ImportOptions m_options;
    Progress m_progress;
    std::atomic<bool> m_cancelled{false};
};

} // namespace tl

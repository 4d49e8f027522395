#pragma once

#include "core/Status.h"

#include <atomic>
#include <functional>

namespace tl {

struct ExportResult {
    qint64 rows = 0;
    qint64 unencodable = 0; // characters the encoding had no form for (written as '?')
};

// Writes one dataset as RFC 4180 CSV (header row, CRLF) through its own read-only connection,
// so the CLI runs it directly and the GUI on a worker. The file appears whole or not at all
// (QSaveFile): a failed or cancelled export leaves any earlier file untouched.
class ExportJob {
public:
    using Progress = std::function<void(qint64 rowsDone, qint64 rowsTotal)>;

    ExportJob(QString workspacePath, QString dataset, QString outPath,
              QString encoding = QStringLiteral("UTF-8"));

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void cancel() { m_cancelled = true; }

    Status run(ExportResult &result);

private:
    QString m_workspacePath;
    QString m_dataset;
    QString m_outPath;
    QString m_encoding;
    Progress m_progress;
    std::atomic<bool> m_cancelled{false};
};

} // namespace tl

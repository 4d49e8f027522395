#pragma once

#include "core/Status.h"
#include "ingest/ImportOptions.h"
#include "ingest/Sniffer.h"

#include <atomic>
#include <functional>

namespace tl {

struct FollowOptions {
    QString input; // "-" for standard input, else a file to follow like `tail -F`
    QString dataset;
    FileFormat format = FileFormat::Ndjson; // ndjson, or csv with a header line
    OnError onError = OnError::Abort;
    int batchRows = 1000; // records per commit…
    int batchMs = 1000;   // …or this long after the first record of a batch arrived
    int pollMs = 100;     // how often a file at its end is looked at again
};

struct FollowResult {
    qint64 rows = 0;
    qint64 batches = 0;
    qint64 skipped = 0;
    qint64 rotations = 0; // times the file was replaced or truncated
    QStringList problems;
};

// Imports records as they arrive: standard input (`kcat … | trendlens import - --follow`)
// until it ends, or a growing file until stopped, following it when it is rotated (renamed
// and replaced: the old file is read to its end first) or truncated. Records are committed in
// batches through the import engine (flattening, types, a new column widening the dataset),
// so a chart over the dataset redraws as they come, and stop() commits what arrived. The
// whole session is one run in the run log.
class FollowImport {
public:
    FollowImport(QString workspacePath, FollowOptions options);

    // Thread- and signal-safe: the session commits what it has and ends.
    void stop() { m_stopped.store(true); }
    // After each committed batch: records stored so far.
    void setProgress(std::function<void(qint64 rows)> progress) {
        m_progress = std::move(progress);
    }

    Status run(FollowResult &result);

private:
    class Reader;
    Status importBatch(const QList<QByteArray> &records, const QByteArray &header,
                       FollowResult &result, bool &created);

    QString m_path;
    FollowOptions m_options;
    std::function<void(qint64)> m_progress;
    std::atomic<bool> m_stopped{false};
};

} // namespace tl

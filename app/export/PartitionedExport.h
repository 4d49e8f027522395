#pragma once

#include "core/Status.h"
#include "export/PartitionScheme.h"

#include <atomic>
#include <functional>

namespace tl {

struct PartitionedExportOptions {
    enum class Format { Csv, Ndjson };
    QString dataset;
    QString outDir;
    PartitionScheme scheme;
    Format format = Format::Csv;
    bool gzip = false;
    // Only the partitions from the one holding this wall-clock time on ('2024-01-05',
    // '2024-01-05T13:00'), or "last": from the last partition the previous export wrote.
    QString since;
    QByteArray zone; // the wall clock timestamps are cut by (an IANA id); empty is UTC
};

struct PartitionedExportResult {
    qint64 rows = 0;
    int partitions = 0; // written by this export
    int kept = 0;       // left as an earlier export wrote them (--since)
};

// Writes a dataset as Hive-style partition folders for Spark, Hive, pandas and DuckDB:
// DIR/year=2024/month=01/day=05/part-00000.csv (a header, UTF-8) or .ndjson, optionally
// gzipped, with _manifest.json (schema, rows per partition) and _SUCCESS. Everything is
// written in a folder beside DIR first; a whole export then takes DIR's place in one rename
// (an exchange when DIR is an earlier export), and a --since export moves each partition in
// by one rename, so a reader never sees half a partition. A folder that is not an earlier
// export is never written into.
class PartitionedExportJob {
public:
    using Progress = std::function<void(qint64 rowsDone, qint64 rowsTotal)>;

    PartitionedExportJob(QString workspacePath, PartitionedExportOptions options);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void cancel() { m_cancelled = true; }

    Status run(PartitionedExportResult &result);

private:
    QString m_workspacePath;
    PartitionedExportOptions m_options;
    Progress m_progress;
    std::atomic<bool> m_cancelled{false};
};

} // namespace tl

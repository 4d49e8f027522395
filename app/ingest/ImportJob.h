#pragma once

#include "columns/ColumnStore.h"
#include "core/Status.h"
#include "ingest/ImportOptions.h"
#include "ingest/RecordProducer.h"

#include <atomic>
#include <functional>
#include <optional>

namespace tl {

class Catalog;
class Connection;
class SqliteTableWriter;
struct DatasetInfo;

// Imports files into one dataset of a workspace. Blocking: the CLI calls run() directly, the
// GUI on a worker thread. Inside, one thread parses and converts while the calling thread
// writes through its own connection, in one transaction: a failed or cancelled import leaves
// the workspace exactly as it was. The workspace stays in WAL mode throughout, so readers
// (the window, `sql`, charts) keep reading; a second writer waits for its turn.
class ImportJob {
public:
    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;
    using Waiting = std::function<void()>;

    ImportJob(QString workspacePath, ImportOptions options);
    ~ImportJob();

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Called (from run()'s thread) when another writer holds the workspace and this import
    // waits for it to finish.
    void setWaiting(Waiting waiting) { m_waiting = std::move(waiting); }
    // Thread-safe; run() then rolls back and returns a Cancelled status.
    void cancel() { m_cancelled = true; }

    Status run(ImportResult &result);

    static constexpr int kBatchRows = 4096;
    // A new dataset is committed in pieces of about this many rows under a hidden name.
    static constexpr qint64 kPieceRows = 65536;
    static constexpr int kProblemsKept = 5;

private:
    struct Target; // the dataset as it stands, and how this import changes it
    struct Load;   // what the loading phases share

    Status sniffInputs(ImportResult &result, std::vector<RecordProducer::Input> &inputs,
                       qint64 &totalBytes) const;
    Status openWorkspace(Connection &connection);
    Status checkFreeSpace(qint64 totalBytes) const;
    Status findTarget(Catalog &catalog, const QString &dataset, Target &target) const;
    Status loadInPlace(Load &load, ImportResult &result);
    Status loadStaged(Load &load, ImportResult &result);
    Status publish(Load &load, const SqliteTableWriter &writer, const QString &staging,
                   ColumnStore::Prebuilder &columns, ImportResult &result);
    Status pump(Load &load, SqliteTableWriter &writer, ImportResult &result,
                const std::function<Status(RecordBatch &)> &afterBatch);
    Status writeRows(RecordProducer &producer, BatchQueue<ImportMessage> &queue,
                     SqliteTableWriter &writer, Target &target, qint64 totalBytes,
                     ImportResult &result, const std::function<Status(RecordBatch &)> &afterBatch);
    Status syncColumns(Load &load, const QString &dataset,
                       ColumnStore::Prebuilder *prebuilder = nullptr) const;
    Status saveCatalog(Catalog &catalog, const Target &target, const SqliteTableWriter &writer,
                       ImportResult &result) const;
    QJsonObject runParams(const ImportResult &result) const;

    QString m_path;
    ImportOptions m_options;
    Progress m_progress;
    Waiting m_waiting;
    std::atomic<bool> m_cancelled{false};
};

} // namespace tl

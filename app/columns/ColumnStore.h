#pragma once

#include "columns/ColumnChunk.h"
#include "core/Status.h"
#include "store/DatasetInfo.h"

#include <QHash>
#include <QSqlDatabase>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace tl {

class ColumnCache;
struct RecordBatch;

// A dataset's column dictionary: every distinct text of a Dictionary column, in code order,
// as UTF-8 (views into the chunks, which it keeps alive).
struct ColumnDictionary {
    std::vector<std::string_view> strings;
    std::vector<ChunkPtr> owners;

    // The dictionary of a column's chunks, in order; nullptr when a chunk codes a text that
    // neither it nor a chunk before it added (a damaged chunk).
    static std::shared_ptr<const ColumnDictionary> of(const std::vector<ChunkPtr> &chunks);
};

// One column as a chart reads it: its chunks in row order.
struct LoadedColumn {
    Column column;
    ColumnEncoding encoding = ColumnEncoding::None;
    QString reason; // why the column is not kept, when encoding is None
    std::vector<ChunkPtr> chunks;
    std::shared_ptr<const ColumnDictionary> dictionary;
};

// The columns a chart needs, read in one snapshot of the workspace.
struct ColumnSnapshot {
    qint64 rows = 0;
    int chunks = 0;                       // every column has this many, with the same bounds
    std::vector<ChunkPtr> rowids;         // RowId chunks, when asked for
    QHash<QString, LoadedColumn> columns; // by name as the dataset spells it
    qint64 bytesRead = 0;                 // what was not in the cache
    bool damaged = false;                 // a chunk did not decode: the columns need rebuilding
};

// The column store: every chartable column of every dataset kept as compact chunks in the
// workspace file (_tl_colsets, _tl_colinfo, _tl_colchunks), beside the row tables.
//
// Writers keep it exact: each import, append and source run calls sync() in the transaction
// that writes the rows, so rows and columns commit together. Whatever changes a table behind
// the writers' back is detected: triggers flag deletes and updates, rows past the last
// synced rowid show as new, a dropped and re-created table loses its triggers. Such columns
// are stale; readers see that (freshness()) and rebuild them before answering from them.
class ColumnStore {
public:
    static constexpr int kMaxTextBytes = 1024;
    static constexpr int kMaxDictionaryEntries = 1 << 21;
    static constexpr qint64 kMaxDictionaryBytes = 64LL << 20;
    // A text column with more distinct values than this share of its rows is not kept.
    static constexpr double kIdentifierShare = 0.9;

    using Progress = std::function<void(qint64 done, qint64 total)>;

    // `db` is the connection of the caller's transaction; `handle` its SQLite handle.
    ColumnStore(QSqlDatabase db, sqlite3 *handle)
        : m_db(std::move(db))
        , m_handle(handle) {}

    class Prebuilder;

    enum class Freshness { Fresh, Behind, Missing };
    // Whether the stored columns match the rows (a cheap check: no scan).
    Result<Freshness> freshness(const DatasetInfo &info) const;

    // Inside a write transaction: appends the rows past the last synced one, or rebuilds the
    // dataset's columns when the table changed otherwise (or `rebuild`). A rebuild takes
    // what `prebuilder` built meanwhile, when it has the dataset's columns.
    Status sync(const DatasetInfo &info, const Progress &progress = {},
                const std::atomic<bool> *cancelled = nullptr, bool rebuild = false,
                Prebuilder *prebuilder = nullptr);

    // Reads `columns` of a fresh dataset, taking what `cache` holds. Run it inside a read
    // transaction so the chunks and the metadata belong to one snapshot.
    Status load(const DatasetInfo &info, const QStringList &columns, bool withRowids,
                ColumnCache &cache, const QString &workspacePath, ColumnSnapshot &out) const;

    static ColumnEncoding encodingFor(ColumnType type);
    static QString triggerName(qint64 datasetId, char kind);

private:
    // A finished chunk of a table still being imported, kept until its dataset exists.
    struct KeptChunk {
        QString column;
        int chunk;
        int rows;
        QByteArray blob;
    };
    struct SetState;
    // The sync state, the table's last rowid, whether both staleness triggers are there.
    struct Inspection;
    class Appender;
    Result<std::optional<SetState>> readState(const DatasetInfo &info) const;
    Result<Inspection> inspect(const DatasetInfo &info) const;
    Status rebuildAll(const DatasetInfo &info, qint64 previousGeneration, const Progress &progress,
                      const std::atomic<bool> *cancelled, std::unique_ptr<Appender> built = {});
    Status installTriggers(const DatasetInfo &info);
    // New rows at the end, picking up from `appender`: resumed from the stored chunks, or
    // the one this process kept after the previous append.
    Status append(const DatasetInfo &info, const SetState &state, qint64 generation,
                  std::unique_ptr<Appender> appender, const Progress &progress,
                  const std::atomic<bool> *cancelled);
    struct KeptAppender;
    static KeptAppender &kept();
    std::unique_ptr<Appender> takeKept(const DatasetInfo &info, const SetState &state,
                                       qint64 generation) const;
    void keep(const DatasetInfo &info, qint64 generation, std::unique_ptr<Appender> appender) const;

    QSqlDatabase m_db;
    sqlite3 *m_handle;
};

// Builds a new table's chunks on a thread of its own while the import is still writing its
// rows, from the batches the import writes (the same cells, bound the same way), so the
// import's last transaction has only to move them into place. Finished chunks are kept in
// memory up to a budget (TRENDLENS_IMPORT_CHUNKS_MB, else 32 MB), then go back to the writer
// (spill()), which keeps them in a hidden table with the rows, so memory stays flat.
// It gives up (and the last transaction builds everything from the table) when the columns
// change type or a cell's stored value is SQLite's to decide.
class ColumnStore::Prebuilder {
public:
    static constexpr std::size_t kMaxWaitingBatches = 4;

    // `spillTable`: where finished chunks are kept (a name the workspace cleans up after a
    // crash, like the import's own hidden table).
    explicit Prebuilder(QString spillTable);
    ~Prebuilder();
    Prebuilder(const Prebuilder &) = delete;
    Prebuilder &operator=(const Prebuilder &) = delete;

    // `batch` was written to the new table as rows `firstRowid`, `firstRowid` + 1, …, into
    // columns of these types.
    void add(std::shared_ptr<const RecordBatch> batch, const Columns &columns, qint64 firstRowid);
    // On the writer's connection, in its transaction: writes the chunks finished so far, once
    // they outgrow the memory budget.
    Status spill(sqlite3 *db);

private:
    friend class ColumnStore;
    struct Waiting {
        std::shared_ptr<const RecordBatch> batch;
        Columns columns;
        qint64 firstRowid = 0;
    };
    // Once every batch is built: what was built for a table of `columns`, or nothing when it
    // gave up (its hidden table then goes).
    Result<std::unique_ptr<Appender>> finish(sqlite3 *db, const Columns &columns);
    void stop();
    void run();

    QString m_spillTable;
    bool m_spilled = false; // the hidden table exists
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Waiting> m_batches;
    std::vector<KeptChunk> m_finished;
    qint64 m_finishedBytes = 0;
    const qint64 m_maxKeptBytes; // chunks kept in memory before spill() writes them
    bool m_stop = false;
    bool m_failed = false;
    std::unique_ptr<Appender> m_appender;
    std::thread m_thread;
};

// Brings a dataset's columns up to date on a writer connection of its own, when a reader
// finds them stale or missing (a workspace made before the column store, a table changed by
// another program), or rebuilds them all (`rebuild`: a chunk did not decode). Never waits for
// another writer: `busy` is set instead.
Status ensureColumns(const QString &workspacePath, const DatasetInfo &info,
                     const ColumnStore::Progress &progress, const std::atomic<bool> *cancelled,
                     bool &busy, bool rebuild = false);

// Reads `columns` of `info` for a reader on `db` (a workspace connection), in one snapshot,
// through the shared cache; builds them first when they are stale or missing. When the
// columns cannot answer (being written, rows changed meanwhile), `note` says why and the
// caller goes another way.
Status readFreshColumns(QSqlDatabase &db, const DatasetInfo &info, const QStringList &columns,
                        bool withRowids, const ColumnStore::Progress &progress,
                        const std::atomic<bool> *cancelled, ColumnSnapshot &snapshot,
                        QString &note);

} // namespace tl

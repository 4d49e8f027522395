#pragma once

#include "core/Status.h"
#include "ingest/BatchPool.h"
#include "ingest/BatchQueue.h"
#include "ingest/ColumnConverter.h"
#include "ingest/ImportOptions.h"
#include "ingest/RecordReader.h"
#include "ingest/Sniffer.h"

#include <atomic>
#include <memory>

namespace tl {

// What the parsing side hands the writing side: typed rows, the columns as they stand after
// this batch (they may grow or widen), progress, and the records it had to leave out.
struct ImportMessage {
    RecordBatch batch;
    Columns columns;
    QString file; // for error text: the file name
    qint64 bytesDone = 0;
    std::vector<RecordError> errors;
    Status failure; // a file that cannot be read at all
    bool end = false;
};

// Reads every file in turn, maps each file's columns onto the dataset's by name (new ones are
// added and typed from the file's first batch), converts and queues the batches.
class RecordProducer {
public:
    // SQLite's SQLITE_MAX_COLUMN: a table cannot have more.
    static constexpr int kMaxColumns = 2000;
    // A longer name is text, not a column name.
    static constexpr int kMaxColumnName = 1024;

    struct Input {
        QString path;
        SniffResult sniff;
    };

    RecordProducer(std::vector<Input> inputs, Columns existing, BatchQueue<ImportMessage> &queue,
                   const std::atomic<bool> &cancelled, int batchRows)
        : m_inputs(std::move(inputs))
        , m_converter(std::move(existing))
        , m_queue(queue)
        , m_cancelled(cancelled)
        , m_batchRows(batchRows) {}

    // Where batches come from and go back to once written (see BatchPool).
    void setBatchPool(std::shared_ptr<BatchPool> pool) { m_pool = std::move(pool); }
    void recycle(RecordBatch batch) {
        if (m_pool)
            m_pool->give(std::move(batch));
    }

    // Renames and types for the first file's columns (the import dialog's edits).
    void setOverrides(QList<ColumnOverride> overrides) { m_overrides = std::move(overrides); }
    void setTypesByName(QHash<QString, ColumnType> types) { m_typesByName = std::move(types); }

    void run();

    static std::unique_ptr<RecordReader> readerFor(const QString &path, const SniffResult &sniff);

private:
    bool produceFile(const Input &input);
    // Maps the reader's columns to dataset columns, adding (and typing) new ones.
    Status mapColumns(const QStringList &names, const RecordBatch &sample, const QString &file);
    RecordBatch remap(RecordBatch &batch) const;
    QStringList namesOf(const RecordReader &reader) const;

    std::vector<Input> m_inputs;
    ColumnConverter m_converter;
    BatchQueue<ImportMessage> &m_queue;
    const std::atomic<bool> &m_cancelled;
    int m_batchRows;
    std::shared_ptr<BatchPool> m_pool;
    std::vector<int> m_mapping;        // file column → dataset column
    QHash<QString, int> m_knownByName; // lower-cased dataset column name → its index
    QList<ColumnOverride> m_overrides;
    QHash<QString, ColumnType> m_typesByName;
    bool m_firstFile = true;
    qint64 m_bytesBefore = 0;
};

} // namespace tl

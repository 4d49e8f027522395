#pragma once

#include "core/Status.h"
#include "ingest/RecordBatch.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace tl {

// A record the reader could not read. A fatal one also ends the input (nothing after it can
// be trusted, e.g. a quote that never closes).
struct RecordError {
    qint64 line = 0;
    QString message;
    bool fatal = false;
    bool kept = false; // the record was kept with the bad bytes replaced (an encoding error)
};

// Streams records of one input file into batches. Columns may grow while reading (JSON keys
// that first appear late); a batch always has columnNames().size() columns at the time it is
// returned.
class RecordReader {
public:
    // One record (a CSV row, an NDJSON line, an array element) may not grow past this, so a
    // quote or bracket that never closes cannot make the buffer grow with the file.
    static constexpr qint64 kMaxRecordBytes = qint64(256) << 20;
    // A read() hands over at most this many errors with its batch (a file of bad records).
    static constexpr std::size_t kMaxErrorsPerBatch = 1024;

    virtual ~RecordReader() = default;

    // Opens the input and reads what the columns need; the error names no file (the caller
    // does).
    virtual Status open() = 0;
    // Clears `batch` and fills it with up to `maxRows` records; false once the input is done
    // (the batch may still hold the last rows).
    virtual bool read(RecordBatch &batch, int maxRows) = 0;
    virtual QStringList columnNames() const = 0;
    virtual qint64 bytesRead() const = 0;

    std::vector<RecordError> takeErrors() { return std::exchange(m_errors, {}); }

protected:
    std::vector<RecordError> m_errors;
};

// Column names as written (Korean included), trimmed; empty → column_N; duplicates (compared
// case-insensitively, as SQL does) → name_2, name_3; names SQLite reserves for the row id
// are suffixed too.
QStringList uniqueColumnNames(const QStringList &raw);

// The same naming, one column at a time (JSON keys that first appear late).
class UniqueColumnNamer {
public:
    UniqueColumnNamer();
    QString add(const QString &raw);

private:
    QSet<QString> m_taken;            // lower-cased
    QHash<QString, int> m_nextSuffix; // lower-cased base → next suffix to try
    int m_count = 0;
};

} // namespace tl

#include "ColumnStore.h"

#include "columns/ColumnCache.h"
#include "columns/TextCodes.h"
#include "core/CivilTime.h"
#include "core/Log.h"
#include "ingest/RecordBatch.h"
#include "store/Connection.h"
#include "store/Dialect.h"
#include "store/SqliteStatement.h"
#include "store/Transaction.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <mutex>
#include <string>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::ColumnStore", text);
}

// The rowids of each chunk are kept under a name no column can have.
const QString kRowIds = QStringLiteral("\x01rowid");

QString quoted(const QString &identifier) {
    return SqliteDialect().quoteIdentifier(identifier);
}

// A prepared statement whose failures name the column store.
class Statement : public SqliteStatement {
public:
    using SqliteStatement::SqliteStatement;
    Status error(const QString &what) const {
        return Status::internal(QStringLiteral("column store: %1: %2").arg(what, errorText()));
    }
};

Status dropTable(sqlite3 *db, const QString &table) {
    Statement drop(db, QStringLiteral("DROP TABLE IF EXISTS %1").arg(quoted(table)));
    if (!drop.ok() || sqlite3_step(drop.get()) != SQLITE_DONE)
        return drop.error(QStringLiteral("dropping %1").arg(table));
    return Status::success();
}

QString fingerprintOf(const DatasetInfo &info) {
    QStringList parts;
    for (const Column &c : info.columns)
        parts.append(c.name + u':' + typeName(c.type));
    return parts.join(u'\x1f');
}

QString cacheKey(const QString &workspace, qint64 dataset, const QString &column, int chunk) {
    return QStringLiteral("%1\x1f%2\x1f%3\x1f%4")
        .arg(workspace)
        .arg(dataset)
        .arg(column)
        .arg(chunk);
}

bool sameColumns(const Columns &a, const Columns &b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Column &x, const Column &y) {
        return x.name == y.name && x.type == y.type;
    });
}

// What a rebuild reads: the rowid, then every column (JSON, never kept, as NULL).
QString scanList(const DatasetInfo &info) {
    QStringList names{QStringLiteral("rowid")};
    for (const Column &c : info.columns)
        names.append(ColumnStore::encodingFor(c.type) == ColumnEncoding::None
                         ? QStringLiteral("NULL")
                         : quoted(c.name));
    return names.join(u',');
}

// How each column of a dataset is kept, and why not when it is not.
QHash<QString, QPair<ColumnEncoding, QString>> readEncodings(sqlite3 *db, qint64 dataset) {
    QHash<QString, QPair<ColumnEncoding, QString>> encodings;
    Statement q(db, QStringLiteral("SELECT column_name, encoding, reason FROM _tl_colinfo WHERE "
                                   "dataset_id = ?"));
    sqlite3_bind_int64(q.get(), 1, dataset);
    while (sqlite3_step(q.get()) == SQLITE_ROW)
        encodings.insert(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 0))),
            {ColumnEncoding(sqlite3_column_int(q.get(), 1)),
             QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 2)))});
    return encodings;
}

} // namespace

struct ColumnStore::SetState {
    qint64 rows = 0;
    qint64 maxRowId = 0;
    int chunks = 0;
    bool stale = false;
    qint64 generation = 0;
    QString fingerprint;
};

struct ColumnStore::Inspection {
    std::optional<SetState> state;
    qint64 tableMaxRowId = 0;
    bool triggers = false;
};

std::shared_ptr<const ColumnDictionary> ColumnDictionary::of(const std::vector<ChunkPtr> &chunks) {
    auto dictionary = std::make_shared<ColumnDictionary>();
    for (const ChunkPtr &chunk : chunks) {
        if (!chunk->addedStrings().empty()) {
            dictionary->strings.insert(dictionary->strings.end(), chunk->addedStrings().begin(),
                                       chunk->addedStrings().end());
            dictionary->owners.push_back(chunk);
        }
        if (chunk->lo() <= chunk->hi() && std::uint64_t(chunk->hi()) >= dictionary->strings.size())
            return nullptr;
    }
    return dictionary;
}

ColumnEncoding ColumnStore::encodingFor(ColumnType type) {
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Boolean:
        return ColumnEncoding::Integer;
    case ColumnType::Real:
        return ColumnEncoding::Real;
    case ColumnType::Date:
        return ColumnEncoding::Day;
    case ColumnType::Timestamp:
        return ColumnEncoding::EpochMs;
    case ColumnType::Text:
        return ColumnEncoding::Dictionary;
    case ColumnType::Json:
        return ColumnEncoding::None;
    }
    return ColumnEncoding::None;
}

QString ColumnStore::triggerName(qint64 datasetId, char kind) {
    return QStringLiteral("_tl_colstale_%1_%2").arg(datasetId).arg(QLatin1Char(kind));
}

Result<std::optional<ColumnStore::SetState>> ColumnStore::readState(const DatasetInfo &info) const {
    Statement q(m_handle, QStringLiteral("SELECT rows, max_rowid, chunks, stale, generation, "
                                         "fingerprint FROM _tl_colsets WHERE dataset_id = ?"));
    if (!q.ok())
        return q.error(QStringLiteral("reading the column set"));
    sqlite3_bind_int64(q.get(), 1, info.id);
    const int step = sqlite3_step(q.get());
    if (step == SQLITE_DONE)
        return std::optional<SetState>();
    if (step != SQLITE_ROW)
        return q.error(QStringLiteral("reading the column set"));
    SetState state;
    state.rows = sqlite3_column_int64(q.get(), 0);
    state.maxRowId = sqlite3_column_int64(q.get(), 1);
    state.chunks = sqlite3_column_int(q.get(), 2);
    state.stale = sqlite3_column_int(q.get(), 3) != 0;
    state.generation = sqlite3_column_int64(q.get(), 4);
    state.fingerprint =
        QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 5)));
    return std::optional<SetState>(state);
}

Result<ColumnStore::Inspection> ColumnStore::inspect(const DatasetInfo &info) const {
    const auto state = readState(info);
    if (!state)
        return state.status();
    Inspection out{*state, 0, false};
    if (!out.state)
        return out;
    Statement trigger(m_handle, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                               "'trigger' AND name IN (?, ?)"));
    Statement max(m_handle,
                  QStringLiteral("SELECT max(rowid) FROM %1").arg(quoted(info.tableName)));
    if (!trigger.ok())
        return trigger.error(QStringLiteral("checking the triggers"));
    if (!max.ok())
        return max.error(QStringLiteral("reading the last row"));
    sqlite3_bind_text16(trigger.get(), 1, triggerName(info.id, 'd').utf16(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text16(trigger.get(), 2, triggerName(info.id, 'u').utf16(), -1, SQLITE_TRANSIENT);
    if (sqlite3_step(trigger.get()) != SQLITE_ROW || sqlite3_step(max.get()) != SQLITE_ROW)
        return Status::internal(QStringLiteral("column store: cannot check %1").arg(info.name));
    out.triggers = sqlite3_column_int(trigger.get(), 0) == 2;
    out.tableMaxRowId = sqlite3_column_int64(max.get(), 0);
    return out;
}

Result<ColumnStore::Freshness> ColumnStore::freshness(const DatasetInfo &info) const {
    const auto seen = inspect(info);
    if (!seen)
        return seen.status();
    if (!seen->state)
        return Freshness::Missing;
    const SetState &s = *seen->state;
    if (s.stale || !seen->triggers || s.fingerprint != fingerprintOf(info) ||
        seen->tableMaxRowId != s.maxRowId)
        return Freshness::Behind;
    return Freshness::Fresh;
}

// Feeds rows into chunk builders, one per kept column, and writes each chunk when it fills.
class ColumnStore::Appender {
public:
    // Texts coded together: enough for their cache misses to overlap.
    static constexpr std::size_t kTextBatch = 128;

    struct Slot {
        Column column;
        ColumnEncoding encoding;
        QString reason; // set when the column stops being kept
        ColumnChunk::Builder builder;
        TextCodes dictionary;
        // Texts waiting for their codes, which are looked up a batch at a time: offset and
        // length in `waitingBytes`, a length of -1 for a NULL.
        std::vector<std::pair<std::uint32_t, std::int32_t>> waiting;
        std::string waitingBytes;
        bool kept() const { return encoding != ColumnEncoding::None; }
    };

    Appender(sqlite3 *db, const DatasetInfo &info, qint64 generation)
        : m_db(db)
        , m_info(info)
        , m_generation(generation)
        , m_rowids(ColumnEncoding::RowId) {
        for (const Column &c : info.columns) {
            const ColumnEncoding e = encodingFor(c.type);
            m_slots.push_back(
                {c,
                 e,
                 e == ColumnEncoding::None
                     ? QCoreApplication::translate("tl::ColumnStore", "JSON is read by SQL")
                     : QString(),
                 ColumnChunk::Builder(e),
                 {},
                 {},
                 {}});
        }
    }

    std::vector<Slot> &slots() { return m_slots; }
    ColumnChunk::Builder &rowids() { return m_rowids; }
    int chunkIndex() const { return m_chunk; }

    // Picks up after chunk `last`: dictionaries continue from the strings every chunk added,
    // and a partly filled last chunk is reopened so new rows continue it.
    Status resume(int last, bool continueLast) {
        m_chunk = continueLast ? last : last + 1;
        const int chunk = continueLast ? last : -1;
        for (Slot &slot : m_slots) {
            if (!slot.kept())
                continue;
            Statement all(m_db, QStringLiteral("SELECT chunk, data FROM _tl_colchunks WHERE "
                                               "dataset_id = ? AND column_name = ? AND (chunk = ? "
                                               "OR ?) ORDER BY chunk"));
            if (!all.ok())
                return all.error(QStringLiteral("reading chunks"));
            sqlite3_bind_int64(all.get(), 1, m_info.id);
            sqlite3_bind_text16(all.get(), 2, slot.column.name.utf16(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int(all.get(), 3, chunk);
            sqlite3_bind_int(all.get(), 4, slot.encoding == ColumnEncoding::Dictionary ? 1 : 0);
            while (sqlite3_step(all.get()) == SQLITE_ROW) {
                const int index = sqlite3_column_int(all.get(), 0);
                const ChunkPtr decoded = ColumnChunk::decode(
                    QByteArray(static_cast<const char *>(sqlite3_column_blob(all.get(), 1)),
                               sqlite3_column_bytes(all.get(), 1)));
                if (!decoded) {
                    m_damaged = true;
                    return Status::internal(
                        QCoreApplication::translate("tl::ColumnStore", "damaged column chunk"));
                }
                for (std::string_view s : decoded->addedStrings()) {
                    bool added;
                    slot.dictionary.codeOf(s, added);
                    if (index == chunk)
                        slot.builder.addString(s);
                }
                if (index == chunk)
                    refill(slot.builder, *decoded);
            }
        }
        if (!continueLast)
            return Status::success();
        Statement rows(m_db, QStringLiteral("SELECT data FROM _tl_colchunks WHERE dataset_id = ? "
                                            "AND column_name = ? AND chunk = ?"));
        sqlite3_bind_int64(rows.get(), 1, m_info.id);
        sqlite3_bind_text16(rows.get(), 2, kRowIds.utf16(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(rows.get(), 3, chunk);
        if (sqlite3_step(rows.get()) != SQLITE_ROW)
            return rows.error(QStringLiteral("reading rowids"));
        const ChunkPtr decoded = ColumnChunk::decode(
            QByteArray(static_cast<const char *>(sqlite3_column_blob(rows.get(), 0)),
                       sqlite3_column_bytes(rows.get(), 0)));
        if (!decoded) {
            m_damaged = true;
            return Status::internal(
                QCoreApplication::translate("tl::ColumnStore", "damaged column chunk"));
        }
        refill(m_rowids, *decoded);
        return Status::success();
    }

    // Adds the rows of `table` (on `db`) after the last one added, in rowid order; `total`
    // is what progress reports against.
    Status addRowsOf(sqlite3 *db, const QString &table, const Progress &progress = {},
                     qint64 total = 0, const std::atomic<bool> *cancelled = nullptr) {
        Statement scan(db, QStringLiteral("SELECT %1 FROM %2 WHERE rowid > ? ORDER BY rowid")
                               .arg(scanList(m_info), quoted(table)));
        if (!scan.ok())
            return scan.error(QStringLiteral("reading the rows"));
        sqlite3_bind_int64(scan.get(), 1, m_lastRowId);
        int step;
        qint64 rows = 0;
        while ((step = sqlite3_step(scan.get())) == SQLITE_ROW) {
            if (Status s = add(scan.get()); !s)
                return s;
            if ((++rows & 0xffff) == 0) {
                if (progress)
                    progress(this->rows(), total);
                if (cancelled && cancelled->load(std::memory_order_relaxed))
                    return Status::cancelled(
                        QCoreApplication::translate("tl::ColumnStore", "cancelled"));
            }
        }
        if (step != SQLITE_DONE)
            return scan.error(QStringLiteral("reading the rows"));
        codeWaitingTexts();
        return Status::success();
    }

    // The rows of `batch` as the import writes them, with rowids from `firstRowid` on:
    // SqliteTableWriter binds each cell by its kind into a column of the batch's type. False
    // when only SQLite knows what a cell becomes (a number in a text column).
    bool addBatch(const RecordBatch &batch, qint64 firstRowid) {
        const int columns = std::min(batch.columnCount, int(m_slots.size()));
        for (int row = 0; row < batch.rowCount(); ++row) {
            m_lastRowId = firstRowid + row;
            m_rowids.appendInteger(m_lastRowId);
            for (int c = 0; c < int(m_slots.size()); ++c) {
                Slot &slot = m_slots[std::size_t(c)];
                if (!slot.kept())
                    continue;
                if (c >= columns)
                    addNull(slot);
                else if (!addCell(slot, batch, batch.at(row, c)))
                    return false;
            }
            if (m_rowids.rows() == ColumnChunk::kRows && !flush())
                return false;
        }
        return true;
    }

    // Continues after a table's rows already kept, up to `rowid`.
    void continueAfter(qint64 rowid) { m_lastRowId = rowid; }

    // One row from the scan: column 0 is the rowid, column i + 1 the i-th dataset column.
    Status add(sqlite3_stmt *row) {
        m_lastRowId = sqlite3_column_int64(row, 0);
        m_rowids.appendInteger(m_lastRowId);
        for (std::size_t i = 0; i < m_slots.size(); ++i) {
            Slot &slot = m_slots[i];
            if (slot.kept())
                addValue(slot, row, int(i) + 1);
        }
        if (m_rowids.rows() == ColumnChunk::kRows)
            return flush();
        return Status::success();
    }

    // Writes the open chunk and starts the next one.
    Status flush() {
        if (m_rowids.rows() == 0)
            return Status::success();
        if (Status s = writeOpen(); !s)
            return s;
        m_rows += m_rowids.rows();
        m_rowids.clear();
        for (Slot &slot : m_slots)
            slot.builder.clear();
        ++m_chunk;
        return Status::success();
    }

    // Writes the open chunk as it is and keeps it open, so the next rows continue it in
    // memory; the column set then counts it among its chunks.
    Status writeOpen() {
        if (m_rowids.rows() == 0)
            return Status::success();
        codeWaitingTexts();
        abandonIdentifiers();
        if (Status s = write(kRowIds, m_rowids); !s)
            return s;
        for (Slot &slot : m_slots) {
            if (slot.kept()) {
                if (Status s = write(slot.column.name, slot.builder); !s)
                    return s;
            }
        }
        return Status::success();
    }
    int chunksWritten() const { return m_chunk + (m_rowids.rows() > 0 ? 1 : 0); }

    // Goes on as `generation`, on `db` (another connection to the same file).
    void reopen(sqlite3 *db, const DatasetInfo &info, qint64 generation) {
        m_db = db;
        m_info = info;
        m_generation = generation;
    }

    // Columns that stopped being kept lose their chunks; every column's encoding is noted.
    Status saveInfo() {
        Statement drop(m_db, QStringLiteral("DELETE FROM _tl_colchunks WHERE dataset_id = ? AND "
                                            "column_name = ?"));
        Statement note(m_db, QStringLiteral("INSERT OR REPLACE INTO _tl_colinfo (dataset_id, "
                                            "column_name, encoding, reason) VALUES (?, ?, ?, ?)"));
        if (!drop.ok() || !note.ok())
            return drop.error(QStringLiteral("noting the columns"));
        for (const Slot &slot : m_slots) {
            if (!slot.kept()) {
                sqlite3_bind_int64(drop.get(), 1, m_info.id);
                sqlite3_bind_text16(drop.get(), 2, slot.column.name.utf16(), -1, SQLITE_TRANSIENT);
                if (sqlite3_step(drop.get()) != SQLITE_DONE)
                    return drop.error(QStringLiteral("dropping a column"));
                sqlite3_reset(drop.get());
            }
            sqlite3_bind_int64(note.get(), 1, m_info.id);
            sqlite3_bind_text16(note.get(), 2, slot.column.name.utf16(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int(note.get(), 3, int(slot.encoding));
            if (slot.reason.isEmpty())
                sqlite3_bind_null(note.get(), 4);
            else
                sqlite3_bind_text16(note.get(), 4, slot.reason.utf16(), -1, SQLITE_TRANSIENT);
            if (sqlite3_step(note.get()) != SQLITE_DONE)
                return note.error(QStringLiteral("noting a column"));
            sqlite3_reset(note.get());
        }
        return Status::success();
    }

    qint64 rows() const { return m_rows + m_rowids.rows(); }
    bool damaged() const { return m_damaged; }
    qint64 lastRowId() const { return m_lastRowId; }
    const Columns &columns() const { return m_info.columns; }

    // The finished chunks kept so far, handed over to be written elsewhere meanwhile.
    std::vector<KeptChunk> takePending() { return std::exchange(m_pending, {}); }
    // Takes `kept` back, and the chunks written to `spilledTo` meanwhile (when named).
    void adopt(std::vector<KeptChunk> kept, const QString &spilledTo) {
        m_spilledTo = spilledTo;
        m_pending.insert(m_pending.begin(), std::make_move_iterator(kept.begin()),
                         std::make_move_iterator(kept.end()));
    }

    // The kept chunks (and those spilled meanwhile) go to `db` as `info`'s, and so will the
    // rest.
    Status attach(sqlite3 *db, const DatasetInfo &info, qint64 generation) {
        m_db = db;
        m_info = info;
        m_generation = generation;
        if (!m_spilledTo.isEmpty()) {
            Statement copy(db, QStringLiteral("INSERT OR REPLACE INTO _tl_colchunks (dataset_id, "
                                              "column_name, chunk, version, rows, data) SELECT ?, "
                                              "column_name, chunk, ?, rows, data FROM %1")
                                   .arg(quoted(m_spilledTo)));
            if (!copy.ok())
                return copy.error(QStringLiteral("taking the chunks built meanwhile"));
            sqlite3_bind_int64(copy.get(), 1, m_info.id);
            sqlite3_bind_int64(copy.get(), 2, m_generation);
            if (sqlite3_step(copy.get()) != SQLITE_DONE)
                return copy.error(QStringLiteral("taking the chunks built meanwhile"));
            if (Status s = dropTable(db, std::exchange(m_spilledTo, {})); !s)
                return s;
        }
        for (const KeptChunk &p : std::exchange(m_pending, {})) {
            if (Status s = insert(p.column, p.chunk, p.rows, p.blob); !s)
                return s;
        }
        return Status::success();
    }

private:
    static void refill(ColumnChunk::Builder &builder, const ColumnChunk &chunk) {
        for (int r = 0; r < chunk.rows(); ++r) {
            if (chunk.isNull(r))
                builder.appendNull();
            else if (chunk.encoding() == ColumnEncoding::Real)
                builder.appendReal(chunk.reals()[r]);
            else if (chunk.encoding() == ColumnEncoding::Dictionary)
                builder.appendCode(chunk.codeAt(r));
            else
                builder.appendInteger(chunk.integerAt(r));
        }
    }

    // A text column where nearly every value is new is an identifier or free text: grouping
    // by it makes no chart, its dictionary would be as big as the column and building it
    // would slow every import down. Judged once a full chunk of rows has been seen.
    void abandonIdentifiers() {
        const qint64 seen = m_rows + m_rowids.rows();
        if (seen < ColumnChunk::kRows)
            return;
        for (Slot &slot : m_slots) {
            if (slot.encoding == ColumnEncoding::Dictionary &&
                double(slot.dictionary.size()) > kIdentifierShare * double(seen))
                abandon(slot, QCoreApplication::translate(
                                  "tl::ColumnStore",
                                  "has a different value in nearly every row (an identifier)"));
        }
    }

    static void abandon(Slot &slot, const QString &reason) {
        slot.encoding = ColumnEncoding::None;
        slot.reason = reason;
        slot.dictionary = {};
        slot.waiting = {};
        slot.waitingBytes = {};
        slot.builder.clear();
    }

    void codeWaitingTexts() {
        for (Slot &slot : m_slots)
            codeWaitingTexts(slot);
    }

    // The waiting texts of `slot` get their codes, in row order, NULLs kept in place.
    void codeWaitingTexts(Slot &slot) {
        if (slot.waiting.empty())
            return;
        m_texts.clear();
        for (const auto &[offset, length] : slot.waiting) {
            if (length >= 0)
                m_texts.emplace_back(slot.waitingBytes.data() + offset, std::size_t(length));
        }
        m_codes.resize(m_texts.size());
        bool tooMany = false;
        slot.dictionary.codesOf(m_texts, [&](std::size_t i, std::uint32_t code, bool added) {
            m_codes[i] = code;
            if (!added || tooMany)
                return;
            tooMany = slot.dictionary.size() > std::size_t(kMaxDictionaryEntries) ||
                      qint64(slot.dictionary.textBytes()) > kMaxDictionaryBytes;
            if (!tooMany)
                slot.builder.addString(m_texts[i]);
        });
        if (tooMany)
            return abandon(slot, QCoreApplication::translate("tl::ColumnStore",
                                                             "has too many distinct values"));
        std::size_t next = 0;
        for (const auto &[offset, length] : slot.waiting) {
            if (length < 0)
                slot.builder.appendNull();
            else
                slot.builder.appendCode(m_codes[next++]);
        }
        slot.waiting.clear();
        slot.waitingBytes.clear();
    }

    // One value as SQLite stored it.
    void addValue(Slot &slot, sqlite3_stmt *row, int index) {
        switch (sqlite3_column_type(row, index)) {
        case SQLITE_NULL:
            return addNull(slot);
        case SQLITE_INTEGER:
            return addInteger(slot, sqlite3_column_int64(row, index));
        case SQLITE_FLOAT:
            return addReal(slot, sqlite3_column_double(row, index));
        case SQLITE_TEXT: {
            const int bytes = sqlite3_column_bytes(row, index);
            return addText(slot, {reinterpret_cast<const char *>(sqlite3_column_text(row, index)),
                                  std::size_t(bytes)});
        }
        default:
            return notOfType(slot);
        }
    }

    // One cell of a batch as SQLite stores it (see addBatch), or false when only SQLite
    // knows what it becomes (the prebuilt chunks are then not used).
    bool addCell(Slot &slot, const RecordBatch &batch, const RecordBatch::Cell &cell) {
        using K = RecordBatch::Kind;
        if (cell.kind == K::Null) {
            addNull(slot);
            return true;
        }
        switch (slot.encoding) {
        case ColumnEncoding::Integer:
            if (cell.kind != K::Integer)
                return false;
            addInteger(slot, cell.integer);
            return true;
        case ColumnEncoding::Real:
            // REAL affinity stores integers as reals, and a NaN as NULL.
            if (cell.kind == K::Integer)
                addReal(slot, double(cell.integer));
            else if (cell.kind == K::Real && std::isnan(cell.real))
                addNull(slot);
            else if (cell.kind == K::Real)
                addReal(slot, cell.real);
            else
                return false;
            return true;
        case ColumnEncoding::Day:
        case ColumnEncoding::EpochMs:
        case ColumnEncoding::Dictionary:
            // TEXT affinity keeps a text as it is; a number would be formatted by SQLite.
            if (cell.kind != K::Text)
                return false;
            addText(slot, batch.text(cell));
            return true;
        case ColumnEncoding::None:
        case ColumnEncoding::RowId:
            return true;
        }
        return false;
    }

    void addNull(Slot &slot) {
        if (slot.encoding == ColumnEncoding::Dictionary)
            slot.waiting.emplace_back(0, -1); // keeps its place among the waiting texts
        else
            slot.builder.appendNull();
    }

    void addInteger(Slot &slot, std::int64_t value) {
        if (slot.encoding != ColumnEncoding::Integer)
            return notOfType(slot);
        slot.builder.appendInteger(value);
    }

    void addReal(Slot &slot, double value) {
        if (slot.encoding != ColumnEncoding::Real)
            return notOfType(slot);
        slot.builder.appendReal(value);
    }

    void addText(Slot &slot, std::string_view text) {
        switch (slot.encoding) {
        case ColumnEncoding::Day:
        case ColumnEncoding::EpochMs: {
            const auto value = slot.encoding == ColumnEncoding::Day ? civil::parseDate(text)
                                                                    : civil::parseTimestamp(text);
            if (!value)
                return abandon(
                    slot,
                    QCoreApplication::translate("tl::ColumnStore",
                                                "holds a value that is not a date or time: '%1'")
                        .arg(QString::fromUtf8(text.data(), qsizetype(text.size())).left(40)));
            slot.builder.appendInteger(*value);
            return;
        }
        case ColumnEncoding::Dictionary:
            if (text.size() > std::size_t(kMaxTextBytes))
                return abandon(slot, QCoreApplication::translate("tl::ColumnStore",
                                                                 "has texts longer than %1 bytes")
                                         .arg(kMaxTextBytes));
            slot.waiting.emplace_back(std::uint32_t(slot.waitingBytes.size()),
                                      std::int32_t(text.size()));
            slot.waitingBytes.append(text);
            if (slot.waiting.size() == kTextBatch)
                codeWaitingTexts(slot);
            return;
        default:
            return notOfType(slot);
        }
    }

    // A value of another type than the column's: the column is not kept.
    void notOfType(Slot &slot) {
        switch (slot.encoding) {
        case ColumnEncoding::Integer:
            return abandon(slot, QCoreApplication::translate("tl::ColumnStore",
                                                             "holds values that are not integers"));
        case ColumnEncoding::Real:
            return abandon(slot, QCoreApplication::translate("tl::ColumnStore",
                                                             "holds values that are not numbers"));
        case ColumnEncoding::Day:
        case ColumnEncoding::EpochMs:
            return abandon(slot, QCoreApplication::translate("tl::ColumnStore",
                                                             "holds values that are not dates"));
        case ColumnEncoding::Dictionary:
            return abandon(slot, QCoreApplication::translate("tl::ColumnStore",
                                                             "holds values that are not text"));
        case ColumnEncoding::None:
        case ColumnEncoding::RowId:
            return;
        }
    }

    Status write(const QString &column, const ColumnChunk::Builder &builder) {
        QByteArray blob = builder.encode();
        if (!m_db) {
            m_pending.push_back({column, m_chunk, builder.rows(), std::move(blob)});
            return Status::success();
        }
        return insert(column, m_chunk, builder.rows(), blob);
    }

    Status insert(const QString &column, int chunk, int rows, const QByteArray &blob) {
        Statement q(m_db, QStringLiteral("INSERT OR REPLACE INTO _tl_colchunks (dataset_id, "
                                         "column_name, chunk, version, rows, data) VALUES "
                                         "(?, ?, ?, ?, ?, ?)"));
        if (!q.ok())
            return q.error(QStringLiteral("writing a chunk"));
        sqlite3_bind_int64(q.get(), 1, m_info.id);
        sqlite3_bind_text16(q.get(), 2, column.utf16(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(q.get(), 3, chunk);
        sqlite3_bind_int64(q.get(), 4, m_generation);
        sqlite3_bind_int(q.get(), 5, rows);
        sqlite3_bind_blob(q.get(), 6, blob.constData(), int(blob.size()), SQLITE_STATIC);
        if (sqlite3_step(q.get()) != SQLITE_DONE)
            return q.error(QStringLiteral("writing a chunk"));
        return Status::success();
    }

    sqlite3 *m_db; // null while the chunks are only kept (a table still being imported)
    DatasetInfo m_info;
    std::vector<KeptChunk> m_pending;
    QString m_spilledTo; // where kept chunks were written meanwhile
    qint64 m_lastRowId = 0;
    bool m_damaged = false;
    qint64 m_generation;
    ColumnChunk::Builder m_rowids;
    std::vector<Slot> m_slots;
    std::vector<std::string_view> m_texts; // codeWaitingTexts' scratch
    std::vector<std::uint32_t> m_codes;
    int m_chunk = 0;
    qint64 m_rows = 0;
};

Status ColumnStore::installTriggers(const DatasetInfo &info) {
    for (const char kind : {'d', 'u'}) {
        const QString name = quoted(triggerName(info.id, kind));
        if (Status s = exec(m_db, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(name)); !s)
            return s;
        if (Status s = exec(
                m_db,
                QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 BEGIN UPDATE "
                               "_tl_colsets SET stale = 1 WHERE dataset_id = %4; END")
                    .arg(name, kind == 'd' ? QStringLiteral("DELETE") : QStringLiteral("UPDATE"),
                         quoted(info.tableName))
                    .arg(info.id));
            !s)
            return s;
    }
    return Status::success();
}

Status ColumnStore::sync(const DatasetInfo &info, const Progress &progress,
                         const std::atomic<bool> *cancelled, bool rebuild, Prebuilder *prebuilder) {
    const auto seen = inspect(info);
    if (!seen)
        return seen.status();
    const std::optional<SetState> &state = seen->state;
    // Anything but new rows at the end means the columns are rebuilt.
    if (rebuild || !state || state->stale || !seen->triggers ||
        state->fingerprint != fingerprintOf(info) || seen->tableMaxRowId < state->maxRowId) {
        std::unique_ptr<Appender> built;
        if (prebuilder) {
            auto finished = prebuilder->finish(m_handle, info.columns);
            if (!finished)
                return finished.status();
            built = std::move(finished.value());
        }
        return rebuildAll(info, state ? state->generation : 0, progress, cancelled,
                          std::move(built));
    }
    if (seen->tableMaxRowId == state->maxRowId)
        return Status::success();

    // Unique to this process as well as growing: a kept appender is never taken for the set
    // another process wrote after this one's write was rolled back.
    const qint64 generation = std::max(
        state->generation + 1, QDateTime::currentMSecsSinceEpoch() * 1024 + (getpid() & 1023));
    std::unique_ptr<Appender> appender = takeKept(info, *state, generation);
    if (!appender) {
        // Continue the stored last chunk, then add chunks.
        const SetState &s = *state;
        appender = std::make_unique<Appender>(m_handle, info, generation);
        const auto encodings = readEncodings(m_handle, info.id);
        for (auto &slot : appender->slots()) {
            const auto found = encodings.constFind(slot.column.name);
            if (found != encodings.constEnd() && found->first == ColumnEncoding::None) {
                slot.encoding = ColumnEncoding::None;
                slot.reason = found->second;
            }
        }
        const int last = s.chunks - 1;
        if (last >= 0) {
            Statement lastRows(m_handle, QStringLiteral("SELECT rows FROM _tl_colchunks WHERE "
                                                        "dataset_id = ? AND column_name = ? AND "
                                                        "chunk = ?"));
            sqlite3_bind_int64(lastRows.get(), 1, info.id);
            sqlite3_bind_text16(lastRows.get(), 2, kRowIds.utf16(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int(lastRows.get(), 3, last);
            const bool partly = sqlite3_step(lastRows.get()) == SQLITE_ROW &&
                                sqlite3_column_int(lastRows.get(), 0) < ColumnChunk::kRows;
            if (Status st = appender->resume(last, partly); !st) {
                if (appender->damaged()) // what was there cannot be continued: all of it anew
                    return rebuildAll(info, s.generation, progress, cancelled);
                return st;
            }
        }
        appender->continueAfter(s.maxRowId);
    }
    return append(info, *state, generation, std::move(appender), progress, cancelled);
}

Status ColumnStore::append(const DatasetInfo &info, const SetState &state, qint64 generation,
                           std::unique_ptr<Appender> appender, const Progress &progress,
                           const std::atomic<bool> *cancelled) {
    const qint64 before = appender->rows();
    if (Status st = appender->addRowsOf(m_handle, info.tableName, {}, 0, cancelled); !st)
        return st;
    const qint64 added = appender->rows() - before;
    if (Status st = appender->writeOpen(); !st)
        return st;
    if (Status st = appender->saveInfo(); !st)
        return st;
    Statement save(m_handle, QStringLiteral("UPDATE _tl_colsets SET rows = ?, max_rowid = ?, "
                                            "chunks = ?, generation = ? WHERE dataset_id = ?"));
    sqlite3_bind_int64(save.get(), 1, state.rows + added);
    sqlite3_bind_int64(save.get(), 2, appender->lastRowId());
    sqlite3_bind_int(save.get(), 3, appender->chunksWritten());
    sqlite3_bind_int64(save.get(), 4, generation);
    sqlite3_bind_int64(save.get(), 5, info.id);
    if (sqlite3_step(save.get()) != SQLITE_DONE)
        return save.error(QStringLiteral("saving the column set"));
    keep(info, generation, std::move(appender));
    if (progress)
        progress(state.rows + added, state.rows + added);
    return Status::success();
}

// The appender of this process's last append, with the column set it left behind. A live
// source (follow mode, Kafka, a stream) appends a batch every second; going on from here
// skips reading back every dictionary and the last chunk each time, work that grew with the
// dataset. It is used only while the stored set is still exactly the one it wrote (its
// generation, last rowid and columns): a rolled-back transaction or another process's write
// leaves it unused.
struct ColumnStore::KeptAppender {
    std::mutex mutex;
    std::string file;
    qint64 datasetId = -1;
    qint64 generation = -1;
    qint64 maxRowId = -1;
    QString fingerprint;
    std::unique_ptr<Appender> appender;
};

ColumnStore::KeptAppender &ColumnStore::kept() {
    static KeptAppender kept;
    return kept;
}

namespace {

std::string fileOf(sqlite3 *db) {
    const char *name = sqlite3_db_filename(db, "main");
    return name ? std::string(name) : std::string();
}

} // namespace

std::unique_ptr<ColumnStore::Appender>
ColumnStore::takeKept(const DatasetInfo &info, const SetState &state, qint64 generation) const {
    KeptAppender &k = kept();
    const std::lock_guard lock(k.mutex);
    if (!k.appender || k.datasetId != info.id || k.generation != state.generation ||
        k.maxRowId != state.maxRowId || k.fingerprint != fingerprintOf(info) ||
        k.file != fileOf(m_handle))
        return {};
    std::unique_ptr<Appender> appender = std::move(k.appender);
    appender->reopen(m_handle, info, generation);
    return appender;
}

void ColumnStore::keep(const DatasetInfo &info, qint64 generation,
                       std::unique_ptr<Appender> appender) const {
    KeptAppender &k = kept();
    const std::lock_guard lock(k.mutex);
    k.file = fileOf(m_handle);
    k.datasetId = info.id;
    k.generation = generation;
    k.maxRowId = appender->lastRowId();
    k.fingerprint = fingerprintOf(info);
    k.appender = std::move(appender);
}

Status ColumnStore::rebuildAll(const DatasetInfo &info, qint64 previousGeneration,
                               const Progress &progress, const std::atomic<bool> *cancelled,
                               std::unique_ptr<Appender> built) {
    // Versions only grow, also across a dataset deleted and made again under the same id, so
    // a cached chunk is never taken for a newer one.
    const qint64 generation =
        std::max(previousGeneration + 1, QDateTime::currentMSecsSinceEpoch() * 1024);
    for (const QString &table : {QStringLiteral("_tl_colchunks"), QStringLiteral("_tl_colinfo"),
                                 QStringLiteral("_tl_colsets")}) {
        if (Status s = exec(
                m_db,
                QStringLiteral("DELETE FROM %1 WHERE dataset_id = %2").arg(table).arg(info.id));
            !s)
            return s;
    }
    if (Status s = installTriggers(info); !s)
        return s;
    // Chunks built while the rows were imported are written now; the scan goes on after them.
    if (built) {
        if (Status s = built->attach(m_handle, info, generation); !s)
            return s;
    } else {
        built = std::make_unique<Appender>(m_handle, info, generation);
    }
    Appender &appender = *built;
    const qint64 prebuilt = appender.rows();
    QElapsedTimer timer;
    timer.start();
    if (Status s = appender.addRowsOf(m_handle, info.tableName, progress, info.rowCount, cancelled);
        !s)
        return s;
    const qint64 rows = appender.rows(), maxRowId = appender.lastRowId();
    qCDebug(lcStore).noquote()
        << QStringLiteral("%1: columns built, %2 rows (%3 while imported, %4 read from the table "
                          "in %5 ms)")
               .arg(info.name)
               .arg(rows)
               .arg(prebuilt)
               .arg(rows - prebuilt)
               .arg(timer.elapsed());
    if (Status s = appender.flush(); !s)
        return s;
    if (Status s = appender.saveInfo(); !s)
        return s;
    Statement save(m_handle, QStringLiteral("INSERT INTO _tl_colsets (dataset_id, rows, "
                                            "max_rowid, chunks, stale, generation, fingerprint) "
                                            "VALUES (?, ?, ?, ?, 0, ?, ?)"));
    sqlite3_bind_int64(save.get(), 1, info.id);
    sqlite3_bind_int64(save.get(), 2, rows);
    sqlite3_bind_int64(save.get(), 3, maxRowId);
    sqlite3_bind_int(save.get(), 4, appender.chunkIndex());
    sqlite3_bind_int64(save.get(), 5, generation);
    sqlite3_bind_text16(save.get(), 6, fingerprintOf(info).utf16(), -1, SQLITE_TRANSIENT);
    if (sqlite3_step(save.get()) != SQLITE_DONE)
        return save.error(QStringLiteral("saving the column set"));
    if (progress)
        progress(rows, rows);
    return Status::success();
}

Status ColumnStore::load(const DatasetInfo &info, const QStringList &columns, bool withRowids,
                         ColumnCache &cache, const QString &workspacePath,
                         ColumnSnapshot &out) const {
    out = ColumnSnapshot{};
    const auto state = readState(info);
    if (!state)
        return state.status();
    if (!*state)
        return Status::internal(tr("the columns of '%1' are not built").arg(info.name));
    out.rows = (*state)->rows;
    out.chunks = (*state)->chunks;
    const auto encodings = readEncodings(m_handle, info.id);
    Statement list(m_handle, QStringLiteral("SELECT chunk, version, rowid FROM _tl_colchunks "
                                            "WHERE dataset_id = ? AND column_name = ? ORDER BY "
                                            "chunk"));
    if (!list.ok())
        return list.error(QStringLiteral("listing chunks"));
    const auto readChunks = [&](const QString &name, std::vector<ChunkPtr> &chunks) -> Status {
        sqlite3_reset(list.get());
        sqlite3_bind_int64(list.get(), 1, info.id);
        sqlite3_bind_text16(list.get(), 2, name.utf16(), -1, SQLITE_TRANSIENT);
        while (sqlite3_step(list.get()) == SQLITE_ROW) {
            const int index = sqlite3_column_int(list.get(), 0);
            const qint64 version = sqlite3_column_int64(list.get(), 1);
            const QString key = cacheKey(workspacePath, info.id, name, index);
            ChunkPtr chunk = cache.find(key, version);
            if (!chunk) {
                // Straight into the chunk's own buffer: one copy out of the pages.
                sqlite3_blob *blob = nullptr;
                if (sqlite3_blob_open(m_handle, "main", "_tl_colchunks", "data",
                                      sqlite3_column_int64(list.get(), 2), 0, &blob) != SQLITE_OK) {
                    sqlite3_blob_close(blob);
                    return Status::internal(QStringLiteral("column store: reading a chunk: %1")
                                                .arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
                }
                QByteArray data(sqlite3_blob_bytes(blob), Qt::Uninitialized);
                const int read = sqlite3_blob_read(blob, data.data(), int(data.size()), 0);
                sqlite3_blob_close(blob);
                if (read != SQLITE_OK)
                    return Status::internal(QStringLiteral("column store: reading a chunk: %1")
                                                .arg(QString::fromUtf8(sqlite3_errstr(read))));
                chunk = ColumnChunk::decode(std::move(data));
                if (!chunk) {
                    out.damaged = true;
                    return Status::internal(tr("a column chunk of '%1' is damaged").arg(info.name));
                }
                out.bytesRead += chunk->bytes();
                cache.insert(key, version, chunk);
            }
            chunks.push_back(std::move(chunk));
        }
        if (int(chunks.size()) != (*state)->chunks) {
            out.damaged = true;
            return Status::internal(tr("the columns of '%1' are incomplete").arg(info.name));
        }
        return Status::success();
    };
    if (withRowids) {
        if (Status s = readChunks(kRowIds, out.rowids); !s)
            return s;
    }
    for (const QString &name : columns) {
        const auto found = std::find_if(info.columns.begin(), info.columns.end(),
                                        [&](const Column &c) { return c.name == name; });
        if (found == info.columns.end() || out.columns.contains(name))
            continue;
        LoadedColumn column;
        column.column = *found;
        const auto encoding = encodings.value(name, {ColumnEncoding::None, tr("not built")});
        column.encoding = encoding.first;
        column.reason = encoding.second;
        if (column.encoding != ColumnEncoding::None) {
            if (Status s = readChunks(name, column.chunks); !s)
                return s;
            if (column.encoding == ColumnEncoding::Dictionary) {
                column.dictionary = ColumnDictionary::of(column.chunks);
                if (!column.dictionary) {
                    out.damaged = true;
                    return Status::internal(tr("a column chunk of '%1' is damaged").arg(info.name));
                }
            }
        }
        out.columns.insert(name, std::move(column));
    }
    return Status::success();
}

Status ensureColumns(const QString &workspacePath, const DatasetInfo &info,
                     const ColumnStore::Progress &progress, const std::atomic<bool> *cancelled,
                     bool &busy, bool rebuild) {
    busy = false;
    Connection connection;
    if (Status s = connection.open(workspacePath); !s)
        return s;
    connection.setBusyTimeout(0);
    Transaction transaction(connection.db());
    if (Status s = transaction.begin(); !s) {
        busy = true;
        return s;
    }
    if (Status s = ColumnStore(connection.db(), connection.sqliteHandle())
                       .sync(info, progress, cancelled, rebuild);
        !s)
        return s;
    return transaction.commit();
}

ColumnStore::Prebuilder::Prebuilder(QString spillTable)
    : m_spillTable(std::move(spillTable))
    , m_maxKeptBytes([] {
        bool ok = false;
        const qint64 mb = qEnvironmentVariableIntValue("TRENDLENS_IMPORT_CHUNKS_MB", &ok);
        return (ok && mb >= 0 ? mb : 32) << 20;
    }())
    , m_thread([this] { run(); }) {
}

ColumnStore::Prebuilder::~Prebuilder() {
    stop();
}

void ColumnStore::Prebuilder::add(std::shared_ptr<const RecordBatch> batch, const Columns &columns,
                                  qint64 firstRowid) {
    std::unique_lock lock(m_mutex);
    // The builder keeps up with the writer; should it not, the writer waits rather than
    // batches piling up in memory.
    m_wake.wait(lock, [this] { return m_batches.size() < kMaxWaitingBatches || m_failed; });
    if (m_failed)
        return;
    m_batches.push_back({std::move(batch), columns, firstRowid});
    m_wake.notify_all();
}

Status ColumnStore::Prebuilder::spill(sqlite3 *db) {
    std::vector<KeptChunk> finished;
    {
        const std::lock_guard lock(m_mutex);
        // Small tables keep their chunks in memory: writing them twice costs more.
        if (m_finished.empty() || m_finishedBytes < m_maxKeptBytes)
            return Status::success();
        finished.swap(m_finished);
        m_finishedBytes = 0;
    }
    if (!m_spilled) {
        Statement create(db, QStringLiteral("CREATE TABLE %1 (column_name TEXT NOT NULL, chunk "
                                            "INTEGER NOT NULL, rows INTEGER NOT NULL, data BLOB "
                                            "NOT NULL, PRIMARY KEY (column_name, chunk))")
                                 .arg(quoted(m_spillTable)));
        if (!create.ok() || sqlite3_step(create.get()) != SQLITE_DONE)
            return create.error(QStringLiteral("keeping the column chunks"));
        m_spilled = true;
    }
    Statement insert(db, QStringLiteral("INSERT OR REPLACE INTO %1 (column_name, chunk, rows, "
                                        "data) VALUES (?, ?, ?, ?)")
                             .arg(quoted(m_spillTable)));
    if (!insert.ok())
        return insert.error(QStringLiteral("keeping the column chunks"));
    for (const KeptChunk &p : finished) {
        sqlite3_bind_text16(insert.get(), 1, p.column.utf16(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(insert.get(), 2, p.chunk);
        sqlite3_bind_int(insert.get(), 3, p.rows);
        sqlite3_bind_blob(insert.get(), 4, p.blob.constData(), int(p.blob.size()), SQLITE_STATIC);
        if (sqlite3_step(insert.get()) != SQLITE_DONE)
            return insert.error(QStringLiteral("keeping the column chunks"));
        sqlite3_reset(insert.get());
    }
    return Status::success();
}

void ColumnStore::Prebuilder::stop() {
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

Result<std::unique_ptr<ColumnStore::Appender>>
ColumnStore::Prebuilder::finish(sqlite3 *db, const Columns &columns) {
    stop();
    const bool usable = !m_failed && m_appender && sameColumns(m_appender->columns(), columns);
    if (usable) {
        m_appender->adopt(std::exchange(m_finished, {}), m_spilled ? m_spillTable : QString());
        return std::move(m_appender);
    }
    if (m_spilled) {
        if (Status s = dropTable(db, m_spillTable); !s)
            return s;
    }
    return std::unique_ptr<Appender>();
}

void ColumnStore::Prebuilder::run() {
    // Parsing and writing the rows come first: this thread takes what CPU they leave.
    setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 10);
    for (;;) {
        Waiting next;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return !m_batches.empty() || m_stop; });
            if (m_batches.empty())
                return;
            next = std::move(m_batches.front());
            m_batches.pop_front();
        }
        m_wake.notify_all();
        bool ok = true;
        if (!m_appender) {
            DatasetInfo info;
            info.columns = next.columns;
            m_appender = std::make_unique<Appender>(nullptr, info, 0);
        } else if (!sameColumns(m_appender->columns(), next.columns)) {
            ok = false; // a column widened or was added: the last transaction rebuilds
        }
        // Rowids follow on from batch to batch in a table the import made.
        ok = ok && next.firstRowid == m_appender->lastRowId() + 1 &&
             m_appender->addBatch(*next.batch, next.firstRowid);
        const std::lock_guard lock(m_mutex);
        if (!ok) {
            qCDebug(lcImport) << "column chunks: built from the table at the end instead (its "
                                 "columns changed, or SQLite converts a value)";
            m_failed = true;
            m_batches.clear();
            m_finished.clear();
            m_appender.reset();
            m_wake.notify_all();
            return;
        }
        // Finished chunks go to the writer, which keeps them with the rows (spill()).
        for (KeptChunk &p : m_appender->takePending()) {
            m_finishedBytes += p.blob.size();
            m_finished.push_back(std::move(p));
        }
    }
}

Status readFreshColumns(QSqlDatabase &db, const DatasetInfo &info, const QStringList &columns,
                        bool withRowids, const ColumnStore::Progress &progress,
                        const std::atomic<bool> *cancelled, ColumnSnapshot &snapshot,
                        QString &note) {
    sqlite3 *handle = sqliteHandleOf(db);
    if (!handle) {
        note = QCoreApplication::translate("tl::ColumnStore", "not a workspace connection");
        return Status::success();
    }
    ColumnStore store(db, handle);
    const auto fresh = store.freshness(info);
    if (!fresh)
        return fresh.status();
    // Stale or missing columns are brought up to date first; damaged ones (a chunk that
    // does not decode) are rebuilt, once.
    bool build = *fresh != ColumnStore::Freshness::Fresh, rebuild = false;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (build) {
            bool busy = false;
            if (Status s =
                    ensureColumns(db.databaseName(), info, progress, cancelled, busy, rebuild);
                !s) {
                if (s.kind() == ErrorKind::Cancelled)
                    return s;
                note = busy ? QCoreApplication::translate(
                                  "tl::ColumnStore",
                                  "the columns are built once the import or fetch writing to "
                                  "the workspace has finished")
                            : QCoreApplication::translate("tl::ColumnStore",
                                                          "the columns could not be built: %1")
                                  .arg(s.message());
                return Status::success();
            }
        }
        // Metadata and chunks from one snapshot of the workspace.
        const bool ownTransaction = sqlite3_get_autocommit(handle) != 0;
        if (ownTransaction)
            QSqlQuery(db).exec(QStringLiteral("BEGIN"));
        Status loaded = Status::success();
        const auto freshNow = store.freshness(info);
        if (!freshNow)
            loaded = freshNow.status();
        else if (*freshNow != ColumnStore::Freshness::Fresh)
            note = QCoreApplication::translate("tl::ColumnStore",
                                               "the rows changed while the chart was read");
        else
            loaded = store.load(info, columns, withRowids, ColumnCache::shared(), db.databaseName(),
                                snapshot);
        if (ownTransaction)
            QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        if (loaded || !snapshot.damaged)
            return loaded;
        build = rebuild = true;
    }
    note = QCoreApplication::translate("tl::ColumnStore", "the columns are damaged");
    return Status::success();
}

} // namespace tl

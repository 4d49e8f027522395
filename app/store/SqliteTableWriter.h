#pragma once

#include "core/ColumnType.h"
#include "core/Status.h"
#include "ingest/RecordBatch.h"
#include "store/Dialect.h"

struct sqlite3;
struct sqlite3_stmt;

namespace tl {

// Writes typed batches into one dataset table through SQLite's C API: one prepared INSERT,
// values bound without copies. This loop is the cost of an import, so it stays bare.
// The caller owns the transaction.
class SqliteTableWriter {
public:
    SqliteTableWriter(sqlite3 *db, const Dialect &dialect, QString table);
    ~SqliteTableWriter();
    SqliteTableWriter(const SqliteTableWriter &) = delete;
    SqliteTableWriter &operator=(const SqliteTableWriter &) = delete;

    Status create(const Columns &columns);
    // Continues an existing table (append): learns its columns' declared storage.
    Status attach(const Columns &columns);
    // Adds the columns past the ones the table has.
    Status extend(const Columns &columns);
    Status insert(const RecordBatch &batch);
    // Columns that widened to text after numbers were stored get their values rewritten as
    // text, so a column never holds a mix.
    Status finish(const Columns &finalColumns);

    qint64 rowsWritten() const { return m_rows; }

private:
    Status prepareInsert();
    Status execute(const QString &sql);
    Status sqliteError(const QString &what) const;

    sqlite3 *m_db;
    const Dialect &m_dialect;
    QString m_table;
    QStringList m_declared; // storage type per column as created
    QStringList m_names;
    sqlite3_stmt *m_insert = nullptr;
    qint64 m_rows = 0;
};

} // namespace tl

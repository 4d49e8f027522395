#include "SqliteTableWriter.h"

#include <sqlite3.h>

namespace tl {

SqliteTableWriter::SqliteTableWriter(sqlite3 *db, const Dialect &dialect, QString table)
    : m_db(db)
    , m_dialect(dialect)
    , m_table(std::move(table)) {
}

SqliteTableWriter::~SqliteTableWriter() {
    sqlite3_finalize(m_insert);
}

Status SqliteTableWriter::sqliteError(const QString &what) const {
    return Status::internal(
        QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

Status SqliteTableWriter::execute(const QString &sql) {
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message);
        sqlite3_free(message);
        return Status::internal(text);
    }
    return Status::success();
}

Status SqliteTableWriter::create(const Columns &columns) {
    QStringList definitions;
    for (const Column &column : columns) {
        definitions.append(m_dialect.quoteIdentifier(column.name) + u' ' +
                           m_dialect.storageType(column.type));
        m_names.append(column.name);
        m_declared.append(m_dialect.storageType(column.type));
    }
    if (Status s = execute(QStringLiteral("CREATE TABLE %1 (%2)")
                               .arg(m_dialect.quoteIdentifier(m_table), definitions.join(u", ")));
        !s)
        return s;
    return prepareInsert();
}

Status SqliteTableWriter::attach(const Columns &columns) {
    sqlite3_stmt *info = nullptr;
    const QByteArray sql =
        QStringLiteral("PRAGMA table_info(%1)").arg(m_dialect.quoteIdentifier(m_table)).toUtf8();
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &info, nullptr) != SQLITE_OK)
        return sqliteError(QStringLiteral("reading the table"));
    while (sqlite3_step(info) == SQLITE_ROW) {
        m_names.append(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info, 1))));
        m_declared.append(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info, 2))));
    }
    sqlite3_finalize(info);
    if (m_names.size() != columns.size())
        return Status::internal(
            QStringLiteral("table %1 does not match its catalog entry").arg(m_table));
    return prepareInsert();
}

Status SqliteTableWriter::extend(const Columns &columns) {
    if (columns.size() <= m_names.size())
        return Status::success();
    for (qsizetype i = m_names.size(); i < columns.size(); ++i) {
        const QString storage = m_dialect.storageType(columns[i].type);
        if (Status s = execute(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                                   .arg(m_dialect.quoteIdentifier(m_table),
                                        m_dialect.quoteIdentifier(columns[i].name), storage));
            !s)
            return s;
        m_names.append(columns[i].name);
        m_declared.append(storage);
    }
    return prepareInsert();
}

Status SqliteTableWriter::prepareInsert() {
    sqlite3_finalize(m_insert);
    m_insert = nullptr;
    QStringList names;
    QStringList marks;
    for (const QString &name : m_names) {
        names.append(m_dialect.quoteIdentifier(name));
        marks.append(QStringLiteral("?"));
    }
    const QByteArray sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(m_dialect.quoteIdentifier(m_table), names.join(u','), marks.join(u','))
            .toUtf8();
    if (sqlite3_prepare_v3(m_db, sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_insert,
                           nullptr) != SQLITE_OK)
        return sqliteError(QStringLiteral("preparing the insert"));
    return Status::success();
}

Status SqliteTableWriter::insert(const RecordBatch &batch) {
    using K = RecordBatch::Kind;
    const int columns = std::min(batch.columnCount, int(m_names.size()));
    for (int row = 0; row < batch.rowCount(); ++row) {
        const RecordBatch::Cell *cells = &batch.cells[std::size_t(row) * batch.columnCount];
        for (int c = 0; c < columns; ++c) {
            const RecordBatch::Cell &cell = cells[c];
            switch (cell.kind) {
            case K::Integer:
                sqlite3_bind_int64(m_insert, c + 1, cell.integer);
                break;
            case K::Real:
                sqlite3_bind_double(m_insert, c + 1, cell.real);
                break;
            case K::Text:
            case K::Number:
            case K::Json:
                sqlite3_bind_text(m_insert, c + 1, batch.arena.data() + cell.offset,
                                  int(cell.length), SQLITE_STATIC);
                break;
            case K::True:
            case K::False:
                sqlite3_bind_int64(m_insert, c + 1, cell.kind == K::True ? 1 : 0);
                break;
            case K::Null:
                sqlite3_bind_null(m_insert, c + 1);
                break;
            }
        }
        for (int c = columns; c < int(m_names.size()); ++c)
            sqlite3_bind_null(m_insert, c + 1);
        if (sqlite3_step(m_insert) != SQLITE_DONE) {
            sqlite3_reset(m_insert);
            return sqliteError(QStringLiteral("writing line %1").arg(batch.lines[row]));
        }
        sqlite3_reset(m_insert);
    }
    m_rows += batch.rowCount();
    return Status::success();
}

Status SqliteTableWriter::finish(const Columns &finalColumns) {
    for (qsizetype i = 0; i < finalColumns.size() && i < m_names.size(); ++i) {
        const QString storage = m_dialect.storageType(finalColumns[i].type);
        if (storage != QLatin1String("TEXT") ||
            m_declared[i].compare(storage, Qt::CaseInsensitive) == 0)
            continue;
        // SQLite cannot change a column's type: rebuild the table with the text column.
        sqlite3_finalize(m_insert);
        m_insert = nullptr;
        QStringList definitions, selects;
        for (qsizetype k = 0; k < m_names.size(); ++k) {
            const QString name = m_dialect.quoteIdentifier(m_names[k]);
            const QString type = k < finalColumns.size()
                                     ? m_dialect.storageType(finalColumns[k].type)
                                     : m_declared[k];
            definitions.append(name + u' ' + type);
            selects.append(type == QLatin1String("TEXT")
                               ? QStringLiteral("CAST(%1 AS TEXT)").arg(name)
                               : name);
            m_declared[k] = type;
        }
        const QString table = m_dialect.quoteIdentifier(m_table);
        const QString temporary = m_dialect.quoteIdentifier(m_table + QStringLiteral("__rebuild"));
        for (const QString &sql :
             {QStringLiteral("CREATE TABLE %1 (%2)").arg(temporary, definitions.join(u", ")),
              QStringLiteral("INSERT INTO %1 SELECT %2 FROM %3")
                  .arg(temporary, selects.join(u", "), table),
              QStringLiteral("DROP TABLE %1").arg(table),
              QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(temporary, table)}) {
            if (Status s = execute(sql); !s)
                return s;
        }
        break;
    }
    return Status::success();
}

} // namespace tl

#include "UserQuery.h"

#include "store/Connection.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sqlite3.h>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::UserQuery", text);
}

// Functions a read-only query has no business calling: fts3_tokenizer() hands out and takes
// pointers, load_extension() runs code.
int authorize(void *, int action, const char *, const char *second, const char *, const char *) {
    switch (action) {
    case SQLITE_ATTACH:
    case SQLITE_DETACH:
        return SQLITE_DENY;
    case SQLITE_FUNCTION:
        // The function's name comes second (SQLITE_FUNCTION: NULL, name).
        if (second &&
            (qstricmp(second, "fts3_tokenizer") == 0 || qstricmp(second, "load_extension") == 0))
            return SQLITE_DENY;
        return SQLITE_OK;
    default:
        return SQLITE_OK;
    }
}

struct Watch {
    const std::atomic<bool> &cancelled;
    QElapsedTimer timer;
    qint64 limitMs;
    bool timedOut = false;
};

int checkWatch(void *context) {
    auto *watch = static_cast<Watch *>(context);
    if (watch->cancelled)
        return 1;
    if (watch->timer.elapsed() > watch->limitMs) {
        watch->timedOut = true;
        return 1;
    }
    return 0;
}

QVariant valueAt(sqlite3_stmt *stmt, int column) {
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(stmt, column));
    case SQLITE_TEXT:
        return QVariant(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                              sqlite3_column_bytes(stmt, column)));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, column)),
                                   sqlite3_column_bytes(stmt, column)));
    default:
        return QVariant();
    }
}

// Whether `tail` holds only spaces and comments.
bool isBlank(sqlite3 *db, const char *tail) {
    sqlite3_stmt *next = nullptr;
    const char *rest = nullptr;
    const int rc = sqlite3_prepare_v2(db, tail, -1, &next, &rest);
    const bool blank = rc == SQLITE_OK && next == nullptr;
    sqlite3_finalize(next);
    return blank;
}

struct Statement {
    sqlite3_stmt *handle = nullptr;
    ~Statement() { sqlite3_finalize(handle); }
};

} // namespace

UserQuery::UserQuery(QString workspacePath, QString sql, std::chrono::milliseconds timeout)
    : m_path(std::move(workspacePath))
    , m_sql(std::move(sql))
    , m_timeout(timeout) {
}

Status UserQuery::run(const Header &header, const Row &row) {
    Connection connection;
    if (Status s = connection.open(m_path, Connection::Access::ReadOnly); !s)
        return s;
    sqlite3 *db = connection.sqliteHandle();
    if (!db)
        return Status::internal(tr("the SQLite driver gave no handle"));
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_set_authorizer(db, authorize, nullptr);

    const QByteArray sql = m_sql.toUtf8();
    Statement stmt;
    const char *tail = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt.handle, &tail) !=
        SQLITE_OK) {
        if (sqlite3_errcode(db) == SQLITE_AUTH)
            return Status::badInput(tr("not allowed in read-only SQL (ATTACH, DETACH, "
                                       "fts3_tokenizer and load_extension are refused)"));
        return Status::badInput(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    if (!stmt.handle)
        return Status::badInput(tr("the query is empty"));
    if (tail && !isBlank(db, tail))
        return Status::badInput(tr("give one statement at a time (text follows the first ';')"));
    if (!sqlite3_stmt_readonly(stmt.handle))
        return Status::badInput(
            tr("the workspace is read-only here: only statements that read (SELECT, WITH, "
               "EXPLAIN, read-only PRAGMAs) run"));

    Watch watch{m_cancelled, {}, qint64(m_timeout.count())};
    watch.timer.start();
    sqlite3_progress_handler(db, 1000, checkWatch, &watch);

    QStringList columns;
    const int count = sqlite3_column_count(stmt.handle);
    for (int i = 0; i < count; ++i)
        columns.append(QString::fromUtf8(sqlite3_column_name(stmt.handle, i)));
    header(columns);
    QVariantList values;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt.handle)) == SQLITE_ROW) {
        values.clear();
        for (int i = 0; i < count; ++i)
            values.append(valueAt(stmt.handle, i));
        if (!row(values)) {
            rc = SQLITE_DONE;
            break;
        }
        if (m_cancelled)
            break;
    }
    sqlite3_progress_handler(db, 0, nullptr, nullptr);
    if (watch.timedOut)
        return Status::badInput(tr("the query ran longer than its %1 s limit and was stopped")
                                    .arg(double(m_timeout.count()) / 1000.0));
    if (m_cancelled)
        return Status::cancelled(tr("query cancelled"));
    if (rc != SQLITE_DONE)
        return Status::badInput(QString::fromUtf8(sqlite3_errmsg(db)));
    return Status::success();
}

} // namespace tl

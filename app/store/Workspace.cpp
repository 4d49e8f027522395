#include "Workspace.h"

#include "core/Log.h"
#include "store/RunLog.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>

#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::Workspace", text);
}

// Forward migrations, one per schema version. Never edit a shipped entry: add a new one.
const QStringList &migrations() {
    static const QStringList steps{
        // 1: catalog, columns, run log
        QStringLiteral("CREATE TABLE _tl_datasets ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " table_name TEXT NOT NULL UNIQUE,"
                       " source_kind TEXT NOT NULL,"
                       " source_params TEXT NOT NULL DEFAULT '{}',"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " row_count INTEGER NOT NULL DEFAULT 0);"
                       "CREATE TABLE _tl_columns ("
                       " dataset_id INTEGER NOT NULL REFERENCES _tl_datasets(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " type TEXT NOT NULL,"
                       " role TEXT NOT NULL,"
                       " PRIMARY KEY (dataset_id, position));"
                       "CREATE TABLE _tl_runs ("
                       " id INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL,"
                       " dataset TEXT,"
                       " params TEXT NOT NULL DEFAULT '{}',"
                       " started_at TEXT NOT NULL,"
                       " finished_at TEXT,"
                       " rows INTEGER NOT NULL DEFAULT 0,"
                       " status TEXT NOT NULL,"
                       " error TEXT)"),
        // 2: dashboards and the charts on them (a chart is its ChartSpec JSON and a grid cell)
        QStringLiteral("CREATE TABLE _tl_dashboards ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " grid_columns INTEGER NOT NULL DEFAULT 2,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL);"
                       "CREATE TABLE _tl_charts ("
                       " id INTEGER PRIMARY KEY,"
                       " dashboard_id INTEGER NOT NULL REFERENCES _tl_dashboards(id) ON DELETE "
                       "CASCADE,"
                       " position INTEGER NOT NULL,"
                       " grid_row INTEGER NOT NULL,"
                       " grid_column INTEGER NOT NULL,"
                       " row_span INTEGER NOT NULL DEFAULT 1,"
                       " column_span INTEGER NOT NULL DEFAULT 1,"
                       " spec TEXT NOT NULL)"),
        // 3: HTTP answers of the network sources, keyed by URL without secrets
        QStringLiteral("CREATE TABLE _tl_http_cache ("
                       " key TEXT PRIMARY KEY,"
                       " status INTEGER NOT NULL,"
                       " body BLOB NOT NULL,"
                       " fetched_at TEXT NOT NULL)"),
        // 4: who runs a running run (host:pid), so a run whose process died shows as such
        QStringLiteral("ALTER TABLE _tl_runs ADD COLUMN owner TEXT"),
        // 5: the column store (ColumnStore): per dataset its sync state, per column how it is
        // kept, and the chunks
        QStringLiteral("CREATE TABLE _tl_colsets ("
                       " dataset_id INTEGER PRIMARY KEY REFERENCES _tl_datasets(id) ON DELETE "
                       "CASCADE,"
                       " rows INTEGER NOT NULL,"
                       " max_rowid INTEGER NOT NULL,"
                       " chunks INTEGER NOT NULL,"
                       " stale INTEGER NOT NULL DEFAULT 0,"
                       " generation INTEGER NOT NULL,"
                       " fingerprint TEXT NOT NULL);"
                       "CREATE TABLE _tl_colinfo ("
                       " dataset_id INTEGER NOT NULL REFERENCES _tl_datasets(id) ON DELETE CASCADE,"
                       " column_name TEXT NOT NULL,"
                       " encoding INTEGER NOT NULL,"
                       " reason TEXT,"
                       " PRIMARY KEY (dataset_id, column_name));"
                       "CREATE TABLE _tl_colchunks ("
                       " dataset_id INTEGER NOT NULL REFERENCES _tl_datasets(id) ON DELETE CASCADE,"
                       " column_name TEXT NOT NULL,"
                       " chunk INTEGER NOT NULL,"
                       " version INTEGER NOT NULL,"
                       " rows INTEGER NOT NULL,"
                       " data BLOB NOT NULL,"
                       " PRIMARY KEY (dataset_id, column_name, chunk))"),
        // 6: where a score column's values came from (ScoreColumns)
        QStringLiteral("CREATE TABLE _tl_scores ("
                       " dataset_id INTEGER NOT NULL REFERENCES _tl_datasets(id) ON DELETE CASCADE,"
                       " column_name TEXT NOT NULL,"
                       " source_column TEXT NOT NULL,"
                       " label_column TEXT,"
                       " scorer TEXT NOT NULL,"
                       " version TEXT NOT NULL,"
                       " command TEXT,"
                       " language TEXT NOT NULL,"
                       " scored_at TEXT NOT NULL,"
                       " PRIMARY KEY (dataset_id, column_name))"),
        // 7: schedules (ScheduleStore), and the schedule a run was started by
        QStringLiteral("CREATE TABLE _tl_schedules ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                       " every_seconds INTEGER NOT NULL,"
                       " at_time TEXT,"
                       " anchor TEXT NOT NULL,"
                       " command TEXT NOT NULL,"
                       " paused INTEGER NOT NULL DEFAULT 0,"
                       " created_at TEXT NOT NULL,"
                       " next_due TEXT NOT NULL,"
                       " last_slot TEXT,"
                       " failures INTEGER NOT NULL DEFAULT 0,"
                       " lock_owner TEXT,"
                       " lock_since TEXT);"
                       "ALTER TABLE _tl_runs ADD COLUMN schedule TEXT"),
        // 8: where a Kafka consumer goes on from (stored with the rows it read), and the
        // messages it could not read
        QStringLiteral("CREATE TABLE _tl_kafka_offsets ("
                       " dataset TEXT NOT NULL,"
                       " topic TEXT NOT NULL,"
                       " partition INTEGER NOT NULL,"
                       " next_offset INTEGER NOT NULL,"
                       " PRIMARY KEY (dataset, topic, partition));"
                       "CREATE TABLE _tl_rejects ("
                       " id INTEGER PRIMARY KEY,"
                       " source TEXT NOT NULL,"
                       " dataset TEXT,"
                       " topic TEXT,"
                       " partition INTEGER,"
                       " offset INTEGER,"
                       " error TEXT NOT NULL,"
                       " head TEXT,"
                       " run_id INTEGER,"
                       " rejected_at TEXT NOT NULL)"),
        // 9: team database servers by name (never a password: that is the keychain's or the
        // environment's), and how far each dataset was published to each table
        QStringLiteral("CREATE TABLE _tl_connections ("
                       " name TEXT PRIMARY KEY COLLATE NOCASE,"
                       " url TEXT NOT NULL,"
                       " keychain INTEGER NOT NULL DEFAULT 0,"
                       " created_at TEXT NOT NULL);"
                       "CREATE TABLE _tl_publications ("
                       " dataset TEXT NOT NULL COLLATE NOCASE,"
                       " target TEXT NOT NULL,"
                       " table_name TEXT NOT NULL,"
                       " dataset_created TEXT NOT NULL,"
                       " mark INTEGER NOT NULL,"
                       " last_run INTEGER,"
                       " rows INTEGER NOT NULL,"
                       " published_at TEXT NOT NULL,"
                       " PRIMARY KEY (dataset, target, table_name))"),
    };
    return steps;
}

} // namespace

QString Workspace::defaultPath() {
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/trendlens/default.trendlens");
}

QString Workspace::resolvePath(const QString &option) {
    if (!option.isEmpty())
        return option;
    const QString env = qEnvironmentVariable("TRENDLENS_WORKSPACE");
    return env.isEmpty() ? defaultPath() : env;
}

Status Workspace::open(const QString &path, std::unique_ptr<Workspace> &out, Create create) {
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Status::badInput(tr("%1: is a directory, not a workspace file").arg(path));
    if (!info.exists()) {
        if (create == Create::Never)
            return Status::badInput(
                tr("%1: no such workspace (an import or a fetch creates one)").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return Status::badInput(tr("%1: cannot create the folder").arg(info.absolutePath()));
    } else if (Status s = checkFileHeader(path, create); !s) {
        return s;
    }
    std::unique_ptr<Workspace> workspace(new Workspace(info.absoluteFilePath()));
    const bool writable =
        ::access(QFile::encodeName(workspace->m_path).constData(), W_OK) == 0 || !info.exists();
    if (!writable && create == Create::IfMissing)
        return Status::badInput(tr("%1: the workspace is read-only (%2); nothing was written")
                                    .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    if (Status s = workspace->m_connection.open(workspace->m_path,
                                                writable ? Connection::Access::ReadWrite
                                                         : Connection::Access::ReadOnly);
        !s)
        return describeOpenError(path, workspace->database());
    // Nothing is changed before the file is known to be a workspace (or a new, empty file).
    // Readers never wait for writers in WAL mode: a lock that lasts is another program's.
    workspace->m_connection.setBusyTimeout(kInspectBusyMs);
    int version = 0;
    if (Status s = workspace->inspect(create, version); !s)
        return s;
    workspace->m_connection.setBusyTimeout(Connection::kBusyTimeoutMs);
    if (writable) {
        if (version == 0) {
            // A new workspace gets SQLite's largest page. A bulk load in WAL mode looks every
            // page up in the WAL's index, and a big transaction's index is long: 64 KB pages
            // make 16 times fewer frames, which took a 1 M-row import from 8.6 s to 3.9 s.
            // Scans (every chart) read fewer, larger pages too. Only an empty file can take it.
            QSqlQuery pageSize(workspace->database());
            if (!pageSize.exec(QStringLiteral("PRAGMA page_size = %1").arg(kPageSize)))
                return describeSqliteError(path, pageSize.lastError());
        }
        if (Status s = workspace->useWal(); !s)
            return s;
        if (version == 0)
            qCDebug(lcStore).noquote()
                << QStringLiteral("%1: created, schema %2").arg(path).arg(kSchemaVersion);
        else if (version < kSchemaVersion)
            qCDebug(lcStore).noquote() << QStringLiteral("%1: schema %2 migrated to %3")
                                              .arg(path)
                                              .arg(version)
                                              .arg(kSchemaVersion);
        if (Status s = workspace->migrate(version); !s)
            return s;
        // Never waits: while an import holds the write lock, the next open tries again.
        workspace->m_connection.setBusyTimeout(0);
        RunLog log(workspace->database());
        Status closed = log.closeAbandoned();
        if (closed)
            closed = log.dropAbandonedStaging();
        workspace->m_connection.setBusyTimeout(Connection::kBusyTimeoutMs);
        if (!closed)
            return closed;
    } else if (version < kSchemaVersion) {
        return Status::badInput(tr("%1: the workspace is read-only and made by an older "
                                   "Trendlens (schema %2); open it once where it can be written")
                                    .arg(path)
                                    .arg(version));
    }
    out = std::move(workspace);
    return Status::success();
}

Status Workspace::checkFileHeader(const QString &path, Create create) {
    // Read through SQLite's own file layer, never a QFile: closing any other descriptor of
    // the file drops every POSIX lock this process holds on it, so the connections already
    // open here (a fetch's run, the window) would go on unlocked and corrupt the workspace
    // when another process writes. SQLite's layer defers that close while they hold locks.
    sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    std::vector<char> handle(std::size_t(vfs->szOsFile));
    auto *file = reinterpret_cast<sqlite3_file *>(handle.data());
    const QByteArray name = QFile::encodeName(path);
    int flags = 0;
    if (vfs->xOpen(vfs, name.constData(), file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB,
                   &flags) != SQLITE_OK) {
        if (file->pMethods)
            file->pMethods->xClose(file);
        return Status::badInput(tr("%1: cannot read the workspace (%2)")
                                    .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    QByteArray head(16, '\0');
    sqlite3_int64 size = 0;
    file->pMethods->xFileSize(file, &size);
    if (size > 0 && file->pMethods->xRead(file, head.data(), 16, 0) != SQLITE_OK)
        head.clear();
    file->pMethods->xClose(file);
    if (size == 0) {
        if (create == Create::Never)
            return Status::badInput(tr("%1: an empty file, not a Trendlens workspace").arg(path));
        return Status::success();
    }
    if (head != QByteArray("SQLite format 3\0", 16))
        return Status::badInput(
            tr("%1: not a Trendlens workspace (not an SQLite file); nothing was changed")
                .arg(path));
    return Status::success();
}

Status Workspace::describeOpenError(const QString &path, const QSqlDatabase &db) {
    return describeSqliteError(path, db.lastError());
}

Status Workspace::describeSqliteError(const QString &path, const QSqlError &error) {
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString why = error.driverText().isEmpty()     ? error.databaseText()
                        : error.databaseText().isEmpty() ? error.driverText()
                                                         : error.databaseText();
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Status::badInput(
            tr("%1: the workspace is locked by another program (%2); try again when it is done")
                .arg(path, why));
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Status::badInput(
            tr("%1: the workspace is read-only (%2); nothing was written").arg(path, why));
    case SQLITE_FULL:
        return Status::internal(
            tr("%1: the disk is full (%2); nothing was written").arg(path, why));
    case SQLITE_NOTADB:
        return Status::badInput(
            tr("%1: not a Trendlens workspace (not an SQLite file); nothing was changed")
                .arg(path));
    case SQLITE_CORRUPT:
        return Status::internal(tr("%1: the workspace file is damaged (%2)").arg(path, why));
    case SQLITE_CANTOPEN:
        return Status::badInput(tr("%1: cannot open the workspace (%2)").arg(path, why));
    case SQLITE_IOERR:
        return Status::internal(tr("%1: a read or write failed (%2)").arg(path, why));
    default:
        return Status::internal(QStringLiteral("%1: %2").arg(path, why));
    }
}

Status Workspace::inspect(Create create, int &version) {
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return describeSqliteError(m_path, query.lastError());
    version = query.value(0).toInt();
    query.finish();
    if (!query.exec(QStringLiteral("SELECT count(*), "
                                   "count(CASE WHEN name = '_tl_datasets' THEN 1 END) "
                                   "FROM sqlite_master")) ||
        !query.next())
        return describeSqliteError(m_path, query.lastError());
    const int objects = query.value(0).toInt();
    const bool ours = query.value(1).toInt() > 0;
    query.finish();
    if (version > kSchemaVersion)
        return Status::badInput(tr("%1: made by a newer Trendlens (schema %2; this one reads up "
                                   "to %3)")
                                    .arg(m_path)
                                    .arg(version)
                                    .arg(kSchemaVersion));
    if (objects == 0 && version == 0) {
        if (create == Create::Never)
            return Status::badInput(
                tr("%1: an empty database, not a Trendlens workspace").arg(m_path));
        return Status::success();
    }
    if (!ours || version == 0)
        return Status::badInput(tr("%1: an SQLite database, but not a Trendlens workspace (it "
                                   "has no Trendlens catalog); nothing was changed")
                                    .arg(m_path));
    return Status::success();
}

Status Workspace::useWal() {
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode")) || !query.next())
        return describeSqliteError(m_path, query.lastError());
    const bool wal =
        query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    query.finish();
    if (!wal) {
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
            return describeSqliteError(m_path, query.lastError());
        query.finish();
    }
    if (!query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return describeSqliteError(m_path, query.lastError());
    return Status::success();
}

Status Workspace::migrate(int version) {
    QSqlDatabase &db = database();
    for (int step = version; step < kSchemaVersion; ++step) {
        Transaction transaction(db);
        if (Status s = transaction.begin(); !s)
            return s;
        const QStringList statements = migrations()[step].split(u';', Qt::SkipEmptyParts);
        for (const QString &sql : statements) {
            if (Status s = exec(db, sql); !s)
                return s;
        }
        if (Status s = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step + 1)); !s)
            return s;
        if (Status s = transaction.commit(); !s)
            return s;
    }
    return Status::success();
}

} // namespace tl

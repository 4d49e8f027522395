#include "Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>

#include <cerrno>
#include <signal.h>

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

Status Workspace::open(const QString &path, std::unique_ptr<Workspace> &out) {
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Status::badInput(tr("%1: is a directory, not a workspace file").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return Status::badInput(tr("%1: cannot create the folder").arg(info.absolutePath()));
    std::unique_ptr<Workspace> workspace(new Workspace(info.absoluteFilePath()));
    if (Status s = workspace->m_connection.open(workspace->m_path); !s)
        return s;
    QSqlQuery query(workspace->database());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return Status::badInput(
            tr("%1: not a Trendlens workspace (%2)").arg(path, query.lastError().text()));
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (Status s = workspace->migrate(); !s)
        return s;
    workspace->closeAbandonedRuns();
    out = std::move(workspace);
    return Status::success();
}

QString Workspace::runOwner() {
    return QSysInfo::machineHostName() + u':' + QString::number(QCoreApplication::applicationPid());
}

void Workspace::closeAbandonedRuns() {
    // Only this machine's processes can be asked whether they still live.
    const QString host = QSysInfo::machineHostName() + u':';
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id, owner FROM _tl_runs WHERE status = 'running' AND "
                             "substr(owner, 1, ?) = ?"));
    q.addBindValue(host.size());
    q.addBindValue(host);
    if (!q.exec())
        return;
    QList<qint64> abandoned;
    while (q.next()) {
        const pid_t pid = pid_t(q.value(1).toString().mid(host.size()).toLongLong());
        if (pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH)
            abandoned.append(q.value(0).toLongLong());
    }
    for (const qint64 id : abandoned) {
        QSqlQuery update(database());
        update.prepare(QStringLiteral("UPDATE _tl_runs SET status = 'interrupted', error = ? "
                                      "WHERE id = ? AND status = 'running'"));
        update.addBindValue(tr("the process ended before the run did (a crash or a kill); "
                               "the rows it had committed are kept"));
        update.addBindValue(id);
        update.exec();
    }
}

Status Workspace::migrate() {
    QSqlDatabase &db = database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Status::badInput(
            tr("%1: not a Trendlens workspace (%2)").arg(m_path, query.lastError().text()));
    const int version = query.value(0).toInt();
    query.finish();
    if (version > kSchemaVersion)
        return Status::badInput(tr("%1: made by a newer Trendlens (schema %2; this one reads up "
                                   "to %3)")
                                    .arg(m_path)
                                    .arg(version)
                                    .arg(kSchemaVersion));
    if (version == 0) {
        // A file that is not ours must not be turned into a workspace.
        query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (query.next() && query.value(0).toInt() > 0)
            return Status::badInput(
                tr("%1: is an SQLite file but not a Trendlens workspace").arg(m_path));
        query.finish();
    }
    for (int step = version; step < kSchemaVersion; ++step) {
        if (!db.transaction())
            return Status::internal(db.lastError().text());
        const QStringList statements = migrations()[step].split(u';', Qt::SkipEmptyParts);
        for (const QString &sql : statements) {
            if (Status s = exec(db, sql); !s) {
                db.rollback();
                return s;
            }
        }
        if (Status s = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step + 1)); !s) {
            db.rollback();
            return s;
        }
        if (!db.commit())
            return Status::internal(db.lastError().text());
    }
    return Status::success();
}

} // namespace tl

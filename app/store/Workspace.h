#pragma once

#include "core/Status.h"
#include "store/Catalog.h"
#include "store/Connection.h"
#include "store/Dialect.h"

#include <memory>

namespace tl {

// One workspace file (SQLite, WAL): datasets, their catalog, runs. Opening creates the file
// when missing and migrates older schemas forward; a newer schema is refused, never touched.
class Workspace {
public:
    static constexpr int kSchemaVersion = 4;

    // Opens (creating if needed) the workspace at `path`.
    static Status open(const QString &path, std::unique_ptr<Workspace> &out);
    // The path to use: an explicit option, else $TRENDLENS_WORKSPACE, else the default.
    static QString resolvePath(const QString &option);
    // $XDG_DATA_HOME/trendlens/default.trendlens
    static QString defaultPath();

    const QString &path() const { return m_path; }
    QSqlDatabase &database() { return m_connection.db(); }
    const Dialect &dialect() const { return m_dialect; }
    Catalog catalog() { return Catalog(m_connection.db(), m_dialect); }

    // Lets a bulk writer have the file to itself (see ImportJob); reopen() afterwards.
    void closeConnection() { m_connection.close(); }
    Status reopen() { return m_connection.open(m_path); }

    // Who this process is in the run log ("host:pid").
    static QString runOwner();

private:
    // Runs left 'running' by a process of this machine that no longer exists become
    // 'interrupted', so the run log does not show a crashed fetch as still going.
    void closeAbandonedRuns();
    explicit Workspace(QString path)
        : m_path(std::move(path)) {}
    Status migrate();

    QString m_path;
    Connection m_connection;
    SqliteDialect m_dialect;
};

} // namespace tl

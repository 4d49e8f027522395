#pragma once

#include "core/Status.h"
#include "store/Catalog.h"
#include "store/Connection.h"
#include "store/Dialect.h"

#include <QSqlError>

#include <memory>

namespace tl {

// One workspace file (SQLite, WAL): datasets, their catalog, runs. Opening creates the file
// when missing and migrates older schemas forward; a newer schema is refused, never touched.
class Workspace {
public:
    static constexpr int kSchemaVersion = 9;
    static constexpr int kPageSize = 65536;
    // How long opening waits for a lock held by another program before saying so.
    static constexpr int kInspectBusyMs = 2000;

    enum class Create { IfMissing, Never };

    // Opens the workspace at `path`, creating it when missing and `create` allows (imports and
    // fetches do; readers never). A file is checked before anything is changed: a foreign
    // SQLite file, a locked, read-only or full one each get their own message with the path.
    // A read-only file opens for reading when `create` is Never.
    static Status open(const QString &path, std::unique_ptr<Workspace> &out,
                       Create create = Create::IfMissing);
    static Status openExisting(const QString &path, std::unique_ptr<Workspace> &out) {
        return open(path, out, Create::Never);
    }
    // The one-line message for an SQLite failure on the workspace at `path`.
    static Status describeSqliteError(const QString &path, const QSqlError &error);
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

private:
    explicit Workspace(QString path)
        : m_path(std::move(path)) {}
    static Status checkFileHeader(const QString &path, Create create);
    static Status describeOpenError(const QString &path, const QSqlDatabase &db);
    // Reads the schema version and checks the file is ours (or empty); changes nothing.
    Status inspect(Create create, int &version);
    Status useWal();
    Status migrate(int version);

    QString m_path;
    Connection m_connection;
    SqliteDialect m_dialect;
};

} // namespace tl

#include "SqliteEngine.h"

#include "store/Catalog.h"
#include "store/Connection.h"
#include "store/UserQuery.h"

#include <sqlite3.h>

namespace tl {

namespace {

class SqliteReadSession final : public ReadSession {
public:
    Status open(const QString &path) {
        if (Status s = m_connection.open(path, Connection::Access::ReadOnly); !s)
            return s;
        m_handle = m_connection.sqliteHandle();
        return Status::success();
    }

    // sqlite3_interrupt is the one call SQLite allows from another thread; the handle stays
    // valid until this session is destroyed, after its caller's cancel hook.
    void interrupt() override { sqlite3_interrupt(m_handle); }

    Status runChart(const ChartSpec &spec, ChartData &out,
                    const ChartRunner::Options &options) override {
        return ChartRunner::run(m_connection.db(), m_dialect, spec, out, options);
    }

private:
    SqliteDialect m_dialect; // its own: a session may outlive the engine that opened it
    Connection m_connection;
    sqlite3 *m_handle = nullptr;
};

} // namespace

std::shared_ptr<const Engine> Engine::forWorkspace(const QString &path) {
    return std::make_shared<SqliteEngine>(path);
}

Result<std::unique_ptr<ReadSession>> SqliteEngine::openReader() const {
    auto session = std::make_unique<SqliteReadSession>();
    if (Status s = session->open(m_path); !s)
        return s;
    return std::unique_ptr<ReadSession>(std::move(session));
}

Result<QList<DatasetInfo>> SqliteEngine::datasets() const {
    Connection connection;
    if (Status s = connection.open(m_path, Connection::Access::ReadOnly); !s)
        return s;
    return Catalog(connection.db(), m_dialect).list();
}

Result<std::unique_ptr<Publisher>> SqliteEngine::openPublisher() const {
    return Status::badInput(
        tr("%1 is a workspace: datasets are published from it to a server").arg(m_path));
}

std::unique_ptr<UserStatement>
SqliteEngine::userStatement(const QString &sql, std::chrono::milliseconds timeout) const {
    return std::make_unique<UserQuery>(m_path, sql, timeout);
}

} // namespace tl

#pragma once

#include "engine/Engine.h"

namespace tl {

// The workspace's SQLite file: charts from the column store when they can, else one SQL
// query (ChartRunner); user SQL through UserQuery's read-only checks.
class SqliteEngine final : public Engine {
public:
    explicit SqliteEngine(QString workspacePath)
        : m_path(std::move(workspacePath)) {}

    QString kind() const override { return QStringLiteral("sqlite"); }
    const Dialect &dialect() const override { return m_dialect; }
    Result<std::unique_ptr<ReadSession>> openReader() const override;
    std::unique_ptr<UserStatement> userStatement(const QString &sql,
                                                 std::chrono::milliseconds timeout) const override;

private:
    QString m_path;
    SqliteDialect m_dialect;
};

} // namespace tl

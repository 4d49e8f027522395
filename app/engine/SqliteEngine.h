#pragma once

#include "engine/Engine.h"

#include <QCoreApplication>

namespace tl {

// The workspace's SQLite file: charts from the column store when they can, else one SQL
// query (ChartRunner); user SQL through UserQuery's read-only checks.
class SqliteEngine final : public Engine {
    Q_DECLARE_TR_FUNCTIONS(tl::SqliteEngine)

public:
    explicit SqliteEngine(QString workspacePath)
        : m_path(std::move(workspacePath)) {}

    QString kind() const override { return QStringLiteral("sqlite"); }
    const Dialect &dialect() const override { return m_dialect; }
    Result<QList<DatasetInfo>> datasets() const override;
    Result<std::unique_ptr<ReadSession>> openReader() const override;
    std::unique_ptr<UserStatement> userStatement(const QString &sql,
                                                 std::chrono::milliseconds timeout) const override;
    QString display() const override { return m_path; }
    Result<std::unique_ptr<Publisher>> openPublisher() const override;

private:
    QString m_path;
    SqliteDialect m_dialect;
};

} // namespace tl

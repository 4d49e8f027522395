#pragma once

#include "core/Status.h"
#include "engine/Engine.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <atomic>
#include <chrono>
#include <functional>

namespace tl {

// One SQL statement a person typed (`trendlens sql`, the SQL console), run read-only on its
// own connection. Refused before it runs unless it is a single statement that only reads:
// nothing it is refused for leaves a trace (VACUUM INTO makes no file). A time limit and
// cancel() stop runaway queries such as an endless recursive CTE.
class UserQuery final : public UserStatement {
public:
    UserQuery(QString workspacePath, QString sql,
              std::chrono::milliseconds timeout = std::chrono::seconds(kDefaultTimeoutSeconds));

    // Thread-safe: the running statement stops at its next step with a Cancelled status.
    void cancel() override { m_cancelled = true; }

    Status run(const Header &header, const Row &row) override;

private:
    QString m_path;
    QString m_sql;
    std::chrono::milliseconds m_timeout;
    std::atomic<bool> m_cancelled{false};
};

} // namespace tl

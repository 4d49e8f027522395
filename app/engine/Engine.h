#pragma once

#include "analysis/ChartData.h"
#include "analysis/ChartRunner.h"
#include "analysis/ChartSpec.h"
#include "core/Status.h"
#include "store/Dialect.h"

#include <QStringList>
#include <QVariantList>

#include <chrono>
#include <functional>
#include <memory>

namespace tl {

// One SQL statement a person typed (`trendlens sql`, the SQL console), run read-only with a
// time limit. cancel() is safe from any thread: the statement stops with Cancelled.
class UserStatement {
public:
    static constexpr int kDefaultTimeoutSeconds = 60;
    // Column names first, then each row; a row callback returning false stops reading.
    using Header = std::function<void(const QStringList &columns)>;
    using Row = std::function<bool(const QVariantList &values)>;

    virtual ~UserStatement() = default;
    virtual void cancel() = 0;
    virtual Status run(const Header &header, const Row &row) = 0;
};

// A read connection of an engine, used on the thread that opened it.
class ReadSession {
public:
    virtual ~ReadSession() = default;
    // Safe from any thread: the running query stops, and its caller sees Cancelled.
    virtual void interrupt() = 0;
    virtual Status runChart(const ChartSpec &spec, ChartData &out,
                            const ChartRunner::Options &options) = 0;
};

// Where a dataset's rows are kept and how to ask for them: the workspace's own SQLite file
// with its column store, or a team's database server. The window, its models and the command
// line ask an Engine for its dialect, a chart or a person's SQL, and never name the backend.
// An engine is immutable and shared by the tasks that use it, on any thread.
class Engine {
public:
    virtual ~Engine() = default;

    // The workspace file at `path`: local data, SQLite and its column store.
    static std::shared_ptr<const Engine> forWorkspace(const QString &path);
    // A server at `url`: postgresql://USER@HOST:PORT/DATABASE. Nothing is contacted yet.
    static Result<std::shared_ptr<const Engine>> forUrl(const QString &url);

    virtual QString kind() const = 0; // "sqlite", "postgresql"
    virtual const Dialect &dialect() const = 0;
    virtual Result<std::unique_ptr<ReadSession>> openReader() const = 0;
    virtual std::unique_ptr<UserStatement>
    userStatement(const QString &sql, std::chrono::milliseconds timeout = std::chrono::seconds(
                                          UserStatement::kDefaultTimeoutSeconds)) const = 0;
};

} // namespace tl

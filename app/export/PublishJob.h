#pragma once

#include "engine/Engine.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <mutex>

namespace tl {

struct PublishOptions {
    QStringList datasets;
    QString table; // with one dataset; else each goes to a table named as the dataset
    PublishMode mode = PublishMode::Create;
    QStringList keys; // else the mart's own (MartLayout)
    // Only the rows of runs not yet published into that table (an hourly schedule's publish).
    bool sinceRun = false;
};

struct PublishedTable {
    QString dataset;
    QString table;
    qint64 rows = 0;
    qint64 replaced = 0;
    bool fromStart = false; // --since-run found nothing published before (or a remade dataset)
};

struct PublishResult {
    QString target; // the server's address as shown (never with a password)
    QList<PublishedTable> tables;
    qint64 rows = 0;
};

// Publishes workspace datasets into a server's tables (Engine::openPublisher) in one
// transaction there: all of them or none. Rows are read from one snapshot of the workspace
// and streamed as COPY text; the run log records the publish, and how far each dataset went
// (Publications) once the server has committed. If that last record cannot be written, the
// server keeps the rows and the next --since-run sends them again (an upsert takes them once).
class PublishJob {
    Q_DECLARE_TR_FUNCTIONS(tl::PublishJob)

public:
    using Progress = std::function<void(qint64 rowsDone, qint64 rowsTotal)>;

    // `target`: a connection's name or an address, resolved when the job runs (a keychain
    // read and a workspace read: never on the GUI thread).
    PublishJob(QString workspacePath, QString target, PublishOptions options);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Safe from any thread: the server is asked to stop at once; it rolls back and nothing
    // is published.
    void cancel();
    // From a signal handler: only a flag, seen between rows and statements.
    void stop() { m_cancelled = true; }
    Status run(PublishResult &result);

private:
    struct Plan;
    Status plan(QSqlDatabase &db, QList<Plan> &plans);
    Status send(QSqlDatabase &db, Publisher &publisher, const Plan &plan, qint64 &done,
                qint64 total, PublishedTable &published);
    Status record(QSqlDatabase &db, const QList<Plan> &plans, const PublishResult &result,
                  qint64 runId);

    QString m_path;
    QString m_targetName;
    std::shared_ptr<const Engine> m_target; // resolved by run()
    PublishOptions m_options;
    Progress m_progress;
    std::atomic<bool> m_cancelled{false};
    std::mutex m_publisherMutex;
    Publisher *m_publisher = nullptr;
};

} // namespace tl

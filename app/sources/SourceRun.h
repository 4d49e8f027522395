#pragma once

#include "core/ColumnType.h"
#include "core/Status.h"
#include "store/Connection.h"
#include "store/Dialect.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QVariantList>

namespace tl {

// One run of a network source, written atomically: every dataset it touches changes in one
// transaction, or none does. Rows are stamped with the run (run_id, collected_at); a run can
// replace what an earlier one stored for the same key (a re-fetched day), so nothing is
// stored twice. Each run is logged in `_tl_runs` — a failed one too, after its rollback, so
// the run log shows it.
class SourceRun {
public:
    SourceRun(QString workspacePath, QString source, QJsonObject params);
    ~SourceRun(); // rolls back when neither commit() nor fail() was called

    // Logs the run as running. Fetch everything, then write: the transaction opens at the
    // first write().
    Status begin();
    // What a run's rows replace: stored rows whose `column` is one of `values` (and, when
    // given, whose other columns equal `alsoEqual` — one world of a day's ranking).
    struct Replace {
        QString column;
        QVariantList values;
        QList<QPair<QString, QVariant>> alsoEqual;
    };

    // Adds `rows` (one QVariant per column) to `dataset`, creating or widening its table,
    // after removing what `replace` names.
    Status write(const QString &dataset, const Columns &columns, const QList<QVariantList> &rows,
                 const Replace &replace = {});
    // Values of `column` already stored in `dataset` (e.g. movies whose details are known).
    QSet<QString> existingValues(const QString &dataset, const QString &column);
    Status commit();
    // Commits what was written so far and keeps the run going: a stream stores its tweets in
    // small batches, so a crash loses at most the batch in flight, and the run log shows the
    // rows stored so far.
    Status checkpoint();
    // Rolls back what is not checkpointed and logs the run as failed with `error`; returns
    // `error`.
    Status fail(const Status &error);

    // Called when another import or fetch holds the workspace and this run waits for it;
    // `cancelled` ends that wait. Set before begin().
    void setWaiting(std::function<void()> waiting, const std::atomic<bool> *cancelled) {
        m_waiting = std::move(waiting);
        m_cancelled = cancelled;
    }

    // Rows of this run stored by another writer (a source that imports through ImportJob).
    void countRows(qint64 rows) { m_rows += rows; }
    qint64 runId() const { return m_runId; }
    qint64 rowsWritten() const { return m_rows; }

private:
    Status ensureTable(const QString &dataset, const Columns &columns, Columns &stored);
    // Brings the column store of every dataset written since the last commit up to date,
    // inside the transaction that commits the rows.
    Status syncColumns();
    Status logRun(const QString &status, const QString &error);

    QString m_path;
    QString m_source;
    QJsonObject m_params;
    Connection m_connection;
    SqliteDialect m_dialect;
    QDateTime m_started;
    std::function<void()> m_waiting;
    const std::atomic<bool> *m_cancelled = nullptr;
    qint64 m_runId = 0;
    qint64 m_rows = 0;
    qint64 m_checkpointed = 0; // rows a failure does not take back
    bool m_begun = false;      // the run is in the log
    QSet<QString> m_written;   // datasets written in the open transaction
    Transaction m_transaction; // opens at the first write
};

} // namespace tl

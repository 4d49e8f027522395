#pragma once

#include "core/Status.h"
#include "store/Connection.h"
#include "store/Dialect.h"
#include "store/ScoreColumns.h"
#include "store/Transaction.h"
#include "text/Scorer.h"

#include <QElapsedTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace tl {

struct DatasetInfo;

struct ScoreOptions {
    QString dataset;
    QString column;                             // the text to score
    QString into;                               // the score column, made on the first run
    QString scorer = QStringLiteral("lexicon"); // lexicon, dictionary, command
    QString language = QStringLiteral("auto");  // ko, en, auto
    QString command;                            // the command scorer's command line
    bool rescore = false;
    int timeoutSeconds = 300; // the command scorer's allowed silence
};

struct ScoreResult {
    qint64 scored = 0;  // rows this run scored
    qint64 waiting = 0; // rows without a score when it started
    QString labelColumn;
    ScoreProvenance provenance;
};

// Scores a text column of a dataset into a score column (and a label column when the scorer
// gives labels). Blocking: the CLI calls run() directly, the window on a worker thread.
//
// Incremental: only rows without a score are scored (rows of a new fetch, or those a crash
// or a Cancel left), unless `rescore`; rows whose text is empty or NULL are left alone.
// Answers are committed every second or 10,000 rows, with the run log's count, so a kill -9
// loses at most that much work and the next run goes on from there. A scorer's failure rolls
// back the batch in hand: only checked answers are ever written. A column's scores never
// mix scorers: another scorer, version, command or language needs `rescore`, which replaces
// the old scores with the first committed batch (a scorer that fails at once leaves them).
class ScoreJob {
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    using Waiting = std::function<void()>;

    ScoreJob(QString workspacePath, ScoreOptions options);
    ~ScoreJob();

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setWaiting(Waiting waiting) { m_waiting = std::move(waiting); }
    // Thread-safe: run() commits what is scored and returns a Cancelled status.
    void cancel() { m_cancelled = true; }

    Status run(ScoreResult &result);

    static QStringList scorerKinds();
    static QString defaultInto(const QString &column) { return column + QStringLiteral("_score"); }
    static QString labelColumnOf(const QString &into) { return into + QStringLiteral("_label"); }

    static constexpr int kPageRows = 1000;
    static constexpr int kCommitRows = 10000;
    static constexpr int kCommitMs = 1000;

private:
    Status check(const DatasetInfo &info);
    Result<std::unique_ptr<text::Scorer>> createScorer() const;
    Status countWaiting(ScoreResult &result);
    Status readPage(std::vector<text::ScoreRequest> &page);
    Status write(const std::vector<text::ScoreAnswer> &answers);
    Status prepareColumns();
    Status addLabelColumn();
    Status prepareUpdate();
    Status commitBatch();
    Status finish(const QString &status, ScoreResult &result);
    Status fail(const Status &error);

    QString m_path;
    ScoreOptions m_options;
    Progress m_progress;
    Waiting m_waiting;
    std::atomic<bool> m_cancelled{false};

    Connection m_connection;
    SqliteDialect m_dialect;
    Transaction m_transaction{m_connection.db()};
    std::unique_ptr<DatasetInfo> m_info;
    ScoreProvenance m_provenance;
    bool m_columnExists = false;
    bool m_prepared = false; // the score column and provenance are in place
    qint64 m_runId = 0;
    qint64 m_lastRowid = 0;
    qint64 m_scored = 0;
    qint64 m_inBatch = 0;
    QElapsedTimer m_batchTimer;
    std::unique_ptr<class QSqlQuery> m_update;
};

} // namespace tl

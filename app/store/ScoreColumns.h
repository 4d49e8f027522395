#pragma once

#include "core/Status.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tl {

// Where a score column's values came from: the text it scores, the scorer and its version
// (or command line), the language and when it last ran.
struct ScoreProvenance {
    QString column;
    QString sourceColumn;
    QString labelColumn; // empty until the scorer returns labels
    QString scorer;      // "lexicon", "dictionary", "command"
    QString version;
    QString command;
    QString language; // "ko", "en", "auto"
    QDateTime scoredAt;

    // Whether scores of `other` may sit in the same column as these (same scorer, command,
    // language and text): what makes a re-run incremental rather than a mix.
    bool sameScoring(const ScoreProvenance &other) const {
        return sourceColumn == other.sourceColumn && scorer == other.scorer &&
               version == other.version && command == other.command && language == other.language;
    }
};

// The workspace's record of score columns (`_tl_scores`), one row per dataset column; it goes
// with the dataset when the dataset is removed.
class ScoreColumns {
public:
    explicit ScoreColumns(QSqlDatabase db)
        : m_db(std::move(db)) {}

    Result<QList<ScoreProvenance>> of(qint64 datasetId) const;
    Result<std::optional<ScoreProvenance>> find(qint64 datasetId, const QString &column) const;
    Status save(qint64 datasetId, const ScoreProvenance &provenance);

private:
    QSqlDatabase m_db;
};

} // namespace tl

#include "ScoreColumns.h"

#include "core/Time.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::ScoreColumns", text);
}

Status failed(const QSqlQuery &q) {
    return Status::internal(
        QCoreApplication::translate("tl::ScoreColumns",
                                    "the score columns cannot be read or written: %1")
            .arg(q.lastError().text()));
}

QVariant orNull(const QString &text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

Result<QList<ScoreProvenance>> ScoreColumns::of(qint64 datasetId) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT column_name, source_column, label_column, scorer, version, "
                             "command, language, scored_at FROM _tl_scores WHERE dataset_id = ? "
                             "ORDER BY column_name"));
    q.addBindValue(datasetId);
    if (!q.exec())
        return failed(q);
    QList<ScoreProvenance> result;
    while (q.next()) {
        ScoreProvenance p;
        p.column = q.value(0).toString();
        p.sourceColumn = q.value(1).toString();
        p.labelColumn = q.value(2).toString();
        p.scorer = q.value(3).toString();
        p.version = q.value(4).toString();
        p.command = q.value(5).toString();
        p.language = q.value(6).toString();
        p.scoredAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        result.append(p);
    }
    return result;
}

Result<std::optional<ScoreProvenance>> ScoreColumns::find(qint64 datasetId,
                                                          const QString &column) const {
    const auto all = of(datasetId);
    if (!all)
        return all.status();
    for (const ScoreProvenance &p : *all) {
        if (p.column.compare(column, Qt::CaseInsensitive) == 0)
            return std::optional<ScoreProvenance>(p);
    }
    return std::optional<ScoreProvenance>();
}

Status ScoreColumns::save(qint64 datasetId, const ScoreProvenance &p) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO _tl_scores (dataset_id, column_name, source_column, label_column, "
        "scorer, version, command, language, scored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(datasetId);
    q.addBindValue(p.column);
    q.addBindValue(p.sourceColumn);
    q.addBindValue(orNull(p.labelColumn));
    q.addBindValue(p.scorer);
    q.addBindValue(p.version.isNull() ? QStringLiteral("") : p.version); // NOT NULL
    q.addBindValue(orNull(p.command));
    q.addBindValue(p.language);
    q.addBindValue(isoUtc(p.scoredAt));
    return q.exec() ? Status::success() : failed(q);
}

} // namespace tl

#include "Publications.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tl {

Result<std::optional<Publication>> Publications::find(const QString &dataset, const QString &target,
                                                      const QString &table) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT dataset_created, mark, last_run, rows, published_at "
                             "FROM _tl_publications WHERE dataset = ? AND target = ? AND "
                             "table_name = ?"));
    q.addBindValue(dataset);
    q.addBindValue(target);
    q.addBindValue(table);
    if (!q.exec())
        return Status::internal(q.lastError().text());
    if (!q.next())
        return std::optional<Publication>();
    Publication p{dataset,
                  target,
                  table,
                  q.value(0).toString(),
                  q.value(1).toLongLong(),
                  q.value(2).toLongLong(),
                  q.value(3).toLongLong(),
                  QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs)};
    return std::optional<Publication>(std::move(p));
}

Status Publications::save(const Publication &p) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO _tl_publications (dataset, target, "
                             "table_name, dataset_created, mark, last_run, rows, "
                             "published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(p.dataset), QVariant(p.target), QVariant(p.table), QVariant(p.datasetCreated),
          QVariant(p.mark), QVariant(p.lastRun), QVariant(p.rows),
          QVariant(p.publishedAt.toUTC().toString(Qt::ISODateWithMs))})
        q.addBindValue(v);
    if (!q.exec())
        return Status::internal(q.lastError().text());
    return Status::success();
}

} // namespace tl

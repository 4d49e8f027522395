#include "Catalog.h"

#include "core/Time.h"
#include "store/Connection.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::Catalog", text);
}

DatasetInfo infoFrom(const QSqlQuery &q) {
    DatasetInfo info;
    info.id = q.value(0).toLongLong();
    info.name = q.value(1).toString();
    info.tableName = q.value(2).toString();
    info.sourceKind = q.value(3).toString();
    info.sourceParams = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    info.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    info.updatedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    info.rowCount = q.value(7).toLongLong();
    return info;
}

const QString kSelect = QStringLiteral(
    "SELECT id, name, table_name, source_kind, source_params, created_at, updated_at, row_count "
    "FROM _tl_datasets");

Status failed(const QSqlQuery &q) {
    return Status::internal(
        QCoreApplication::translate("tl::Catalog", "the catalog cannot be read or written: %1")
            .arg(q.lastError().text()));
}

} // namespace

Status Catalog::columnsOf(qint64 id, Columns &columns) const {
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral(
            "SELECT name, type, role FROM _tl_columns WHERE dataset_id = ? ORDER BY position")))
        return failed(q);
    q.addBindValue(id);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        Column c;
        c.name = q.value(0).toString();
        c.type = columnTypeFromString(q.value(1).toString()).value_or(ColumnType::Text);
        c.role = columnRoleFromString(q.value(2).toString()).value_or(ColumnRole::Category);
        columns.append(c);
    }
    return q.lastError().isValid() ? failed(q) : Status::success();
}

Result<QList<DatasetInfo>> Catalog::list() const {
    QList<DatasetInfo> result;
    QSqlQuery q(m_db);
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY name")))
        return failed(q);
    while (q.next())
        result.append(infoFrom(q));
    if (q.lastError().isValid())
        return failed(q);
    for (auto &info : result) {
        if (Status s = columnsOf(info.id, info.columns); !s)
            return s;
    }
    return result;
}

Result<std::optional<DatasetInfo>> Catalog::find(const QString &name) const {
    QSqlQuery q(m_db);
    // Table names are case-insensitive in SQL, so dataset names are too.
    if (!q.prepare(kSelect + QStringLiteral(" WHERE name = ? COLLATE NOCASE")))
        return failed(q);
    q.addBindValue(name);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return q.lastError().isValid() ? Result<std::optional<DatasetInfo>>(failed(q))
                                       : Result<std::optional<DatasetInfo>>(std::nullopt);
    DatasetInfo info = infoFrom(q);
    if (Status s = columnsOf(info.id, info.columns); !s)
        return s;
    return std::optional<DatasetInfo>(std::move(info));
}

Status Catalog::setRole(const QString &dataset, const QString &column, ColumnRole role) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE _tl_columns SET role = ? WHERE name = ? AND dataset_id = "
                             "(SELECT id FROM _tl_datasets WHERE name = ?)"));
    q.addBindValue(roleName(role));
    q.addBindValue(column);
    q.addBindValue(dataset);
    if (!q.exec())
        return failed(q);
    if (q.numRowsAffected() != 1)
        return Status::badInput(tr("%1: no column named '%2'").arg(dataset, column));
    return Status::success();
}

Status Catalog::save(DatasetInfo &info) {
    QSqlQuery q(m_db);
    const QString params =
        QString::fromUtf8(QJsonDocument(info.sourceParams).toJson(QJsonDocument::Compact));
    q.prepare(QStringLiteral(
        "INSERT INTO _tl_datasets (name, table_name, source_kind, source_params, created_at, "
        "updated_at, row_count) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET table_name = excluded.table_name, "
        "source_kind = excluded.source_kind, source_params = excluded.source_params, "
        "updated_at = excluded.updated_at, row_count = excluded.row_count RETURNING id"));
    q.addBindValue(info.name);
    q.addBindValue(info.tableName);
    q.addBindValue(info.sourceKind);
    q.addBindValue(params);
    q.addBindValue(isoUtc(info.createdAt));
    q.addBindValue(isoUtc(info.updatedAt));
    q.addBindValue(info.rowCount);
    if (!q.exec() || !q.next())
        return failed(q);
    info.id = q.value(0).toLongLong();
    q.finish();

    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM _tl_columns WHERE dataset_id = ?"));
    del.addBindValue(info.id);
    if (!del.exec())
        return failed(del);
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral(
        "INSERT INTO _tl_columns (dataset_id, position, name, type, role) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < info.columns.size(); ++i) {
        ins.addBindValue(info.id);
        ins.addBindValue(i);
        ins.addBindValue(info.columns[i].name);
        ins.addBindValue(typeName(info.columns[i].type));
        ins.addBindValue(roleName(info.columns[i].role));
        if (!ins.exec())
            return failed(ins);
    }
    return Status::success();
}

Status Catalog::checkName(const QString &name) {
    if (name.trimmed().isEmpty())
        return Status::badInput(tr("a dataset name cannot be empty"));
    if (name != name.trimmed())
        return Status::badInput(tr("dataset name '%1' starts or ends with spaces").arg(name));
    if (name.startsWith(QLatin1String("_tl_"), Qt::CaseInsensitive) ||
        name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive))
        return Status::badInput(tr("dataset name '%1' is reserved").arg(name));
    if (name.size() > 128)
        return Status::badInput(tr("dataset name '%1' is longer than 128 characters").arg(name));
    return Status::success();
}

Status Catalog::rename(const QString &from, const QString &to) {
    if (Status s = checkName(to); !s)
        return s;
    const auto info = find(from);
    if (!info)
        return info.status();
    if (!*info)
        return Status::badInput(tr("no dataset named '%1'").arg(from));
    const auto clash = find(to);
    if (!clash)
        return clash.status();
    if (*clash && (*clash)->id != (*info)->id)
        return Status::badInput(
            tr("a dataset named '%1' already exists (dataset names ignore case)")
                .arg((*clash)->name));
    const DatasetInfo &dataset = **info;
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = exec(m_db, QStringLiteral("ALTER TABLE %1 RENAME TO %2")
                                  .arg(m_dialect.quoteIdentifier(dataset.tableName),
                                       m_dialect.quoteIdentifier(to)));
        !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE _tl_datasets SET name = ?, table_name = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(to);
    q.addBindValue(to);
    q.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
    q.addBindValue(dataset.id);
    if (!q.exec())
        return failed(q);
    return transaction.commit();
}

Status Catalog::remove(const QString &name) {
    const auto found = find(name);
    if (!found)
        return found.status();
    const std::optional<DatasetInfo> &info = *found;
    if (!info)
        return Status::badInput(tr("no dataset named '%1'").arg(name));
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = exec(m_db, QStringLiteral("DROP TABLE IF EXISTS %1")
                                  .arg(m_dialect.quoteIdentifier(info->tableName)));
        !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM _tl_datasets WHERE id = ?"));
    q.addBindValue(info->id);
    if (!q.exec())
        return failed(q);
    return transaction.commit();
}

} // namespace tl

#include "RowLoader.h"

#include "columns/ColumnOrder.h"
#include "models/TaskConnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tl {

namespace {

// A bound JSON list of the rowids at [first, first + count) of `order`.
QString rowidList(const std::vector<qint64> &order, qint64 first, int count) {
    QByteArray list = "[";
    const auto begin = std::min<std::size_t>(std::size_t(std::max<qint64>(first, 0)), order.size());
    const auto end = std::min(begin + std::size_t(std::max(count, 0)), order.size());
    for (std::size_t i = begin; i < end; ++i) {
        if (i > begin)
            list += ',';
        list += QByteArray::number(order[i]);
    }
    return QString::fromLatin1(list + ']');
}

Status cancelledStatus() {
    return Status::cancelled(QCoreApplication::translate("tl::RowLoader", "cancelled"));
}

} // namespace

Result<Rows> RowLoader::read(const QString &workspacePath, const DatasetQuery::Statement &statement,
                             const RowOrder &order, TaskControl &control) {
    TaskConnection connection(control);
    if (Status s = connection.open(workspacePath); !s)
        return s;
    QSqlQuery query(connection.db());
    query.setForwardOnly(true);
    if (!query.prepare(statement.sql))
        return Status::internal(query.lastError().text());
    for (const QVariant &value : statement.bindings)
        query.addBindValue(value);
    if (statement.orderFirst >= 0)
        query.addBindValue(order ? rowidList(*order, statement.orderFirst, statement.orderRows)
                                 : QStringLiteral("[]"));
    if (!query.exec())
        return control.isCancelled() ? cancelledStatus()
                                     : Status::internal(query.lastError().text());
    Rows rows;
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(query.value(i));
        rows.append(std::move(row));
    }
    if (control.isCancelled())
        return cancelledStatus();
    if (query.lastError().isValid())
        return Status::internal(query.lastError().text());
    return rows;
}

Result<RowOrder> RowLoader::order(const QString &workspacePath, const DatasetInfo &info,
                                  const QString &column, bool descending, TaskControl &control) {
    TaskConnection connection(control);
    if (Status s = connection.open(workspacePath); !s)
        return s;
    auto rowids = std::make_shared<std::vector<qint64>>();
    QString note;
    if (Status s = ColumnOrder::sortedRowids(connection.db(), info, column, descending,
                                             control.flag(), *rowids, note);
        !s)
        return control.isCancelled() ? cancelledStatus() : s;
    if (control.isCancelled())
        return cancelledStatus();
    return note.isEmpty() ? RowOrder(std::move(rowids)) : RowOrder();
}

} // namespace tl

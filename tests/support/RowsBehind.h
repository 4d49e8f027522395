#pragma once

#include "analysis/ChartData.h"
#include "analysis/QueryBuilder.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// For the suites that click through charts: the number of rows of `table` behind one point
// (QueryBuilder::rowsBehind), or -1 when the condition does not build or run.
inline double rowsBehind(QSqlDatabase &db, const tl::QueryBuilder &builder,
                         const tl::ChartSpec &spec, const tl::ChartData::Point &point,
                         const QString &table) {
    tl::SqlFragment condition;
    if (!builder.rowsBehind(spec, point.key, point.series, condition))
        return -1;
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM \"%1\" WHERE ").arg(table) + condition.sql))
        return -1;
    for (const QVariant &v : condition.bindings)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toDouble() : -1;
}

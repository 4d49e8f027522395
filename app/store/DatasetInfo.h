#pragma once

#include "core/ColumnType.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace tl {

// A catalog row: what a dataset is, where it came from and its schema.
struct DatasetInfo {
    qint64 id = 0;
    QString name; // what the user sees; also the SQL table name
    QString tableName;
    QString sourceKind; // "file", "demo", a source id such as "kobis-daily"
    QJsonObject sourceParams;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowCount = 0; // kept by the engine on every write; never a count(*) scan
    Columns columns;
};

} // namespace tl

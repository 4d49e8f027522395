#pragma once

#include "core/ColumnType.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace tl {

// A catalog row: what a dataset is, where it came from and its schema.
struct DatasetInfo {
    qint64 id = 0;
    QString connection; // the named server whose table it is (ServerConnections); empty: local
    QString name;       // what the user sees; also the SQL table name
    QString tableName;
    QString sourceKind; // "file", "demo", a source id such as "kobis-daily"
    QJsonObject sourceParams;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowCount = 0; // kept by the engine on every write; never a count(*) scan
    Columns columns;

    // How a person picks it among local and remote datasets: "name", or "connection:name".
    QString key() const { return connection.isEmpty() ? name : connection + u':' + name; }
};

} // namespace tl

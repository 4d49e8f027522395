#pragma once

#include "core/Status.h"
#include "store/DatasetInfo.h"
#include "store/Dialect.h"

#include <QSqlDatabase>

#include <optional>

namespace tl {

// The dataset catalog of a workspace, read and written through one connection (so an import
// updates it inside its own transaction).
class Catalog {
public:
    Catalog(QSqlDatabase db, const Dialect &dialect)
        : m_db(std::move(db))
        , m_dialect(dialect) {}

    Result<QList<DatasetInfo>> list() const;
    // The dataset of that name, compared ignoring case as SQL compares table names (its
    // DatasetInfo::name is how it was written); nullopt when there is none.
    Result<std::optional<DatasetInfo>> find(const QString &name) const;

    // Adds or replaces the catalog entry of `info.name` (columns included). Sets info.id.
    Status save(DatasetInfo &info);
    Status rename(const QString &from, const QString &to);
    Status remove(const QString &name);
    // What a column is for in charts (ColumnRole), as the analyst corrects it.
    Status setRole(const QString &dataset, const QString &column, ColumnRole role);

    // A name can become a dataset (and so a table) name.
    static Status checkName(const QString &name);

private:
    Status columnsOf(qint64 id, Columns &columns) const;

    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace tl

#pragma once

#include "columns/ColumnStore.h"

#include <atomic>
#include <vector>

namespace tl {

// A dataset's rows in the order of one column, from the column store: what the table view
// pages through when sorted, instead of SQL sorting millions of rows for every page. The
// order is SQLite's for that column (NULLs first ascending and last descending, texts by
// their bytes, dates and times as their text), ties by rowid.
class ColumnOrder {
public:
    // The rowids in order; an empty `note` means `rowids` holds them, otherwise it says why
    // not (a column that is not kept, columns being written), and SQL sorts instead.
    static Status sortedRowids(QSqlDatabase &db, const DatasetInfo &info, const QString &column,
                               bool descending, const std::atomic<bool> *cancelled,
                               std::vector<qint64> &rowids, QString &note);
};

} // namespace tl

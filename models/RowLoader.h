#pragma once

#include "core/Status.h"
#include "models/DatasetQuery.h"
#include "store/DatasetInfo.h"

#include <QVariantList>

#include <memory>
#include <vector>

namespace tl {

class TaskControl;

using Rows = QList<QVariantList>;
// The rowids of a sorted view, shared by the model and the page reads it starts.
using RowOrder = std::shared_ptr<const std::vector<qint64>>;

// The table view's reads, run on TaskRunner's pool: each opens its own read-only connection
// (connections belong to the thread that opens them) and is stopped by its task's
// cancellation, sqlite3_interrupt included, so a superseded page or count stops at once.
class RowLoader {
public:
    // Runs `statement`; a page of a sorted view takes its rowids from `order`.
    static Result<Rows> read(const QString &workspacePath, const DatasetQuery::Statement &statement,
                             const RowOrder &order, TaskControl &control);

    // `info`'s rowids sorted by `column` from the column store. Answers no order (nullptr)
    // when SQL has to sort instead (a column that is not kept).
    static Result<RowOrder> order(const QString &workspacePath, const DatasetInfo &info,
                                  const QString &column, bool descending, TaskControl &control);
};

} // namespace tl

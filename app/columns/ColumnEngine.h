#pragma once

#include "analysis/ChartQuery.h"
#include "analysis/ChartSpec.h"
#include "columns/ColumnStore.h"

#include <QVariantList>

#include <atomic>

namespace tl {

// Answers a ChartSpec from the column store: the same rows, in the same order and with the
// same values, as the SQL query QueryBuilder writes for it (SQL stays the reference; the
// differential test holds the two together). Chunks are scanned on both cores and the
// partial groups merged.
class ColumnEngine {
public:
    // The columns `spec` reads, or why the engine cannot answer it (then SQL does).
    static QString plan(const ChartSpec &spec, const DatasetInfo &info, QStringList &columns);

    // The rows of the chart's query, as QSqlQuery would return them. An empty `reason` on
    // success; a reason when a loaded column turned out not to be kept.
    static Status run(const ChartSpec &spec, const ColumnSnapshot &snapshot,
                      ChartQuery::Shape &shape, std::vector<QVariantList> &rows, QString &reason,
                      const std::atomic<bool> *cancelled = nullptr);
};

} // namespace tl

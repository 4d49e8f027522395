#pragma once

#include "core/ColumnType.h"
#include "ingest/RecordBatch.h"

namespace tl {

// Turns a batch's raw cells into typed cells in place, following each column's type. A value
// that does not fit widens its column (never narrows), so nothing is ever dropped. Empty text
// in any non-text column becomes NULL.
class ColumnConverter {
public:
    explicit ColumnConverter(Columns columns)
        : m_columns(std::move(columns)) {}

    void addColumn(const Column &column) { m_columns.append(column); }
    void convert(RecordBatch &batch);

    const Columns &columns() const { return m_columns; }

private:
    void convertCell(RecordBatch &batch, RecordBatch::Cell &cell, int column);
    bool convertAs(ColumnType type, RecordBatch &batch, RecordBatch::Cell &cell);

    Columns m_columns;
};

} // namespace tl

#include "RecordBatch.h"

namespace tl {

void RecordBatch::widenTo(int columns) {
    if (columns <= columnCount)
        return;
    std::vector<Cell> wider(std::size_t(rowCount()) * columns);
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column < columnCount; ++column)
            wider[std::size_t(row) * columns + column] = at(row, column);
    }
    cells = std::move(wider);
    columnCount = columns;
}

void RecordBatch::clear() {
    arena.clear();
    cells.clear();
    lines.clear();
}

} // namespace tl

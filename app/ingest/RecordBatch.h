#pragma once

#include <QtGlobal>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tl {

// A block of parsed records on its way from a reader to the writer. Readers fill raw cells
// (text as written, JSON scalars); ColumnConverter turns them in place into typed cells.
// Text lives in one arena per batch, so a batch is a handful of allocations however many rows.
struct RecordBatch {
    enum class Kind : std::uint8_t {
        Null,
        Text,   // raw or converted text in the arena
        Number, // raw JSON number text
        True,   // raw JSON true
        False,  // raw JSON false
        Json,   // raw JSON text of an array or object
        Integer,
        Real,
    };

    struct Cell {
        Kind kind = Kind::Null;
        std::uint32_t length = 0;
        union {
            std::uint64_t offset = 0;
            std::int64_t integer;
            double real;
        };
    };

    std::string arena;
    std::vector<Cell> cells;   // row-major, columnCount cells per row
    std::vector<qint64> lines; // input line where each row starts
    int columnCount = 0;

    int rowCount() const { return int(lines.size()); }
    std::string_view text(const Cell &cell) const {
        return {arena.data() + cell.offset, cell.length};
    }
    Cell &at(int row, int column) { return cells[std::size_t(row) * columnCount + column]; }
    const Cell &at(int row, int column) const {
        return cells[std::size_t(row) * columnCount + column];
    }

    Cell appendText(std::string_view text, Kind kind = Kind::Text) {
        Cell cell;
        cell.kind = kind;
        cell.offset = arena.size();
        cell.length = std::uint32_t(text.size());
        arena.append(text);
        return cell;
    }

    // Grows every row to `columns` cells (JSON records may bring new keys mid-stream).
    void widenTo(int columns);
    void clear();
};

} // namespace tl

#include "ColumnConverter.h"

#include "ingest/TypeInference.h"
#include "ingest/ValueParser.h"

namespace tl {

void ColumnConverter::convert(RecordBatch &batch) {
    const int columns = std::min(batch.columnCount, int(m_columns.size()));
    for (int row = 0; row < batch.rowCount(); ++row) {
        for (int column = 0; column < columns; ++column)
            convertCell(batch, batch.at(row, column), column);
    }
}

void ColumnConverter::convertCell(RecordBatch &batch, RecordBatch::Cell &cell, int column) {
    using K = RecordBatch::Kind;
    if (cell.kind == K::Null || cell.kind == K::Integer || cell.kind == K::Real)
        return;
    if (cell.kind == K::Text && cell.length == 0) {
        cell.kind = K::Null;
        return;
    }
    ColumnType &type = m_columns[column].type;
    if (convertAs(type, batch, cell))
        return;
    const std::uint8_t fits =
        TypeInference::widenable(type) & TypeInference::classify(cell.kind, batch.text(cell));
    type = TypeInference::resolve(fits);
    convertAs(type, batch, cell);
}

bool ColumnConverter::convertAs(ColumnType type, RecordBatch &batch, RecordBatch::Cell &cell) {
    using K = RecordBatch::Kind;
    const std::string_view text = batch.text(cell);
    switch (type) {
    case ColumnType::Integer: {
        std::int64_t value;
        if ((cell.kind != K::Text && cell.kind != K::Number) || !values::parseInteger(text, value))
            return false;
        cell.kind = K::Integer;
        cell.integer = value;
        return true;
    }
    case ColumnType::Real: {
        double value;
        if ((cell.kind != K::Text && cell.kind != K::Number) || !values::parseReal(text, value))
            return false;
        cell.kind = K::Real;
        cell.real = value;
        return true;
    }
    case ColumnType::Boolean: {
        std::optional<bool> value;
        if (cell.kind == K::True || cell.kind == K::False)
            value = cell.kind == K::True;
        else if (cell.kind == K::Text)
            value = values::parseBoolean(text);
        if (!value)
            return false;
        cell.kind = K::Integer;
        cell.integer = *value ? 1 : 0;
        return true;
    }
    case ColumnType::Date: {
        values::Date date;
        if (cell.kind != K::Text || !values::parseDate(text, date))
            return false;
        cell = batch.appendText(values::formatDate(date));
        return true;
    }
    case ColumnType::Timestamp: {
        values::Timestamp time;
        if (cell.kind != K::Text || !values::parseTimestamp(text, time))
            return false;
        cell = batch.appendText(values::formatTimestamp(time));
        return true;
    }
    case ColumnType::Json:
        if (cell.kind != K::Json)
            return false;
        cell.kind = K::Text;
        return true;
    case ColumnType::Text:
        if (cell.kind == K::True || cell.kind == K::False)
            cell = batch.appendText(cell.kind == K::True ? "true" : "false");
        cell.kind = K::Text;
        return true;
    }
    return false;
}

} // namespace tl

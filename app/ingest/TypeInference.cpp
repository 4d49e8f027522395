#include "TypeInference.h"

#include "ingest/ValueParser.h"

#include <QRegularExpression>

namespace tl {

std::uint8_t TypeInference::classify(RecordBatch::Kind kind, std::string_view text) {
    using K = RecordBatch::Kind;
    switch (kind) {
    case K::Null:
        return All;
    case K::True:
    case K::False:
        return Boolean;
    case K::Json:
        return Json;
    case K::Integer:
        return Integer | Real;
    case K::Real:
        return Real;
    case K::Text:
    case K::Number:
        break;
    }
    if (text.empty())
        return All;
    std::uint8_t result = 0;
    std::int64_t integer;
    double real;
    if (values::parseInteger(text, integer))
        result |= Integer | Real;
    else if (values::parseReal(text, real))
        result |= Real;
    if (kind == K::Number)
        return result;
    if (values::parseBoolean(text))
        result |= Boolean;
    values::Date date;
    values::Timestamp timestamp;
    if (values::parseDate(text, date))
        result |= Date | Timestamp;
    else if ((result & Real) == 0 && values::parseTimestamp(text, timestamp))
        result |= Timestamp;
    return result;
}

ColumnType TypeInference::resolve(std::uint8_t candidates) {
    // Date before Integer: a column whose every value is a valid yyyymmdd is a date column.
    if (candidates == All || candidates == 0)
        return ColumnType::Text;
    if (candidates & Boolean)
        return ColumnType::Boolean;
    if (candidates & Date)
        return ColumnType::Date;
    if (candidates & Integer)
        return ColumnType::Integer;
    if (candidates & Real)
        return ColumnType::Real;
    if (candidates & Timestamp)
        return ColumnType::Timestamp;
    if (candidates & Json)
        return ColumnType::Json;
    return ColumnType::Text;
}

std::uint8_t TypeInference::widenable(ColumnType type) {
    switch (type) {
    case ColumnType::Integer:
        return Integer | Real;
    case ColumnType::Real:
        return Real;
    case ColumnType::Boolean:
        return Boolean;
    case ColumnType::Date:
        return Date | Timestamp;
    case ColumnType::Timestamp:
        return Timestamp;
    case ColumnType::Json:
        return Json;
    case ColumnType::Text:
        return 0;
    }
    return 0;
}

void TypeInference::observe(RecordBatch::Kind kind, std::string_view text) {
    if (kind == RecordBatch::Kind::Null || (kind == RecordBatch::Kind::Text && text.empty()))
        return;
    m_candidates &= classify(kind, text);
    ++m_seen;
    m_totalLength += qint64(text.size());
}

ColumnRole inferRole(const QString &name, ColumnType type, double averageTextLength) {
    static const QRegularExpression idName(
        QStringLiteral("(^id$|_id$|Id$|ID$|^id_|_cd$|Cd$|_code$|^code$|goodscode|_no$)"));
    switch (type) {
    case ColumnType::Date:
    case ColumnType::Timestamp:
        return ColumnRole::Time;
    case ColumnType::Integer:
    case ColumnType::Real:
        return idName.match(name).hasMatch() ? ColumnRole::Id : ColumnRole::Measure;
    case ColumnType::Boolean:
        return ColumnRole::Category;
    case ColumnType::Json:
        return ColumnRole::Text;
    case ColumnType::Text:
        if (idName.match(name).hasMatch())
            return ColumnRole::Id;
        return averageTextLength > 60 ? ColumnRole::Text : ColumnRole::Category;
    }
    return ColumnRole::Category;
}

} // namespace tl

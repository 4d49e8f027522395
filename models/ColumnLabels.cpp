#include "ColumnLabels.h"

namespace tl {

QString ColumnLabels::type(ColumnType type) {
    switch (type) {
    case ColumnType::Integer:
        return tr("integer");
    case ColumnType::Real:
        return tr("real number");
    case ColumnType::Boolean:
        return tr("true/false");
    case ColumnType::Date:
        return tr("date");
    case ColumnType::Timestamp:
        return tr("date and time");
    case ColumnType::Text:
        return tr("text");
    case ColumnType::Json:
        return tr("JSON");
    }
    return typeName(type);
}

QString ColumnLabels::role(ColumnRole role) {
    switch (role) {
    case ColumnRole::Id:
        return tr("identifier");
    case ColumnRole::Time:
        return tr("time");
    case ColumnRole::Category:
        return tr("category");
    case ColumnRole::Measure:
        return tr("measure");
    case ColumnRole::Text:
        return tr("text");
    }
    return roleName(role);
}

} // namespace tl

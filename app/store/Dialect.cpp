#include "Dialect.h"

namespace tl {

QString Dialect::quoteIdentifier(const QString &identifier) const {
    QString quoted = identifier;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

QString SqliteDialect::storageType(ColumnType type) const {
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Boolean:
        return QStringLiteral("INTEGER");
    case ColumnType::Real:
        return QStringLiteral("REAL");
    case ColumnType::Date:
    case ColumnType::Timestamp:
    case ColumnType::Text:
    case ColumnType::Json:
        return QStringLiteral("TEXT");
    }
    return QStringLiteral("TEXT");
}

} // namespace tl

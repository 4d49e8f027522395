#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace tl {

// Logical type of a dataset column. Storage in SQLite: Integer and Boolean as INTEGER, Real as
// REAL, everything else as TEXT (dates 'YYYY-MM-DD', timestamps 'YYYY-MM-DD HH:MM:SS[.sss]').
enum class ColumnType { Integer, Real, Boolean, Date, Timestamp, Text, Json };

// What a column is for in charts: picks sensible defaults (a time column on x, a measure on y).
enum class ColumnRole { Id, Time, Category, Measure, Text };

QString typeName(ColumnType type);
QString roleName(ColumnRole role);
std::optional<ColumnType> columnTypeFromString(const QString &text);
std::optional<ColumnRole> columnRoleFromString(const QString &text);

struct Column {
    QString name;
    ColumnType type = ColumnType::Text;
    ColumnRole role = ColumnRole::Category;

    friend bool operator==(const Column &, const Column &) = default;
};

using Columns = QList<Column>;

} // namespace tl

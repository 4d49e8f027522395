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

    // A source's fixed column, named in ASCII (`Column::of("audi_cnt", …)`).
    static Column of(const char *name, ColumnType type, ColumnRole role) {
        return {QString::fromLatin1(name), type, role};
    }

    friend bool operator==(const Column &, const Column &) = default;
};

using Columns = QList<Column>;

} // namespace tl

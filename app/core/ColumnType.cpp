#include "ColumnType.h"

#include <array>
#include <utility>

namespace tl {

namespace {

constexpr std::array kTypeNames{
    std::pair{ColumnType::Integer, "integer"},     std::pair{ColumnType::Real, "real"},
    std::pair{ColumnType::Boolean, "boolean"},     std::pair{ColumnType::Date, "date"},
    std::pair{ColumnType::Timestamp, "timestamp"}, std::pair{ColumnType::Text, "text"},
    std::pair{ColumnType::Json, "json"},
};

constexpr std::array kRoleNames{
    std::pair{ColumnRole::Id, "id"},
    std::pair{ColumnRole::Time, "time"},
    std::pair{ColumnRole::Category, "category"},
    std::pair{ColumnRole::Measure, "measure"},
    std::pair{ColumnRole::Text, "text"},
};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value) {
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table,
                            const QString &text) {
    for (const auto &[v, name] : table) {
        if (text == QLatin1String(name))
            return v;
    }
    return std::nullopt;
}

} // namespace

QString typeName(ColumnType type) {
    return nameOf(kTypeNames, type);
}
QString roleName(ColumnRole role) {
    return nameOf(kRoleNames, role);
}
std::optional<ColumnType> columnTypeFromString(const QString &text) {
    return valueOf(kTypeNames, text);
}
std::optional<ColumnRole> columnRoleFromString(const QString &text) {
    return valueOf(kRoleNames, text);
}

} // namespace tl

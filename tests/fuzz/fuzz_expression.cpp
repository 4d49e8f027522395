#include "analysis/ExpressionCompiler.h"

#include <QString>

#include <cstdint>

// The chart expression language: any text compiles to SQL with every literal bound, or is
// refused with a position. Nothing the user wrote reaches the SQL text unquoted.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    static const tl::SqliteDialect dialect;
    static const tl::Columns columns{
        {QStringLiteral("rating"), tl::ColumnType::Integer, tl::ColumnRole::Measure},
        {QStringLiteral("movie"), tl::ColumnType::Text, tl::ColumnRole::Category},
        {QStringLiteral("day"), tl::ColumnType::Date, tl::ColumnRole::Time},
        {QStringLiteral("raw"), tl::ColumnType::Json, tl::ColumnRole::Category},
        {QStringLiteral("평점"), tl::ColumnType::Real, tl::ColumnRole::Measure}};
    const tl::ExpressionCompiler compiler(dialect, columns);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data),
                                           qsizetype(std::min<std::size_t>(size, 4096)));
    tl::SqlFragment out;
    if (compiler.compile(text, out).ok()) {
        if (out.sql.contains(u';') || out.sql.contains(QLatin1String("--")))
            __builtin_trap();
    }
    return 0;
}

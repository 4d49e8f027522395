#include "analysis/ChartSpec.h"
#include "analysis/QueryBuilder.h"

#include <QJsonDocument>

#include <cstdint>

// A chart spec as a file holds it: read with every field checked, then built into SQL for a
// dataset with typical columns. A spec that reads must build or be refused, never crash.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    static const tl::SqliteDialect dialect;
    static const tl::DatasetInfo dataset = [] {
        tl::DatasetInfo info;
        info.name = info.tableName = QStringLiteral("reviews");
        info.columns = {
            {QStringLiteral("rating"), tl::ColumnType::Integer, tl::ColumnRole::Measure},
            {QStringLiteral("movie"), tl::ColumnType::Text, tl::ColumnRole::Category},
            {QStringLiteral("day"), tl::ColumnType::Date, tl::ColumnRole::Time},
            {QStringLiteral("at"), tl::ColumnType::Timestamp, tl::ColumnRole::Time}};
        return info;
    }();
    const QJsonDocument json =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!json.isObject())
        return 0;
    tl::ChartSpec spec;
    if (!tl::ChartSpec::fromJson(json.object(), spec).ok())
        return 0;
    tl::ChartQuery query;
    (void)tl::QueryBuilder(dialect, dataset).build(spec, query);
    // What reads is written back the same way.
    tl::ChartSpec again;
    if (!tl::ChartSpec::fromJson(spec.toJson(), again).ok())
        __builtin_trap();
    return 0;
}

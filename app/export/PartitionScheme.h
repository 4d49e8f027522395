#pragma once

#include "core/ColumnType.h"
#include "core/Status.h"
#include "core/WallClock.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace tl {

// How a partitioned export cuts a dataset into Hive-style folders by a date or timestamp
// column: "collected_at:hour" → year=2024/month=01/day=05/hour=13, "target_date:10-day" →
// year=2024/month=01/dekad=2 (1st–10th, 11th–20th, 21st–end). Timestamps are cut by the
// wall clock of a zone (UTC unless told); a value that is not a date goes to Hive's
// __HIVE_DEFAULT_PARTITION__, which Spark and Hive read back as NULL.
class PartitionScheme {
public:
    enum class Granularity { Hour, Day, TenDay, Month, Year };

    // "COLUMN:hour|day|10-day|month|year".
    static Result<PartitionScheme> parse(const QString &text);

    QString column() const { return m_column; }
    Granularity granularity() const { return m_granularity; }
    QString granularityName() const;
    // The columns of a date, or of a timestamp read in `zone`.
    void setColumn(ColumnType type, WallClock zone);

    // One partition: its folder and the wall-clock span it covers, as sortable text
    // ('YYYY-MM-DD HH'); an unknown value has no span.
    struct Partition {
        QString path;
        QString start; // the first hour in it
        QString end;   // the first hour after it
        bool isDefault() const { return start.isEmpty(); }
        friend bool operator==(const Partition &, const Partition &) = default;
    };
    // The partition of a stored value ('YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS[.mmm]' UTC).
    Partition partitionOf(QStringView stored) const;
    // The same hour text for a moment the analyst typed ('2024-01-05', '2024-01-05T13:00'),
    // read in the scheme's zone; nullopt when it is not a time.
    static std::optional<QString> hourOf(const QString &typed);
    static QString defaultPartitionPath();

private:
    QString m_column;
    Granularity m_granularity = Granularity::Day;
    ColumnType m_type = ColumnType::Date;
    WallClock m_zone;
};

} // namespace tl

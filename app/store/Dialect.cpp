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

QString SqliteDialect::datePart(const QString &part, const QString &value) const {
    const char *format = part == QLatin1String("year")    ? "%Y"
                         : part == QLatin1String("month") ? "%m"
                         : part == QLatin1String("day")   ? "%d"
                                                          : "%H";
    return QStringLiteral("CAST(strftime('%1', %2) AS INTEGER)").arg(QLatin1String(format), value);
}

QString SqliteDialect::minuteBucket(const QString &value) const {
    return QStringLiteral("strftime('%Y-%m-%d %H:%M', %1)").arg(value);
}

QString SqliteDialect::hourBucket(const QString &value) const {
    return QStringLiteral("strftime('%Y-%m-%d %H:00', %1)").arg(value);
}

QString SqliteDialect::dayBucket(const QString &value) const {
    return QStringLiteral("date(%1)").arg(value);
}

QString SqliteDialect::tenDayBucket(const QString &value) const {
    // The Korean statistics convention: days 1–10, 11–20 and 21 to the month's end.
    return QStringLiteral("strftime('%Y-%m-', %1) || CASE WHEN CAST(strftime('%d', %1) AS INTEGER) "
                          "<= 10 THEN '01' WHEN CAST(strftime('%d', %1) AS INTEGER) <= 20 THEN "
                          "'11' ELSE '21' END")
        .arg(value);
}

QString SqliteDialect::weekBucket(const QString &value) const {
    // %w is 0 on Sunday: step back to the Monday that starts the ISO week.
    return QStringLiteral("date(%1, '-' || ((CAST(strftime('%w', %1) AS INTEGER) + 6) % 7) || "
                          "' days')")
        .arg(value);
}

QString SqliteDialect::monthBucket(const QString &value) const {
    return QStringLiteral("strftime('%Y-%m', %1)").arg(value);
}

QString SqliteDialect::quarterBucket(const QString &value) const {
    return QStringLiteral("strftime('%Y', %1) || '-Q' || ((CAST(strftime('%m', %1) AS INTEGER) + "
                          "2) / 3)")
        .arg(value);
}

QString SqliteDialect::yearBucket(const QString &value) const {
    return QStringLiteral("strftime('%Y', %1)").arg(value);
}

QString SqliteDialect::wallClock(const QString &value, const QString &zone) const {
    return QStringLiteral("tl_wall_clock(%1, %2)").arg(value, zone); // WallClockFunction
}

QString SqliteDialect::containsTerm(const QString &text, const QString &term,
                                    const QString &strip) const {
    return QStringLiteral("tl_contains_term(%1, %2, %3)").arg(text, term, strip); // TextFunctions
}

QString SqliteDialect::wordCount(const QString &text) const {
    return QStringLiteral("tl_word_count(%1)").arg(text);
}

QString SqliteDialect::jsonExtract(const QString &value, const QString &path) const {
    return QStringLiteral("json_extract(%1, %2)").arg(value, path);
}

QString SqliteDialect::toReal(const QString &value) const {
    return QStringLiteral("CAST(%1 AS REAL)").arg(value);
}

QString SqliteDialect::toText(const QString &value) const {
    return QStringLiteral("CAST(%1 AS TEXT)").arg(value);
}

QString SqliteDialect::floorOf(const QString &value) const {
    // floor() needs SQLite's math functions, which not every build has.
    return QStringLiteral("(CAST(%1 AS INTEGER) - (%1 < CAST(%1 AS INTEGER)))").arg(value);
}

QString SqliteDialect::prefix(const QString &value, int length) const {
    return QStringLiteral("substr(%1, 1, %2)").arg(value).arg(length);
}

QString SqliteDialect::inJsonList(const QString &value) const {
    return QStringLiteral("%1 IN (%2)").arg(value, jsonListValues(QStringLiteral("?")));
}

QString SqliteDialect::jsonListValues(const QString &list) const {
    return QStringLiteral("SELECT value FROM json_each(%1)").arg(list);
}

} // namespace tl

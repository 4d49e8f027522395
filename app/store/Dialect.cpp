#include "Dialect.h"

#include <QJsonDocument>
#include <QStringList>

namespace tl {

QVariant Dialect::listBinding(const QJsonArray &values) const {
    return QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
}

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

namespace tl {

QString PostgresDialect::quoteTable(const QString &table) const {
    const qsizetype dot = table.indexOf(u'.');
    if (dot <= 0)
        return quoteIdentifier(table);
    return quoteIdentifier(table.left(dot)) + u'.' + quoteIdentifier(table.mid(dot + 1));
}

QString PostgresDialect::quantile(double p, const QString &value) const {
    // Redshift has it too; several in one query must order by the same value, as here.
    return QStringLiteral("percentile_cont(%1) WITHIN GROUP (ORDER BY %2)").arg(p).arg(value);
}

QString PostgresDialect::storageType(ColumnType type) const {
    switch (type) {
    case ColumnType::Integer:
        return QStringLiteral("bigint");
    case ColumnType::Boolean:
        return QStringLiteral("boolean");
    case ColumnType::Real:
        return QStringLiteral("double precision");
    case ColumnType::Date:
        return QStringLiteral("date");
    case ColumnType::Timestamp:
        return QStringLiteral("timestamptz");
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::Json:
        return QStringLiteral("jsonb"); // Redshift: SUPER
    }
    return QStringLiteral("text");
}

QString PostgresDialect::datePart(const QString &part, const QString &value) const {
    // The part is one of four fixed words, never user text.
    const QString field = part == QLatin1String("year")    ? QStringLiteral("year")
                          : part == QLatin1String("month") ? QStringLiteral("month")
                          : part == QLatin1String("day")   ? QStringLiteral("day")
                                                           : QStringLiteral("hour");
    // A date has no hour to PostgreSQL; as a timestamp it is midnight, as SQLite reads it.
    return QStringLiteral("CAST(extract(%1 FROM CAST(%2 AS timestamp)) AS integer)")
        .arg(field, value);
}

QString PostgresDialect::minuteBucket(const QString &value) const {
    return QStringLiteral("to_char(%1, 'YYYY-MM-DD HH24:MI')").arg(value);
}

QString PostgresDialect::hourBucket(const QString &value) const {
    return QStringLiteral("to_char(%1, 'YYYY-MM-DD HH24:00')").arg(value);
}

QString PostgresDialect::dayBucket(const QString &value) const {
    return QStringLiteral("to_char(%1, 'YYYY-MM-DD')").arg(value);
}

QString PostgresDialect::tenDayBucket(const QString &value) const {
    // Days 1–10, 11–20 and 21 to the month's end, as SqliteDialect.
    return QStringLiteral("to_char(%1, 'YYYY-MM-') || CASE WHEN extract(day FROM %1) <= 10 THEN "
                          "'01' WHEN extract(day FROM %1) <= 20 THEN '11' ELSE '21' END")
        .arg(value);
}

QString PostgresDialect::weekBucket(const QString &value) const {
    // date_trunc('week') is the ISO week's Monday. The cast keeps a date from being read as
    // a timestamptz in the session's zone.
    return QStringLiteral("to_char(date_trunc('week', CAST(%1 AS timestamp)), 'YYYY-MM-DD')")
        .arg(value);
}

QString PostgresDialect::monthBucket(const QString &value) const {
    return QStringLiteral("to_char(%1, 'YYYY-MM')").arg(value);
}

QString PostgresDialect::quarterBucket(const QString &value) const {
    return QStringLiteral("to_char(%1, 'YYYY-\"Q\"Q')").arg(value);
}

QString PostgresDialect::yearBucket(const QString &value) const {
    return QStringLiteral("to_char(%1, 'YYYY')").arg(value);
}

QString PostgresDialect::wallClock(const QString &value, const QString &zone) const {
    // A timestamptz AT TIME ZONE an IANA id is that zone's wall-clock time (Redshift: the
    // same, or CONVERT_TIMEZONE).
    return QStringLiteral("(%1 AT TIME ZONE CAST(%2 AS text))").arg(value, zone);
}

QString PostgresDialect::jsonExtract(const QString &value, const QString &path) const {
    // '$.a.b' is a jsonpath as it is; #>> '{}' makes the found value text, as json_extract's
    // scalars are. An array or object found prints with spaces after commas, as jsonb does,
    // where SQLite's has none (Redshift: json_extract_path_text).
    return QStringLiteral("(jsonb_path_query_first(CAST(%1 AS jsonb), CAST(%2 AS jsonpath)) "
                          "#>> '{}')")
        .arg(value, path);
}

QString PostgresDialect::containsTerm(const QString &text, const QString &term,
                                      const QString &strip) const {
    // The server has no Trendlens tokenizer: a term is found as a whole word, case-blind, and
    // Korean particles are not stripped (`strip` has no effect here).
    Q_UNUSED(strip);
    return QStringLiteral("CASE WHEN regexp_split_to_array(lower(%1), '[^[:alnum:]_#@]+') @> "
                          "ARRAY[lower(CAST(%2 AS text))] THEN 1 ELSE 0 END")
        .arg(text, term);
}

QString PostgresDialect::wordCount(const QString &text) const {
    return QStringLiteral("coalesce(array_length(regexp_split_to_array(btrim(%1), '\\s+'), 1), 0)")
        .arg(text);
}

QString PostgresDialect::toReal(const QString &value) const {
    return QStringLiteral("CAST(%1 AS double precision)").arg(value);
}

QString PostgresDialect::toText(const QString &value) const {
    return QStringLiteral("CAST(%1 AS text)").arg(value);
}

QString PostgresDialect::floorOf(const QString &value) const {
    return QStringLiteral("floor(%1)").arg(value);
}

QString PostgresDialect::prefix(const QString &value, int length) const {
    // A date or timestamp prefix is of its ISO text (DateStyle ISO, the default), as SQLite's.
    return QStringLiteral("substr(CAST(%1 AS text), 1, %2)").arg(value).arg(length);
}

QString PostgresDialect::inJsonList(const QString &value) const {
    // The list's elements come out as text: the value is compared as text too, as numbers
    // and dates print the same in both (Redshift has no json_array_elements_text).
    return QStringLiteral("CAST(%1 AS text) IN (%2)")
        .arg(value, jsonListValues(QStringLiteral("?")));
}

QString PostgresDialect::jsonListValues(const QString &list) const {
    return QStringLiteral("SELECT value FROM json_array_elements_text(CAST(%1 AS json))").arg(list);
}

} // namespace tl

namespace tl {

namespace {

// A date, a DateTime, or a text in their form, as a DateTime in its own zone (a Date is its
// midnight), which every bucket below reads.
QString asDateTime(const QString &value) {
    return QStringLiteral("toDateTime(%1)").arg(value);
}

// Its text, 'YYYY-MM-DD HH:MM:SS' in its own zone. Buckets are cut from this text, not made
// by formatDateTime, which in 18.16 formats every DateTime in the server's zone.
QString dateTimeText(const QString &value, int length) {
    return QStringLiteral("substring(toString(%1), 1, %2)").arg(asDateTime(value)).arg(length);
}

} // namespace

QString ClickHouseDialect::textLiteral(const QString &text) {
    QString escaped = text;
    escaped.replace(u'\\', QLatin1String("\\\\")).replace(u'\'', QLatin1String("\\'"));
    return u'\'' + escaped + u'\'';
}

QString ClickHouseDialect::quoteIdentifier(const QString &identifier) const {
    QString quoted = identifier;
    quoted.replace(u'\\', QLatin1String("\\\\")).replace(u'`', QLatin1String("\\`"));
    return u'`' + quoted + u'`';
}

QString ClickHouseDialect::quoteTable(const QString &table) const {
    const qsizetype dot = table.indexOf(u'.');
    if (dot <= 0)
        return quoteIdentifier(table);
    return quoteIdentifier(table.left(dot)) + u'.' + quoteIdentifier(table.mid(dot + 1));
}

QString ClickHouseDialect::storageType(ColumnType type) const {
    switch (type) {
    case ColumnType::Integer:
        return QStringLiteral("Int64");
    case ColumnType::Boolean:
        return QStringLiteral("UInt8");
    case ColumnType::Real:
        return QStringLiteral("Float64");
    case ColumnType::Date:
        return QStringLiteral("Date");
    case ColumnType::Timestamp:
        return QStringLiteral("DateTime('UTC')"); // whole seconds: 18.16 has no DateTime64
    case ColumnType::Text:
    case ColumnType::Json:
        return QStringLiteral("String");
    }
    return QStringLiteral("String");
}

QString ClickHouseDialect::datePart(const QString &part, const QString &value) const {
    const char *function = part == QLatin1String("year")    ? "toYear"
                           : part == QLatin1String("month") ? "toMonth"
                           : part == QLatin1String("day")   ? "toDayOfMonth"
                                                            : "toHour";
    return QStringLiteral("%1(%2)").arg(QLatin1String(function), asDateTime(value));
}

QString ClickHouseDialect::minuteBucket(const QString &value) const {
    return dateTimeText(value, 16);
}

QString ClickHouseDialect::hourBucket(const QString &value) const {
    return QStringLiteral("concat(%1, ':00')").arg(dateTimeText(value, 13));
}

QString ClickHouseDialect::dayBucket(const QString &value) const {
    return dateTimeText(value, 10);
}

QString ClickHouseDialect::tenDayBucket(const QString &value) const {
    return QStringLiteral("concat(%1, multiIf(toDayOfMonth(%2) <= 10, '01', toDayOfMonth(%2) <= "
                          "20, '11', '21'))")
        .arg(dateTimeText(value, 8), asDateTime(value));
}

QString ClickHouseDialect::weekBucket(const QString &value) const {
    return QStringLiteral("toString(toMonday(%1))").arg(asDateTime(value));
}

QString ClickHouseDialect::monthBucket(const QString &value) const {
    return dateTimeText(value, 7);
}

QString ClickHouseDialect::quarterBucket(const QString &value) const {
    return QStringLiteral("concat(toString(toYear(%1)), '-Q', toString(toQuarter(%1)))")
        .arg(asDateTime(value));
}

QString ClickHouseDialect::yearBucket(const QString &value) const {
    return QStringLiteral("toString(toYear(%1))").arg(asDateTime(value));
}

QString ClickHouseDialect::wallClock(const QString &value, const QString &zone) const {
    // The same instant shown in the zone: its text and every bucket follow that zone's clock.
    return QStringLiteral("toTimeZone(%1, %2)").arg(value, zone);
}

QString ClickHouseDialect::jsonExtract(const QString &value, const QString &path) const {
    // `path` is the builder's own literal, '$.a.b' (see jsonAt for a person's path).
    QString text = path;
    if (text.size() >= 2 && text.startsWith(u'\'') && text.endsWith(u'\''))
        text = text.mid(1, text.size() - 2).replace(QLatin1String("\\'"), QLatin1String("'"));
    return jsonAt(value, text).first;
}

std::pair<QString, QVariantList> ClickHouseDialect::jsonAt(const QString &value,
                                                           const QString &path) const {
    if (!path.startsWith(QLatin1String("$.")) || path.contains(u'['))
        return {QStringLiteral("CAST(NULL AS Nullable(String))"), {}};
    QString raw = QStringLiteral("toString(%1)").arg(value);
    for (const QString &key : path.mid(2).split(u'.'))
        raw = QStringLiteral("visitParamExtractRaw(%1, %2)").arg(raw, textLiteral(key));
    // The raw value keeps the spaces around it; a string loses its quotes and escapes, a
    // JSON null (or no such key) is NULL, anything else is its JSON text.
    const QString trimmed = QStringLiteral("replaceRegexpAll(%1, '^\\\\s+|\\\\s+$', '')").arg(raw);
    return {QStringLiteral("multiIf(empty(%1) OR %1 = 'null', NULL, startsWith(%1, '\"'), "
                           "visitParamExtractString(concat('{\"v\":', %1, '}'), 'v'), %1)")
                .arg(trimmed),
            {}};
}

QString ClickHouseDialect::containsTerm(const QString &text, const QString &term,
                                        const QString &strip) const {
    // As on PostgreSQL: a whole word, case-blind, no Korean particles stripped.
    Q_UNUSED(strip);
    return QStringLiteral("has(extractAll(lowerUTF8(toString(%1)), '[\\\\pL\\\\pN_#@]+'), "
                          "lowerUTF8(toString(%2)))")
        .arg(text, term);
}

QString ClickHouseDialect::wordCount(const QString &text) const {
    return QStringLiteral("length(extractAll(toString(%1), '\\\\S+'))").arg(text);
}

QString ClickHouseDialect::toReal(const QString &value) const {
    return QStringLiteral("toFloat64(%1)").arg(value);
}

QString ClickHouseDialect::toText(const QString &value) const {
    return QStringLiteral("toString(%1)").arg(value);
}

QString ClickHouseDialect::floorOf(const QString &value) const {
    return QStringLiteral("floor(%1)").arg(value);
}

QString ClickHouseDialect::quantile(double p, const QString &value) const {
    // quantileExact picks one of the values (the upper middle for a median) and `median` is
    // an estimate: the group's sorted values are interpolated between the ranks around
    // p·(n−1) instead, as the other engines do. The same sorted array in each quantile of a
    // query is computed once (ClickHouse shares equal expressions).
    const QString sorted = QStringLiteral("arraySort(groupArray(toFloat64(%1)))").arg(value);
    const QString position = QStringLiteral("(%1 * (length(%2) - 1))").arg(p).arg(sorted);
    const QString lower = QStringLiteral("floor(%1)").arg(position);
    return QStringLiteral(
               "if(empty(%1), NULL, arrayElement(%1, toUInt64(%3) + 1) * (1 - (%2 - "
               "%3)) + arrayElement(%1, toUInt64(least(%3 + 2, toFloat64(length(%1))))) * (%2 - "
               "%3))")
        .arg(sorted, position, lower);
}

QString ClickHouseDialect::countDistinct(const QString &value) const {
    return QStringLiteral("uniqExact(%1)").arg(value);
}

QString ClickHouseDialect::prefix(const QString &value, int length) const {
    return QStringLiteral("substringUTF8(toString(%1), 1, %2)").arg(value).arg(length);
}

QString ClickHouseDialect::inJsonList(const QString &value) const {
    // The list is bound as an array literal (listBinding).
    return QStringLiteral("has(?, toString(%1))").arg(value);
}

QString ClickHouseDialect::jsonListValues(const QString &list) const {
    // Only inJsonList and the round bins' widths use a list; ClickHouse binds the first as
    // an array and has its round bins chosen by the caller (roundBinsFromRange).
    return QStringLiteral("SELECT arrayJoin(%1) AS value").arg(list);
}

QVariant ClickHouseDialect::listBinding(const QJsonArray &values) const {
    // Each element as the text toString() gives its value: numbers as "5", "2.5".
    QStringList texts;
    for (const QJsonValue &v : values)
        texts.append(v.isString() ? v.toString() : v.toVariant().toString());
    return texts;
}

QString ClickHouseDialect::likeEscaped(const QString &value) const {
    return QStringLiteral("like(%1, ?)").arg(value); // a backslash escapes; 18.16 has no ESCAPE
}

QString ClickHouseDialect::columnValue(const QString &quoted, ColumnType type) const {
    // A DateTime shows in its column's (or the server's) zone; the stored form is UTC.
    if (type == ColumnType::Timestamp)
        return QStringLiteral("toTimeZone(%1, 'UTC')").arg(quoted);
    return quoted;
}

} // namespace tl

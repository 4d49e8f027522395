#pragma once

#include "core/ColumnType.h"

#include <QJsonArray>
#include <QString>
#include <QVariant>

namespace tl {

// The SQL that differs between database engines. Everything that builds SQL asks the dialect
// how to spell identifiers and types, so the same query code targets SQLite and PostgreSQL.
class Dialect {
public:
    virtual ~Dialect() = default;

    virtual QString name() const = 0;
    // Quotes an identifier (a dataset or column name as the user wrote it, Korean included).
    virtual QString quoteIdentifier(const QString &identifier) const;
    // Quotes a dataset's table: one name here, "schema.table" on a server.
    virtual QString quoteTable(const QString &table) const { return quoteIdentifier(table); }
    // The declared storage type of a column of this logical type.
    virtual QString storageType(ColumnType type) const = 0;

    // Functions the analysis layer compiles to. Arguments are SQL expressions; dates are
    // stored as 'YYYY-MM-DD' and timestamps as 'YYYY-MM-DD HH:MM:SS[.mmm]' (UTC).
    virtual QString datePart(const QString &part,
                             const QString &value) const = 0;      // year month day hour
    virtual QString minuteBucket(const QString &value) const = 0;  // 'YYYY-MM-DD HH:MM'
    virtual QString hourBucket(const QString &value) const = 0;    // 'YYYY-MM-DD HH:00'
    virtual QString dayBucket(const QString &value) const = 0;     // 'YYYY-MM-DD'
    virtual QString tenDayBucket(const QString &value) const = 0;  // 1st, 11th or 21st of the month
    virtual QString weekBucket(const QString &value) const = 0;    // the ISO week's Monday
    virtual QString monthBucket(const QString &value) const = 0;   // 'YYYY-MM'
    virtual QString quarterBucket(const QString &value) const = 0; // 'YYYY-Qn'
    virtual QString yearBucket(const QString &value) const = 0;    // 'YYYY'
    // A timestamp as the wall-clock time of the zone bound to `zone` (an IANA id), in the
    // stored text form, so the bucket functions above work on it unchanged.
    virtual QString wallClock(const QString &value, const QString &zone) const = 0;
    virtual QString jsonExtract(const QString &value, const QString &path) const = 0;
    // json(value, "$.a.b") of the expression language: the path bound as a value, or, where
    // the engine needs it spelled in the SQL, as a literal. Returns the SQL and its bindings.
    virtual std::pair<QString, QVariantList> jsonAt(const QString &value,
                                                    const QString &path) const {
        return {jsonExtract(value, QStringLiteral("?")), {path}};
    }
    // 1 when `text` has the token `term` (text::Tokenizer; `strip` strips Korean particles),
    // and the count of a text's words (TextFunctions).
    virtual QString containsTerm(const QString &text, const QString &term,
                                 const QString &strip) const = 0;
    virtual QString wordCount(const QString &text) const = 0;
    virtual QString toReal(const QString &value) const = 0;
    virtual QString toText(const QString &value) const = 0;
    virtual QString floorOf(const QString &value) const = 0;
    // The p-quantile of `value` over a group, interpolated between the ranks around p·(n−1),
    // as an aggregate; empty when the engine has none, and the query builder ranks the rows
    // itself (a window function).
    virtual QString quantile(double p, const QString &value) const {
        Q_UNUSED(p);
        Q_UNUSED(value);
        return {};
    }
    // The number of distinct values of `value` over a group, exactly.
    virtual QString countDistinct(const QString &value) const {
        return QStringLiteral("count(DISTINCT %1)").arg(value);
    }
    // The first `length` characters of a text value.
    virtual QString prefix(const QString &value, int length) const = 0;
    // `value IN (the list)`, the list bound as one parameter holding a JSON array, so a list
    // of 100,000 values is one bound value, not 100,000 placeholders.
    virtual QString inJsonList(const QString &value) const = 0;
    // A subquery of one column, `value`: the elements of the JSON array `list` (an SQL
    // expression, usually a bound parameter).
    virtual QString jsonListValues(const QString &list) const = 0;
    // The value bound for inJsonList's list: the array as JSON text.
    virtual QVariant listBinding(const QJsonArray &values) const;
    // `value LIKE ?`, the pattern's % _ and \ escaped by a backslash.
    virtual QString likeEscaped(const QString &value) const {
        return QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(value);
    }
    // A stored column as the functions above read it: on a server whose timestamps show in
    // its own zone, as UTC.
    virtual QString columnValue(const QString &quoted, ColumnType type) const {
        Q_UNUSED(type);
        return quoted;
    }
    // Window functions (a share of a total): without them, the caller divides.
    virtual bool hasWindowFunctions() const { return true; }
    // A histogram's round bins chosen by the caller (NiceBins) from x's range, asked first,
    // rather than in the same query (the workspace's SQL, which the column engine is held to).
    virtual bool roundBinsFromRange() const { return false; }
};

class SqliteDialect final : public Dialect {
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    QString storageType(ColumnType type) const override;
    QString datePart(const QString &part, const QString &value) const override;
    QString minuteBucket(const QString &value) const override;
    QString hourBucket(const QString &value) const override;
    QString dayBucket(const QString &value) const override;
    QString tenDayBucket(const QString &value) const override;
    QString weekBucket(const QString &value) const override;
    QString monthBucket(const QString &value) const override;
    QString quarterBucket(const QString &value) const override;
    QString yearBucket(const QString &value) const override;
    QString wallClock(const QString &value, const QString &zone) const override;
    QString jsonExtract(const QString &value, const QString &path) const override;
    QString containsTerm(const QString &text, const QString &term,
                         const QString &strip) const override;
    QString wordCount(const QString &text) const override;
    QString toReal(const QString &value) const override;
    QString toText(const QString &value) const override;
    QString floorOf(const QString &value) const override;
    QString prefix(const QString &value, int length) const override;
    QString inJsonList(const QString &value) const override;
    QString jsonListValues(const QString &list) const override;
};

// PostgreSQL 15, and the SQL Redshift also accepts where it can (each difference is named
// where it is spelled). Dates are `date`, timestamps `timestamptz` read in a session whose
// TimeZone is UTC, so the buckets spell the same texts as SQLite's.
class PostgresDialect final : public Dialect {
public:
    QString name() const override { return QStringLiteral("postgresql"); }
    // A remote dataset's table is "schema.table" (RemoteCatalog): each part quoted.
    QString quoteTable(const QString &table) const override;
    QString storageType(ColumnType type) const override;
    QString datePart(const QString &part, const QString &value) const override;
    QString minuteBucket(const QString &value) const override;
    QString hourBucket(const QString &value) const override;
    QString dayBucket(const QString &value) const override;
    QString tenDayBucket(const QString &value) const override;
    QString weekBucket(const QString &value) const override;
    QString monthBucket(const QString &value) const override;
    QString quarterBucket(const QString &value) const override;
    QString yearBucket(const QString &value) const override;
    QString wallClock(const QString &value, const QString &zone) const override;
    QString jsonExtract(const QString &value, const QString &path) const override;
    QString containsTerm(const QString &text, const QString &term,
                         const QString &strip) const override;
    QString wordCount(const QString &text) const override;
    QString toReal(const QString &value) const override;
    QString toText(const QString &value) const override;
    QString floorOf(const QString &value) const override;
    QString quantile(double p, const QString &value) const override;
    QString prefix(const QString &value, int length) const override;
    QString inJsonList(const QString &value) const override;
    QString jsonListValues(const QString &list) const override;
    // Choosing them in SQL reads the rows twice in one query, with `labeled` materialized:
    // 1.48 s for a 1 M-row histogram against 0.42 s asked in two.
    bool roundBinsFromRange() const override { return true; }
};

// ClickHouse 18.16 (Debian 12's) over its HTTP interface. Its Date and DateTime columns are
// read as UTC text, its Nullable columns as NULL. Every function here exists in that version;
// what it lacks is named where it is worked around (common table expressions: ClickHouseEngine
// inlines them; window functions and correlated subqueries: the caller).
class ClickHouseDialect final : public Dialect {
public:
    QString name() const override { return QStringLiteral("clickhouse"); }
    // A string literal: backslash and quote escaped (its parser reads \ escapes).
    static QString textLiteral(const QString &text);
    QString quoteIdentifier(const QString &identifier) const override;
    // "database.table", or a table of the connection's database.
    QString quoteTable(const QString &table) const override;
    QString storageType(ColumnType type) const override;
    QString datePart(const QString &part, const QString &value) const override;
    QString minuteBucket(const QString &value) const override;
    QString hourBucket(const QString &value) const override;
    QString dayBucket(const QString &value) const override;
    QString tenDayBucket(const QString &value) const override;
    QString weekBucket(const QString &value) const override;
    QString monthBucket(const QString &value) const override;
    QString quarterBucket(const QString &value) const override;
    QString yearBucket(const QString &value) const override;
    QString wallClock(const QString &value, const QString &zone) const override;
    // `path` is a string literal here ('$.a.b'): ClickHouse 18 has no JSON path function, so
    // each key is spelled in the SQL (visitParamExtractRaw, nested). That function finds a
    // key's first occurrence at any depth and reads no array index: "$.a[0]" is NULL.
    QString jsonExtract(const QString &value, const QString &path) const override;
    std::pair<QString, QVariantList> jsonAt(const QString &value,
                                            const QString &path) const override;
    QString containsTerm(const QString &text, const QString &term,
                         const QString &strip) const override;
    QString wordCount(const QString &text) const override;
    QString toReal(const QString &value) const override;
    QString toText(const QString &value) const override;
    QString floorOf(const QString &value) const override;
    QString quantile(double p, const QString &value) const override;
    // uniqExact by name: count(DISTINCT) follows the server's count_distinct_implementation,
    // which a team may have set to an estimate (uniq).
    QString countDistinct(const QString &value) const override;
    QString prefix(const QString &value, int length) const override;
    QString inJsonList(const QString &value) const override;
    QString jsonListValues(const QString &list) const override;
    QVariant listBinding(const QJsonArray &values) const override;
    QString likeEscaped(const QString &value) const override;
    QString columnValue(const QString &quoted, ColumnType type) const override;
    bool hasWindowFunctions() const override { return false; }
    // 18.16 has no correlated subqueries to choose them in SQL.
    bool roundBinsFromRange() const override { return true; }
};

} // namespace tl

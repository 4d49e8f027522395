#pragma once

#include <QVariant>

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>

namespace tl {

// One value as SQLite sees it, for the column engine's vector programs: NULL, INTEGER, REAL
// or TEXT. Dates and timestamps are TEXT in SQL; they travel as day numbers and epoch
// milliseconds (Day, Ms) and compare as their text would, since 'YYYY-MM-DD…' sorts as time.
struct SqlValue {
    enum class Type : std::uint8_t { Null, Integer, Real, Text, Day, Ms };
    union {
        std::int64_t i;
        double r;
        const char *text;
    };
    std::uint32_t length;
    Type type;

    SqlValue()
        : i(0)
        , length(0)
        , type(Type::Null) {}
    static SqlValue null() { return {}; }
    static SqlValue integer(std::int64_t v) {
        SqlValue s;
        s.type = Type::Integer;
        s.i = v;
        return s;
    }
    static SqlValue real(double v) {
        SqlValue s;
        s.type = Type::Real;
        s.r = v;
        return s;
    }
    static SqlValue string(std::string_view v) {
        SqlValue s;
        s.type = Type::Text;
        s.text = v.data();
        s.length = std::uint32_t(v.size());
        return s;
    }
    static SqlValue temporal(Type type, std::int64_t v) {
        SqlValue s;
        s.type = type;
        s.i = v;
        return s;
    }

    bool isNull() const { return type == Type::Null; }
    bool isNumber() const { return type == Type::Integer || type == Type::Real; }
    bool isText() const { return type == Type::Text || type == Type::Day || type == Type::Ms; }
    double toReal() const { return type == Type::Integer ? double(i) : r; }
};

// Text the programs make (lower(), numbers as text), kept at stable addresses.
class TextArena {
public:
    std::string_view keep(std::string text) {
        m_texts.push_back(std::move(text));
        return m_texts.back();
    }

private:
    std::deque<std::string> m_texts;
};

// SQLite's rules, as the column engine needs them to give the same answers as SQL.
namespace sqlrules {

// Column affinity of an operand: only plain column references have one.
enum class Affinity : std::uint8_t { None, Numeric, Text };

// A TEXT value as it reads after NUMERIC affinity: a well-formed number becomes one.
SqlValue numericAffinity(const SqlValue &value);
// Numbers as SQLite writes them as text ("%!.15g" for reals; 8.0 → "8.0").
std::string numberText(const SqlValue &value);
// The value as text (dates and timestamps in their stored form); numbers via numberText.
std::string_view textOf(const SqlValue &value, std::string &buffer);
// The comparison of SQL: NULL when either side is NULL (nullopt), else <0, 0, >0, after the
// affinities of the operands are applied.
std::optional<int> compare(SqlValue a, Affinity aff, SqlValue b, Affinity bff);
// The order of ORDER BY and min()/max(): NULL, numbers, texts.
int order(const SqlValue &a, const SqlValue &b);
// The truth of a value in WHERE, CASE, AND, OR: NULL is unknown (nullopt).
std::optional<bool> truth(const SqlValue &value);
// sqlite3_value_double for TEXT: the longest numeric prefix, else 0.
double realPrefix(std::string_view text);
// What QSqlQuery would hand back for the value.
QVariant toVariant(const SqlValue &value);

} // namespace sqlrules

} // namespace tl

#pragma once

#include "analysis/SqlFragment.h"
#include "core/ColumnType.h"
#include "core/Status.h"
#include "store/Dialect.h"

#include <QStringList>
#include <QVariant>

#include <vector>

namespace tl {

// A parsed expression. Chains hold the operators of one precedence level left to right
// (`ops[i]` between `args[i]` and `args[i + 1]`); literals are qlonglong, double, QString or
// null; true and false are 1 and 0.
struct ExprNode {
    enum class Kind { Literal, Column, Negate, Not, Compare, Chain, Call };
    explicit ExprNode(Kind k = Kind::Literal)
        : kind(k) {}
    Kind kind;
    QVariant literal;
    Column column;    // Column: as the dataset spells it
    QStringList ops;  // Compare: one of = <> < <= > >=; Chain: OR AND + - * / %
    QString function; // Call: lower-case name; json's path always starts with '$'
    std::vector<ExprNode> args;
};

// Compiles the chart expression language to SQL through a Dialect. Small and safe by
// construction: a recursive-descent parser that knows the dataset's columns, a fixed set of
// functions, and literals that become bound values — user text never becomes SQL.
//
//   expr    := or
//   or      := and ("or" and)*
//   and     := not ("and" not)*
//   not     := "not" not | compare
//   compare := sum (("=" | "==" | "!=" | "<>" | "<" | "<=" | ">" | ">=") sum)?
//   sum     := product (("+" | "-") product)*
//   product := unary (("*" | "/" | "%") unary)*
//   unary   := "-" unary | primary
//   primary := number | "text" | 'text' | true | false | null | column | `any column`
//            | function "(" expr ("," expr)* ")" | "(" expr ")"
//   functions: length lower upper year month day hour abs round if(cond, a, b)
//              json(column, "$.path") coalesce(a, b, ...) word_count(text)
//              contains_term(text, "word") (as the terms chart splits text: "#파묘", "사랑")
//
// Example: if(character_level <= 61, "to be deleted", "kept"); length(character_name) = 2.
class ExpressionCompiler {
public:
    static constexpr int kMaxDepth = 64;
    // Operands (numbers, texts, columns, calls) in one expression: keeps the SQL it compiles
    // to within SQLite's expression depth and bound-parameter limits.
    static constexpr int kMaxTerms = 500;

    ExpressionCompiler(const Dialect &dialect, Columns columns)
        : m_dialect(dialect)
        , m_columns(std::move(columns)) {}

    // On failure the message names the position: "expression: at 12: unknown column 'lvl'".
    static Status parse(const QString &text, const Columns &columns, ExprNode &out);
    Status compile(const QString &text, SqlFragment &out) const;
    // A plain column reference, checked against the dataset.
    Status column(const QString &name, SqlFragment &out) const;
    // Timestamps are read as the wall-clock time of this zone (an IANA id; UTC when empty).
    void setZone(const QByteArray &zone) { m_zone = zone; }

private:
    const Dialect &m_dialect;
    Columns m_columns;
    QByteArray m_zone;
};

} // namespace tl

#include "VectorProgram.h"

#include <algorithm>
#include <array>
#include <functional>

#include "core/CivilTime.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdio>
#include <limits>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::VectorProgram", text);
}

using Type = SqlValue::Type;
using sqlrules::Affinity;

// The types an expression can take, as bits.
enum : unsigned { N = 1, I = 2, R = 4, T = 8, D = 16, M = 32, Numbers = N | I | R };

unsigned typesOf(ColumnEncoding encoding) {
    switch (encoding) {
    case ColumnEncoding::Integer:
        return N | I;
    case ColumnEncoding::Real:
        return N | R;
    case ColumnEncoding::Day:
        return N | D;
    case ColumnEncoding::EpochMs:
        return N | M;
    case ColumnEncoding::Dictionary:
        return N | T;
    default:
        return 0;
    }
}

// SQL's three-valued AND and OR over one row's operands: AND is false if any is false, else
// NULL if any is NULL, else true (OR the other way round).
class Connective {
public:
    explicit Connective(bool isAnd)
        : m_and(isAnd) {}
    void add(std::optional<bool> truth) {
        if (!truth)
            m_unknown = true;
        else if (*truth != m_and)
            m_decided = true;
    }
    std::optional<bool> result() const {
        if (m_decided)
            return !m_and;
        if (m_unknown)
            return std::nullopt;
        return m_and;
    }

private:
    bool m_and;
    bool m_decided = false;
    bool m_unknown = false;
};

bool overflowAdd(std::int64_t a, std::int64_t b, std::int64_t &out) {
    return __builtin_add_overflow(a, b, &out);
}
bool overflowSub(std::int64_t a, std::int64_t b, std::int64_t &out) {
    return __builtin_sub_overflow(a, b, &out);
}
bool overflowMul(std::int64_t a, std::int64_t b, std::int64_t &out) {
    return __builtin_mul_overflow(a, b, &out);
}

SqlValue arithmetic(QChar op, const SqlValue &a, const SqlValue &b) {
    if (a.isNull() || b.isNull())
        return SqlValue::null();
    if (op == u'/') {
        // The divisor was made real (CAST … AS REAL); a zero divisor gives NULL.
        const double d = b.toReal();
        if (d == 0.0)
            return SqlValue::null();
        return SqlValue::real(a.toReal() / d);
    }
    if (a.type == Type::Integer && b.type == Type::Integer) {
        std::int64_t r = 0;
        switch (op.unicode()) {
        case '+':
            if (!overflowAdd(a.i, b.i, r))
                return SqlValue::integer(r);
            break;
        case '-':
            if (!overflowSub(a.i, b.i, r))
                return SqlValue::integer(r);
            break;
        case '*':
            if (!overflowMul(a.i, b.i, r))
                return SqlValue::integer(r);
            break;
        case '%':
            if (b.i == 0)
                return SqlValue::null();
            return SqlValue::integer(b.i == -1 ? 0 : a.i % b.i);
        }
        // Integer overflow: SQLite goes on in floating point.
    }
    const double x = a.toReal(), y = b.toReal();
    switch (op.unicode()) {
    case '+':
        return SqlValue::real(x + y);
    case '-':
        return SqlValue::real(x - y);
    case '*':
        return SqlValue::real(x * y);
    case '%': {
        const auto ia = std::int64_t(x);
        auto ib = std::int64_t(y);
        if (ib == 0)
            return SqlValue::null();
        if (ib == -1)
            ib = 1;
        return SqlValue::real(double(ia % ib));
    }
    }
    return SqlValue::null();
}

// SQLite's length(): characters of text, of a number's text; NULL stays NULL.
SqlValue lengthOf(const SqlValue &v) {
    if (v.isNull())
        return v;
    std::string buffer;
    const std::string_view text = sqlrules::textOf(v, buffer);
    std::int64_t n = 0;
    for (const char c : text) {
        if (c == '\0')
            break;
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    }
    return SqlValue::integer(n);
}

// SQLite's built-in lower() and upper() change ASCII letters only.
SqlValue changeCase(const SqlValue &v, bool upper, TextArena &arena) {
    if (v.isNull())
        return v;
    std::string buffer;
    std::string text(sqlrules::textOf(v, buffer));
    for (char &c : text) {
        if (upper && c >= 'a' && c <= 'z')
            c = char(c - 32);
        else if (!upper && c >= 'A' && c <= 'Z')
            c = char(c + 32);
    }
    return SqlValue::string(arena.keep(std::move(text)));
}

double asReal(const SqlValue &v) {
    if (v.isNumber())
        return v.toReal();
    std::string buffer;
    return sqlrules::realPrefix(sqlrules::textOf(v, buffer));
}

SqlValue absOf(const SqlValue &v) {
    if (v.isNull())
        return v;
    if (v.type == Type::Integer)
        return v.i == std::numeric_limits<std::int64_t>::min()
                   ? SqlValue::real(std::fabs(double(v.i)))
                   : SqlValue::integer(v.i < 0 ? -v.i : v.i);
    return SqlValue::real(std::fabs(asReal(v)));
}

// SQLite's round(): half away from zero for 0 digits, else through "%.*f".
SqlValue roundOf(const SqlValue &v, const SqlValue *digits) {
    if (v.isNull() || (digits && digits->isNull()))
        return SqlValue::null();
    int n = 0;
    if (digits) {
        const double d = asReal(*digits);
        n = d > 30 ? 30 : d < 0 ? 0 : int(d);
    }
    double r = asReal(v);
    constexpr double kLargest = double(std::numeric_limits<std::int64_t>::max()) - 1;
    if (n == 0 && r >= 0 && r < kLargest)
        return SqlValue::real(double(std::int64_t(r + 0.5)));
    if (n == 0 && r < 0 && -r < kLargest)
        return SqlValue::real(-double(std::int64_t(-r + 0.5)));
    char buffer[400];
    std::snprintf(buffer, sizeof buffer, "%.*f", n, r);
    return SqlValue::real(std::strtod(buffer, nullptr));
}

SqlValue datePart(const QString &part, const SqlValue &v) {
    if (v.type != Type::Day && v.type != Type::Ms)
        return SqlValue::null();
    const std::int64_t day = v.type == Type::Day ? v.i : civil::dayOfMs(v.i);
    const civil::Date d = civil::civilFromDays(day);
    if (part == QLatin1String("year"))
        return SqlValue::integer(d.year);
    if (part == QLatin1String("month"))
        return SqlValue::integer(d.month);
    if (part == QLatin1String("day"))
        return SqlValue::integer(d.day);
    return SqlValue::integer(v.type == Type::Day ? 0 : (v.i - day * civil::kMsPerDay) / 3600000);
}

SqlValue literalValue(const QVariant &literal, TextArena &arena) {
    switch (literal.typeId()) {
    case QMetaType::LongLong:
        return SqlValue::integer(literal.toLongLong());
    case QMetaType::Double:
        return SqlValue::real(literal.toDouble());
    case QMetaType::QString:
        return SqlValue::string(arena.keep(literal.toString().toStdString()));
    default:
        return SqlValue::null();
    }
}

unsigned literalTypes(const QVariant &literal) {
    switch (literal.typeId()) {
    case QMetaType::LongLong:
        return I;
    case QMetaType::Double:
        return R;
    case QMetaType::QString:
        return T;
    default:
        return N;
    }
}

} // namespace

SqlValue VectorProgram::valueOf(const LoadedColumn &column, const ColumnChunk &chunk, int row) {
    if (chunk.isNull(row))
        return SqlValue::null();
    switch (column.encoding) {
    case ColumnEncoding::Integer:
        return SqlValue::integer(chunk.integerAt(row));
    case ColumnEncoding::Real:
        return SqlValue::real(chunk.reals()[row]);
    case ColumnEncoding::Day:
        return SqlValue::temporal(Type::Day, chunk.integerAt(row));
    case ColumnEncoding::EpochMs:
        return SqlValue::temporal(Type::Ms, chunk.integerAt(row));
    case ColumnEncoding::Dictionary:
        return SqlValue::string(column.dictionary->strings[chunk.codeAt(row)]);
    default:
        return SqlValue::null();
    }
}

VectorProgram::Node VectorProgram::build(const ExprNode &expr, const ColumnSnapshot &snapshot,
                                         unsigned &types, QString &reason) {
    Node node;
    node.expr = &expr;
    std::vector<unsigned> argTypes;
    for (const ExprNode &arg : expr.args) {
        unsigned t = 0;
        node.args.push_back(build(arg, snapshot, t, reason));
        argTypes.push_back(t);
    }
    if (!reason.isEmpty())
        return node;
    const auto need = [&](unsigned t, unsigned allowed, const QString &why) {
        if ((t & ~allowed) != 0 && reason.isEmpty())
            reason = why;
    };
    switch (expr.kind) {
    case ExprNode::Kind::Literal:
        types = literalTypes(expr.literal);
        break;
    case ExprNode::Kind::Column: {
        const auto found = snapshot.columns.constFind(expr.column.name);
        if (found == snapshot.columns.constEnd() || found->encoding == ColumnEncoding::None) {
            reason = tr("column '%1' %2")
                         .arg(expr.column.name, found == snapshot.columns.constEnd()
                                                    ? tr("is not loaded")
                                                    : found->reason);
            break;
        }
        node.column = &*found;
        types = typesOf(found->encoding);
        node.affinity =
            found->encoding == ColumnEncoding::Integer || found->encoding == ColumnEncoding::Real
                ? Affinity::Numeric
                : Affinity::Text;
        break;
    }
    case ExprNode::Kind::Negate:
        need(argTypes[0], Numbers, tr("'-' on text"));
        types = Numbers;
        break;
    case ExprNode::Kind::Not:
    case ExprNode::Kind::Compare:
        types = N | I;
        break;
    case ExprNode::Kind::Chain:
        if (expr.ops.front() == QLatin1String("AND") || expr.ops.front() == QLatin1String("OR")) {
            types = N | I;
            break;
        }
        for (unsigned t : argTypes)
            need(t, Numbers, tr("arithmetic on text or dates"));
        // A real operand or '/' makes a real; integers stay integers under '%' only (the
        // others can overflow into a real).
        if (expr.ops.contains(QStringLiteral("/")) ||
            std::any_of(argTypes.begin(), argTypes.end(),
                        [](unsigned t) { return (t & ~unsigned(N)) == R; }))
            types = N | R;
        else if (std::all_of(expr.ops.begin(), expr.ops.end(),
                             [](const QString &op) { return op == QLatin1String("%"); }) &&
                 std::all_of(argTypes.begin(), argTypes.end(),
                             [](unsigned t) { return (t & ~unsigned(N)) == I; }))
            types = N | I;
        else
            types = Numbers;
        break;
    case ExprNode::Kind::Call: {
        const QString &f = expr.function;
        if (f == QLatin1String("length")) {
            types = N | I;
        } else if (f == QLatin1String("lower") || f == QLatin1String("upper")) {
            types = N | T;
        } else if (f == QLatin1String("abs")) {
            types = Numbers;
        } else if (f == QLatin1String("round")) {
            types = N | R;
        } else if (f == QLatin1String("year") || f == QLatin1String("month") ||
                   f == QLatin1String("day") || f == QLatin1String("hour")) {
            need(argTypes[0], N | D | M, tr("%1() of a value that is not a date").arg(f));
            types = N | I;
        } else if (f == QLatin1String("if")) {
            types = argTypes[1] | argTypes[2];
        } else if (f == QLatin1String("coalesce")) {
            types = 0;
            for (unsigned t : argTypes)
                types |= t;
        } else {
            reason = tr("%1() is answered by SQL").arg(f);
        }
        break;
    }
    }
    return node;
}

VectorProgram VectorProgram::compile(const ExprNode &node, const ColumnSnapshot &snapshot,
                                     QString &reason) {
    VectorProgram program;
    unsigned types = 0;
    program.m_root = build(node, snapshot, types, reason);
    program.m_types = types;
    const std::function<void(Node &)> number = [&](Node &n) {
        n.slot = program.m_slots++;
        for (Node &arg : n.args)
            number(arg);
    };
    number(program.m_root);
    program.m_integerOnly = reason.isEmpty() && integerOnly(program.m_root);
    return program;
}

bool VectorProgram::integerOnly(const Node &node) {
    const ExprNode &expr = *node.expr;
    const auto all = [&] {
        return std::all_of(node.args.begin(), node.args.end(),
                           [](const Node &arg) { return integerOnly(arg); });
    };
    switch (expr.kind) {
    case ExprNode::Kind::Literal:
        return expr.literal.typeId() == QMetaType::LongLong;
    case ExprNode::Kind::Column:
        return node.column && node.column->encoding == ColumnEncoding::Integer;
    case ExprNode::Kind::Negate:
    case ExprNode::Kind::Not:
    case ExprNode::Kind::Compare:
        return all();
    case ExprNode::Kind::Chain:
        return std::all_of(expr.ops.begin(), expr.ops.end(),
                           [](const QString &op) { return op != QLatin1String("/"); }) &&
               all();
    case ExprNode::Kind::Call: {
        const QString &f = expr.function;
        if (f == QLatin1String("abs"))
            return all();
        const bool part = f == QLatin1String("year") || f == QLatin1String("month") ||
                          f == QLatin1String("day") || f == QLatin1String("hour");
        const Node &arg = node.args.front();
        return part && node.args.size() == 1 && arg.column &&
               arg.expr->kind == ExprNode::Kind::Column &&
               (arg.column->encoding == ColumnEncoding::Day ||
                arg.column->encoding == ColumnEncoding::EpochMs);
    }
    }
    return false;
}

bool VectorProgram::evalIntegers(const Node &node, int chunk, int rows, IntegerLane &out,
                                 Scratch &scratch) const {
    const auto n = std::size_t(rows);
    out.values.resize(n);
    out.nulls.assign(n, 0);
    std::int64_t *v = out.values.data();
    std::uint8_t *null = out.nulls.data();
    const ExprNode &expr = *node.expr;
    if (expr.kind == ExprNode::Kind::Literal) {
        std::fill(out.values.begin(), out.values.end(), expr.literal.toLongLong());
        return true;
    }
    if (expr.kind == ExprNode::Kind::Column ||
        (expr.kind == ExprNode::Kind::Call && node.args.front().column &&
         expr.function != QLatin1String("abs"))) {
        const LoadedColumn &column = *(node.column ? node.column : node.args.front().column);
        const ColumnChunk &c = *column.chunks[std::size_t(chunk)];
        const std::int64_t *in = c.integers(scratch.wide);
        for (std::size_t r = 0; r < n; ++r)
            null[r] = c.isNull(int(r));
        if (expr.kind == ExprNode::Kind::Column) {
            std::copy(in, in + n, v);
            return true;
        }
        // year(), month(), day(), hour() of a date or time.
        const QString &f = expr.function;
        const bool ms = column.encoding == ColumnEncoding::EpochMs;
        for (std::size_t r = 0; r < n; ++r) {
            if (null[r])
                continue;
            const std::int64_t day = ms ? civil::dayOfMs(in[r]) : in[r];
            if (f == QLatin1String("hour")) {
                v[r] = ms ? (in[r] - day * civil::kMsPerDay) / 3600000 : 0;
                continue;
            }
            const civil::Date d = civil::civilFromDays(day);
            v[r] = f == QLatin1String("year")    ? d.year
                   : f == QLatin1String("month") ? d.month
                                                 : d.day;
        }
        return true;
    }
    if (scratch.lanes.size() <= m_slots)
        scratch.lanes.resize(m_slots + 1);
    std::vector<const IntegerLane *> args(node.args.size());
    for (std::size_t i = 0; i < node.args.size(); ++i) {
        IntegerLane &lane = scratch.lanes[node.args[i].slot];
        if (!evalIntegers(node.args[i], chunk, rows, lane, scratch))
            return false;
        args[i] = &lane;
    }
    const IntegerLane &a = *args[0];
    switch (expr.kind) {
    case ExprNode::Kind::Negate:
        for (std::size_t r = 0; r < n; ++r) {
            null[r] = a.nulls[r];
            if (!null[r] && __builtin_sub_overflow(std::int64_t(0), a.values[r], &v[r]))
                return false;
        }
        return true;
    case ExprNode::Kind::Not:
        for (std::size_t r = 0; r < n; ++r) {
            null[r] = a.nulls[r];
            v[r] = a.values[r] == 0 ? 1 : 0;
        }
        return true;
    case ExprNode::Kind::Compare: {
        const IntegerLane &b = *args[1];
        const QString &op = expr.ops.front();
        const int code = op == QLatin1String("=")    ? 0
                         : op == QLatin1String("<>") ? 1
                         : op == QLatin1String("<")  ? 2
                         : op == QLatin1String("<=") ? 3
                         : op == QLatin1String(">")  ? 4
                                                     : 5;
        for (std::size_t r = 0; r < n; ++r) {
            null[r] = a.nulls[r] | b.nulls[r];
            const std::int64_t x = a.values[r], y = b.values[r];
            const bool t = code == 0   ? x == y
                           : code == 1 ? x != y
                           : code == 2 ? x < y
                           : code == 3 ? x <= y
                           : code == 4 ? x > y
                                       : x >= y;
            v[r] = t ? 1 : 0;
        }
        return true;
    }
    case ExprNode::Kind::Chain: {
        const bool isAnd = expr.ops.front() == QLatin1String("AND");
        if (isAnd || expr.ops.front() == QLatin1String("OR")) {
            for (std::size_t r = 0; r < n; ++r) {
                Connective connective(isAnd);
                for (const IntegerLane *arg : args)
                    connective.add(arg->nulls[r] ? std::nullopt
                                                 : std::optional(arg->values[r] != 0));
                const std::optional<bool> t = connective.result();
                null[r] = !t;
                v[r] = t.value_or(false) ? 1 : 0;
            }
            return true;
        }
        std::copy(a.values.begin(), a.values.end(), v);
        std::copy(a.nulls.begin(), a.nulls.end(), null);
        for (qsizetype i = 0; i < expr.ops.size(); ++i) {
            const IntegerLane &b = *args[std::size_t(i) + 1];
            const char op = char(expr.ops[i].front().unicode());
            for (std::size_t r = 0; r < n; ++r) {
                null[r] |= b.nulls[r];
                if (null[r])
                    continue;
                const std::int64_t y = b.values[r];
                bool overflow = false;
                switch (op) {
                case '+':
                    overflow = __builtin_add_overflow(v[r], y, &v[r]);
                    break;
                case '-':
                    overflow = __builtin_sub_overflow(v[r], y, &v[r]);
                    break;
                case '*':
                    overflow = __builtin_mul_overflow(v[r], y, &v[r]);
                    break;
                default: // '%': by zero is NULL, by -1 is 0
                    if (y == 0)
                        null[r] = 1;
                    else
                        v[r] = y == -1 ? 0 : v[r] % y;
                    break;
                }
                if (overflow)
                    return false;
            }
        }
        return true;
    }
    case ExprNode::Kind::Call: // abs()
        for (std::size_t r = 0; r < n; ++r) {
            null[r] = a.nulls[r];
            if (a.values[r] == std::numeric_limits<std::int64_t>::min() && !null[r])
                return false;
            v[r] = a.values[r] < 0 ? -a.values[r] : a.values[r];
        }
        return true;
    default:
        return false;
    }
}

void VectorProgram::eval(const Node &node, int chunk, int rows, std::vector<SqlValue> &out,
                         Scratch &scratch) const {
    TextArena &arena = scratch.arena;
    out.assign(std::size_t(rows), SqlValue::null());
    const ExprNode &expr = *node.expr;
    switch (expr.kind) {
    case ExprNode::Kind::Literal: {
        const SqlValue v = literalValue(expr.literal, arena);
        std::fill(out.begin(), out.end(), v);
        return;
    }
    case ExprNode::Kind::Column: {
        const ColumnChunk &c = *node.column->chunks[std::size_t(chunk)];
        for (int r = 0; r < rows; ++r)
            out[std::size_t(r)] = valueOf(*node.column, c, r);
        return;
    }
    default:
        break;
    }
    if (scratch.buffers.size() <= m_slots)
        scratch.buffers.resize(m_slots + 1);
    std::vector<const std::vector<SqlValue> *> argValues(node.args.size());
    for (std::size_t i = 0; i < node.args.size(); ++i) {
        std::vector<SqlValue> &buffer = scratch.buffers[node.args[i].slot];
        eval(node.args[i], chunk, rows, buffer, scratch);
        argValues[i] = &buffer;
    }
    const auto args = [&](std::size_t i) -> const std::vector<SqlValue> & { return *argValues[i]; };
    const auto n = std::size_t(rows);
    switch (expr.kind) {
    case ExprNode::Kind::Negate:
        for (std::size_t r = 0; r < n; ++r) {
            const SqlValue &v = args(0)[r];
            if (v.type == Type::Integer && v.i != std::numeric_limits<std::int64_t>::min())
                out[r] = SqlValue::integer(-v.i);
            else if (v.isNumber())
                out[r] = SqlValue::real(-v.toReal());
        }
        return;
    case ExprNode::Kind::Not:
        for (std::size_t r = 0; r < n; ++r) {
            const auto t = sqlrules::truth(args(0)[r]);
            if (t)
                out[r] = SqlValue::integer(*t ? 0 : 1);
        }
        return;
    case ExprNode::Kind::Compare: {
        // Which results of the three-way comparison (<, =, >) make the operator true.
        const QString &op = expr.ops.front();
        const std::array<bool, 3> truths =
            op == QLatin1String("=")    ? std::array{false, true, false}
            : op == QLatin1String("<>") ? std::array{true, false, true}
            : op == QLatin1String("<")  ? std::array{true, false, false}
            : op == QLatin1String("<=") ? std::array{true, true, false}
            : op == QLatin1String(">")  ? std::array{false, false, true}
                                        : std::array{false, true, true};
        const auto &left = args(0), &right = args(1);
        for (std::size_t r = 0; r < n; ++r) {
            const SqlValue &a = left[r], &b = right[r];
            int c;
            // Two integers or two reals take no affinity: compared here, the rest by the rules.
            if (a.type == Type::Integer && b.type == Type::Integer) {
                c = (a.i > b.i) - (a.i < b.i);
            } else if (a.type == Type::Real && b.type == Type::Real) {
                c = (a.r > b.r) - (a.r < b.r);
            } else {
                const auto general =
                    sqlrules::compare(a, node.args[0].affinity, b, node.args[1].affinity);
                if (!general)
                    continue;
                c = (*general > 0) - (*general < 0);
            }
            out[r] = SqlValue::integer(truths[std::size_t(c + 1)] ? 1 : 0);
        }
        return;
    }
    case ExprNode::Kind::Chain: {
        const bool isAnd = expr.ops.front() == QLatin1String("AND");
        if (isAnd || expr.ops.front() == QLatin1String("OR")) {
            for (std::size_t r = 0; r < n; ++r) {
                Connective connective(isAnd);
                for (const auto *arg : argValues) {
                    const SqlValue &v = (*arg)[r];
                    connective.add(v.type == Type::Integer ? std::optional(v.i != 0)
                                                           : sqlrules::truth(v));
                }
                if (const std::optional<bool> t = connective.result())
                    out[r] = SqlValue::integer(*t ? 1 : 0);
            }
            return;
        }
        for (std::size_t r = 0; r < n; ++r) {
            SqlValue acc = args(0)[r];
            for (qsizetype i = 0; i < expr.ops.size(); ++i)
                acc = arithmetic(expr.ops[i].front(), acc, args(std::size_t(i) + 1)[r]);
            out[r] = acc;
        }
        return;
    }
    case ExprNode::Kind::Call: {
        const QString &f = expr.function;
        for (std::size_t r = 0; r < n; ++r) {
            const SqlValue &a = args(0)[r];
            if (f == QLatin1String("length"))
                out[r] = lengthOf(a);
            else if (f == QLatin1String("lower") || f == QLatin1String("upper"))
                out[r] = changeCase(a, f == QLatin1String("upper"), arena);
            else if (f == QLatin1String("abs"))
                out[r] = absOf(a);
            else if (f == QLatin1String("round"))
                out[r] = roundOf(a, argValues.size() > 1 ? &args(1)[r] : nullptr);
            else if (f == QLatin1String("if"))
                out[r] = sqlrules::truth(a).value_or(false) ? args(1)[r] : args(2)[r];
            else if (f == QLatin1String("coalesce")) {
                for (const auto *arg : argValues) {
                    if (!(*arg)[r].isNull()) {
                        out[r] = (*arg)[r];
                        break;
                    }
                }
            } else {
                out[r] = datePart(f, a);
            }
        }
        return;
    }
    default:
        return;
    }
}

std::optional<SqlValue::Type> VectorProgram::resultType() const {
    switch (m_types & ~unsigned(N)) {
    case I:
        return Type::Integer;
    case R:
        return Type::Real;
    case T:
        return Type::Text;
    case D:
        return Type::Day;
    case M:
        return Type::Ms;
    default:
        return std::nullopt;
    }
}

bool VectorProgram::numeric() const {
    return (m_types & ~unsigned(Numbers)) == 0;
}

bool VectorProgram::runIntegers(int chunk, int rows, IntegerLane &out, Scratch &scratch) const {
    if (!m_integerOnly)
        return false;
    if (scratch.lanes.size() <= m_slots)
        scratch.lanes.resize(m_slots + 1);
    return evalIntegers(m_root, chunk, rows, out, scratch);
}

void VectorProgram::run(int chunk, int rows, std::vector<SqlValue> &out, Scratch &scratch) const {
    eval(m_root, chunk, rows, out, scratch);
}

void VectorProgram::filter(int chunk, int rows, std::vector<std::uint8_t> &keep,
                           Scratch &scratch) const {
    if (m_integerOnly) {
        if (scratch.lanes.size() <= m_slots)
            scratch.lanes.resize(m_slots + 1);
        IntegerLane &truth = scratch.lanes[m_slots]; // no node's slot
        if (evalIntegers(m_root, chunk, rows, truth, scratch)) {
            for (int r = 0; r < rows; ++r) {
                if (truth.nulls[std::size_t(r)] || truth.values[std::size_t(r)] == 0)
                    keep[std::size_t(r)] = 0;
            }
            return;
        }
    }
    if (scratch.buffers.size() <= m_slots)
        scratch.buffers.resize(m_slots + 1);
    std::vector<SqlValue> &values = scratch.buffers[m_slots]; // no node's slot
    eval(m_root, chunk, rows, values, scratch);
    for (int r = 0; r < rows; ++r) {
        if (keep[std::size_t(r)] && !sqlrules::truth(values[std::size_t(r)]).value_or(false))
            keep[std::size_t(r)] = 0;
    }
}

} // namespace tl

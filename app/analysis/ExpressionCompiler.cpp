#include "ExpressionCompiler.h"

#include <QCoreApplication>

namespace tl {

namespace {

enum class Token { End, Number, String, Name, QuotedName, Symbol };

struct Lexeme {
    Token kind = Token::End;
    QString text;
    qsizetype at = 0;
};

struct SyntaxError {
    qsizetype at;
    QString message;
};

// Splits the text into numbers, strings, names and symbols.
class Lexer {
public:
    explicit Lexer(const QString &text)
        : m_text(text) {}

    Lexeme next() {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
        Lexeme l;
        l.at = m_pos;
        if (m_pos >= m_text.size())
            return l;
        const QChar c = m_text[m_pos];
        if (c.isDigit() || (c == u'.' && m_pos + 1 < m_text.size() && m_text[m_pos + 1].isDigit()))
            return number(l);
        if (c == u'"' || c == u'\'')
            return string(l, c);
        if (c == u'`') {
            const qsizetype close = m_text.indexOf(u'`', m_pos + 1);
            if (close < 0)
                throw SyntaxError{m_pos,
                                  QCoreApplication::translate("tl::ExpressionCompiler",
                                                              "a `quoted column` never closes")};
            l.kind = Token::QuotedName;
            l.text = m_text.mid(m_pos + 1, close - m_pos - 1);
            m_pos = close + 1;
            return l;
        }
        if (c.isLetter() || c == u'_') {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && (m_text[m_pos].isLetterOrNumber() ||
                                             m_text[m_pos] == u'_' || m_text[m_pos] == u'.'))
                ++m_pos;
            l.kind = Token::Name;
            l.text = m_text.mid(start, m_pos - start);
            return l;
        }
        static const QStringList twoChar{QStringLiteral("<="), QStringLiteral(">="),
                                         QStringLiteral("!="), QStringLiteral("<>"),
                                         QStringLiteral("==")};
        const QString pair = m_text.mid(m_pos, 2);
        if (twoChar.contains(pair)) {
            l.kind = Token::Symbol;
            l.text = pair;
            m_pos += 2;
            return l;
        }
        if (QStringLiteral("()+-*/%=<>,").contains(c)) {
            l.kind = Token::Symbol;
            l.text = c;
            ++m_pos;
            return l;
        }
        throw SyntaxError{m_pos, QCoreApplication::translate("tl::ExpressionCompiler",
                                                             "unexpected character '%1'")
                                     .arg(c)};
    }

private:
    Lexeme number(Lexeme l) {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && (m_text[m_pos].isDigit() || m_text[m_pos] == u'.'))
            ++m_pos;
        if (m_pos < m_text.size() && (m_text[m_pos] == u'e' || m_text[m_pos] == u'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == u'+' || m_text[m_pos] == u'-'))
                ++m_pos;
            while (m_pos < m_text.size() && m_text[m_pos].isDigit())
                ++m_pos;
        }
        l.kind = Token::Number;
        l.text = m_text.mid(start, m_pos - start);
        return l;
    }

    Lexeme string(Lexeme l, QChar quote) {
        QString value;
        ++m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == quote) {
                // A doubled quote is the quote itself, as in SQL.
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == quote) {
                    value += quote;
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                l.kind = Token::String;
                l.text = value;
                return l;
            }
            if (c == u'\\' && m_pos + 1 < m_text.size()) {
                value += m_text[m_pos + 1];
                m_pos += 2;
                continue;
            }
            value += c;
            ++m_pos;
        }
        throw SyntaxError{l.at, QCoreApplication::translate("tl::ExpressionCompiler",
                                                            "a text literal never closes")};
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

class Parser {
public:
    Parser(const QString &text, const Columns &columns)
        : m_lexer(text)
        , m_columns(columns) {
        advance();
    }

    ExprNode parse() {
        ExprNode result = orExpr();
        if (m_current.kind != Token::End)
            throw SyntaxError{m_current.at, QCoreApplication::translate("tl::ExpressionCompiler",
                                                                        "unexpected '%1'")
                                                .arg(m_current.text)};
        return result;
    }

private:
    ExprNode columnRef(const QString &name, qsizetype at) const {
        for (const Column &c : m_columns) {
            if (c.name.compare(name, Qt::CaseInsensitive) == 0) {
                ExprNode node{ExprNode::Kind::Column};
                node.column = c;
                return node;
            }
        }
        throw SyntaxError{
            at,
            QCoreApplication::translate("tl::ExpressionCompiler", "unknown column '%1'").arg(name)};
    }

    void advance() { m_current = m_lexer.next(); }
    bool isSymbol(const char *symbol) const {
        return m_current.kind == Token::Symbol && m_current.text == QLatin1String(symbol);
    }
    bool isKeyword(const char *word) const {
        return m_current.kind == Token::Name &&
               m_current.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    void expect(const char *symbol) {
        if (!isSymbol(symbol))
            throw SyntaxError{m_current.at,
                              QCoreApplication::translate("tl::ExpressionCompiler", "expected '%1'")
                                  .arg(QLatin1String(symbol))};
        advance();
    }

    // Guards the recursion: "((((…" must not exhaust the stack.
    struct Depth {
        explicit Depth(Parser &p)
            : parser(p) {
            if (++parser.m_depth > ExpressionCompiler::kMaxDepth)
                throw SyntaxError{parser.m_current.at,
                                  QCoreApplication::translate("tl::ExpressionCompiler",
                                                              "the expression nests too deeply")};
        }
        ~Depth() { --parser.m_depth; }
        Parser &parser;
    };

    static ExprNode unaryNode(ExprNode::Kind kind, ExprNode operand) {
        ExprNode node{kind};
        node.args.push_back(std::move(operand));
        return node;
    }

    // Operators of one precedence level, left to right, kept as one flat chain: a long sum
    // does not nest deeper.
    struct Chain {
        ExprNode node{ExprNode::Kind::Chain};
        explicit Chain(ExprNode first) { node.args.push_back(std::move(first)); }
        void add(const QString &op, ExprNode right) {
            node.ops.append(op);
            node.args.push_back(std::move(right));
        }
        ExprNode done() {
            if (node.args.size() == 1)
                return std::move(node.args.front());
            return std::move(node);
        }
    };

    ExprNode orExpr() {
        Chain chain(andExpr());
        while (isKeyword("or")) {
            advance();
            chain.add(QStringLiteral("OR"), andExpr());
        }
        return chain.done();
    }

    ExprNode andExpr() {
        Chain chain(notExpr());
        while (isKeyword("and")) {
            advance();
            chain.add(QStringLiteral("AND"), notExpr());
        }
        return chain.done();
    }

    ExprNode notExpr() {
        const Depth depth(*this);
        if (isKeyword("not")) {
            advance();
            return unaryNode(ExprNode::Kind::Not, notExpr());
        }
        return compare();
    }

    ExprNode compare() {
        ExprNode left = sum();
        static const QStringList ops{
            QStringLiteral("="), QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<>"),
            QStringLiteral("<"), QStringLiteral("<="), QStringLiteral(">"),  QStringLiteral(">=")};
        if (m_current.kind == Token::Symbol && ops.contains(m_current.text)) {
            QString op = m_current.text;
            if (op == QLatin1String("=="))
                op = QStringLiteral("=");
            if (op == QLatin1String("!="))
                op = QStringLiteral("<>");
            advance();
            ExprNode node{ExprNode::Kind::Compare};
            node.ops = {op};
            node.args.push_back(std::move(left));
            node.args.push_back(sum());
            return node;
        }
        return left;
    }

    ExprNode sum() {
        Chain chain(product());
        while (isSymbol("+") || isSymbol("-")) {
            const QString op = m_current.text;
            advance();
            chain.add(op, product());
        }
        return chain.done();
    }

    ExprNode product() {
        Chain chain(unary());
        while (isSymbol("*") || isSymbol("/") || isSymbol("%")) {
            const QString op = m_current.text;
            advance();
            chain.add(op, unary());
        }
        return chain.done();
    }

    ExprNode unary() {
        const Depth depth(*this);
        if (isSymbol("-")) {
            advance();
            return unaryNode(ExprNode::Kind::Negate, unary());
        }
        return primary();
    }

    static ExprNode literal(QVariant value) {
        ExprNode node{ExprNode::Kind::Literal};
        node.literal = std::move(value);
        return node;
    }

    ExprNode primary() {
        const Lexeme token = m_current;
        if (++m_terms > ExpressionCompiler::kMaxTerms)
            throw SyntaxError{token.at, QCoreApplication::translate("tl::ExpressionCompiler",
                                                                    "the expression has more "
                                                                    "than %1 terms")
                                            .arg(ExpressionCompiler::kMaxTerms)};
        switch (token.kind) {
        case Token::End:
            throw SyntaxError{token.at, QCoreApplication::translate("tl::ExpressionCompiler",
                                                                    "the expression ends early")};
        case Token::Number: {
            advance();
            bool ok = false;
            const qlonglong integer = token.text.toLongLong(&ok);
            if (ok)
                return literal(integer);
            const double real = token.text.toDouble(&ok);
            if (!ok)
                throw SyntaxError{token.at, QCoreApplication::translate("tl::ExpressionCompiler",
                                                                        "'%1' is not a number")
                                                .arg(token.text)};
            return literal(real);
        }
        case Token::String:
            advance();
            return literal(token.text);
        case Token::QuotedName:
            advance();
            return columnRef(token.text, token.at);
        case Token::Symbol:
            if (isSymbol("(")) {
                const Depth depth(*this);
                advance();
                ExprNode inner = orExpr();
                expect(")");
                return inner;
            }
            throw SyntaxError{
                token.at, QCoreApplication::translate("tl::ExpressionCompiler", "unexpected '%1'")
                              .arg(token.text)};
        case Token::Name:
            break;
        }
        advance();
        const QString lower = token.text.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("false"))
            return literal(qlonglong(lower == QLatin1String("true") ? 1 : 0));
        if (lower == QLatin1String("null"))
            return literal(QVariant());
        if (isSymbol("("))
            return call(lower, token);
        return columnRef(token.text, token.at);
    }

    std::vector<ExprNode> arguments() {
        const Depth depth(*this);
        expect("(");
        std::vector<ExprNode> args;
        if (!isSymbol(")")) {
            args.push_back(orExpr());
            while (isSymbol(",")) {
                advance();
                args.push_back(orExpr());
            }
        }
        expect(")");
        return args;
    }

    ExprNode call(const QString &name, const Lexeme &token) {
        ExprNode node{ExprNode::Kind::Call};
        node.function = name;
        node.args = arguments();
        const int count = int(node.args.size());
        auto need = [&](int wanted) {
            if (count != wanted)
                throw SyntaxError{token.at, QCoreApplication::translate("tl::ExpressionCompiler",
                                                                        "%1() takes %n argument(s)",
                                                                        nullptr, wanted)
                                                .arg(name)};
        };
        static const QStringList unary{QStringLiteral("length"), QStringLiteral("lower"),
                                       QStringLiteral("upper"),  QStringLiteral("abs"),
                                       QStringLiteral("year"),   QStringLiteral("month"),
                                       QStringLiteral("day"),    QStringLiteral("hour")};
        if (unary.contains(name)) {
            need(1);
        } else if (name == QLatin1String("round")) {
            if (count != 1 && count != 2)
                throw SyntaxError{token.at,
                                  QCoreApplication::translate("tl::ExpressionCompiler",
                                                              "round() takes 1 or 2 arguments")};
        } else if (name == QLatin1String("if")) {
            need(3);
        } else if (name == QLatin1String("coalesce")) {
            if (count < 2 || count > 9)
                throw SyntaxError{token.at,
                                  QCoreApplication::translate("tl::ExpressionCompiler",
                                                              "coalesce() takes 2 to 9 arguments")};
        } else if (name == QLatin1String("word_count")) {
            need(1);
        } else if (name == QLatin1String("contains_term")) {
            need(2);
        } else if (name == QLatin1String("json")) {
            need(2);
            const ExprNode &path = node.args[1];
            if (path.kind != ExprNode::Kind::Literal || path.literal.typeId() != QMetaType::QString)
                throw SyntaxError{token.at,
                                  QCoreApplication::translate(
                                      "tl::ExpressionCompiler",
                                      "json() takes a column and a path in quotes, "
                                      "e.g. json(raw, \"$.data.public_metrics.like_count\")")};
            QString text = path.literal.toString();
            if (!text.startsWith(u'$'))
                node.args[1].literal = QString(QStringLiteral("$.") + text);
        } else {
            throw SyntaxError{token.at, QCoreApplication::translate("tl::ExpressionCompiler",
                                                                    "unknown function '%1'")
                                            .arg(name)};
        }
        return node;
    }

    Lexer m_lexer;
    const Columns &m_columns;
    Lexeme m_current;
    int m_depth = 0;
    int m_terms = 0;
};

// A column's value; a timestamp as the wall-clock time of the chart's zone, so buckets,
// filters and hour() follow that zone's days.
SqlFragment columnSql(const Column &column, const Dialect &dialect, const QByteArray &zone) {
    SqlFragment out{dialect.columnValue(dialect.quoteIdentifier(column.name), column.type), {}};
    if (column.type == ColumnType::Timestamp && !zone.isEmpty() && zone != "UTC")
        out = {dialect.wallClock(out.sql, QStringLiteral("?")), {QString::fromLatin1(zone)}};
    return out;
}

// The SQL of a parsed expression; every literal becomes a bound value.
class SqlEmitter {
public:
    SqlEmitter(const Dialect &dialect, const QByteArray &zone)
        : m_dialect(dialect)
        , m_zone(zone) {}

    SqlFragment emit(const ExprNode &node) const {
        switch (node.kind) {
        case ExprNode::Kind::Literal:
            if (node.literal.isNull())
                return {QStringLiteral("NULL"), {}};
            return {QStringLiteral("?"), {node.literal}};
        case ExprNode::Kind::Column:
            return columnSql(node.column, m_dialect, m_zone);
        case ExprNode::Kind::Negate:
            return wrap(QStringLiteral("(-%1)"), node.args);
        case ExprNode::Kind::Not:
            return wrap(QStringLiteral("(NOT %1)"), node.args);
        case ExprNode::Kind::Compare:
            return wrap(QStringLiteral("(%1 ") + node.ops.front() + QStringLiteral(" %2)"),
                        node.args);
        case ExprNode::Kind::Chain: {
            SqlFragment out{QStringLiteral("("), {}};
            out.append(emit(node.args.front()));
            for (qsizetype i = 0; i < node.ops.size(); ++i) {
                out.sql += u' ' + node.ops[i] + u' ';
                SqlFragment right = emit(node.args[std::size_t(i) + 1]);
                // Analysts mean 7 / 2 = 3.5, not SQL's integer division: a real divisor makes
                // the division real (in SQLite and PostgreSQL alike).
                if (node.ops[i] == QLatin1String("/"))
                    right.sql = m_dialect.toReal(right.sql);
                out.append(right);
            }
            out.sql += u')';
            return out;
        }
        case ExprNode::Kind::Call:
            return call(node);
        }
        return {};
    }

private:
    SqlFragment wrap(const QString &pattern, const std::vector<ExprNode> &args) const {
        // pattern uses %1, %2, … for the arguments; their bindings follow in order of use.
        SqlFragment out;
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            if (pattern[i] == u'%' && i + 1 < pattern.size() && pattern[i + 1].isDigit()) {
                out.append(emit(args[std::size_t(pattern[i + 1].digitValue() - 1)]));
                ++i;
                continue;
            }
            out.sql += pattern[i];
        }
        return out;
    }

    SqlFragment call(const ExprNode &node) const {
        const QString &name = node.function;
        if (name == QLatin1String("round"))
            return wrap(node.args.size() == 1 ? QStringLiteral("round(%1)")
                                              : QStringLiteral("round(%1, %2)"),
                        node.args);
        if (name == QLatin1String("year") || name == QLatin1String("month") ||
            name == QLatin1String("day") || name == QLatin1String("hour"))
            return wrap(m_dialect.datePart(name, QStringLiteral("%1")), node.args);
        if (name == QLatin1String("if"))
            return wrap(QStringLiteral("(CASE WHEN %1 THEN %2 ELSE %3 END)"), node.args);
        if (name == QLatin1String("coalesce")) {
            QStringList parts;
            for (std::size_t i = 1; i <= node.args.size(); ++i)
                parts.append(QStringLiteral("%%1").arg(i));
            return wrap(QStringLiteral("coalesce(") + parts.join(QStringLiteral(", ")) + u')',
                        node.args);
        }
        if (name == QLatin1String("word_count"))
            return wrap(m_dialect.wordCount(QStringLiteral("%1")), node.args);
        if (name == QLatin1String("contains_term"))
            return wrap(m_dialect.containsTerm(QStringLiteral("%1"), QStringLiteral("%2"),
                                               QStringLiteral("0")),
                        node.args);
        if (name == QLatin1String("json")) {
            const SqlFragment value = emit(node.args[0]);
            auto [sql, bindings] = m_dialect.jsonAt(value.sql, node.args[1].literal.toString());
            return {sql, value.bindings + bindings};
        }
        return wrap(name + QStringLiteral("(%1)"), node.args); // length lower upper abs
    }

    const Dialect &m_dialect;
    QByteArray m_zone;
};

} // namespace

Status ExpressionCompiler::parse(const QString &text, const Columns &columns, ExprNode &out) {
    try {
        out = Parser(text, columns).parse();
        return Status::success();
    } catch (const SyntaxError &error) {
        return Status::badInput(
            QCoreApplication::translate("tl::ExpressionCompiler", "expression '%1': at %2: %3")
                .arg(text)
                .arg(error.at + 1)
                .arg(error.message));
    }
}

Status ExpressionCompiler::compile(const QString &text, SqlFragment &out) const {
    ExprNode node;
    if (Status s = parse(text, m_columns, node); !s)
        return s;
    out = SqlEmitter(m_dialect, m_zone).emit(node);
    return Status::success();
}

Status ExpressionCompiler::column(const QString &name, SqlFragment &out) const {
    for (const Column &c : m_columns) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0) {
            out = columnSql(c, m_dialect, m_zone);
            return Status::success();
        }
    }
    return Status::badInput(
        QCoreApplication::translate("tl::ExpressionCompiler", "unknown column '%1'").arg(name));
}

} // namespace tl

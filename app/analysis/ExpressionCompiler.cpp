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
    Parser(const QString &text, const Dialect &dialect, const Columns &columns)
        : m_lexer(text)
        , m_dialect(dialect)
        , m_columns(columns) {
        advance();
    }

    SqlFragment parse() {
        SqlFragment result = orExpr();
        if (m_current.kind != Token::End)
            throw SyntaxError{m_current.at, QCoreApplication::translate("tl::ExpressionCompiler",
                                                                        "unexpected '%1'")
                                                .arg(m_current.text)};
        return result;
    }

    SqlFragment columnRef(const QString &name, qsizetype at) const {
        for (const Column &c : m_columns) {
            if (c.name.compare(name, Qt::CaseInsensitive) == 0)
                return {m_dialect.quoteIdentifier(c.name), {}};
        }
        throw SyntaxError{
            at,
            QCoreApplication::translate("tl::ExpressionCompiler", "unknown column '%1'").arg(name)};
    }

private:
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

    static SqlFragment binary(const SqlFragment &left, const QString &op,
                              const SqlFragment &right) {
        SqlFragment out{QStringLiteral("("), {}};
        out.append(left);
        out.sql += u' ' + op + u' ';
        out.append(right);
        out.sql += u')';
        return out;
    }

    // Operators of one precedence level, left to right, written as one flat SQL chain:
    // "(a + b + c)", not "((a + b) + c)", so a long sum does not nest SQL's parser deeper.
    struct Chain {
        SqlFragment sql;
        int operands = 1;
        void add(const QString &op, const SqlFragment &right) {
            sql.sql += u' ' + op + u' ';
            sql.append(right);
            ++operands;
        }
        SqlFragment done() {
            if (operands == 1)
                return std::move(sql);
            SqlFragment out{QStringLiteral("("), {}};
            out.append(sql);
            out.sql += u')';
            return out;
        }
    };

    SqlFragment orExpr() {
        Chain chain{andExpr()};
        while (isKeyword("or")) {
            advance();
            chain.add(QStringLiteral("OR"), andExpr());
        }
        return chain.done();
    }

    SqlFragment andExpr() {
        Chain chain{notExpr()};
        while (isKeyword("and")) {
            advance();
            chain.add(QStringLiteral("AND"), notExpr());
        }
        return chain.done();
    }

    SqlFragment notExpr() {
        const Depth depth(*this);
        if (isKeyword("not")) {
            advance();
            SqlFragment out{QStringLiteral("(NOT "), {}};
            out.append(notExpr());
            out.sql += u')';
            return out;
        }
        return compare();
    }

    SqlFragment compare() {
        SqlFragment left = sum();
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
            return binary(left, op, sum());
        }
        return left;
    }

    SqlFragment sum() {
        Chain chain{product()};
        while (isSymbol("+") || isSymbol("-")) {
            const QString op = m_current.text;
            advance();
            chain.add(op, product());
        }
        return chain.done();
    }

    SqlFragment product() {
        Chain chain{unary()};
        while (isSymbol("*") || isSymbol("/") || isSymbol("%")) {
            const QString op = m_current.text;
            advance();
            SqlFragment right = unary();
            // Analysts mean 7 / 2 = 3.5, not SQL's integer division: a real divisor makes the
            // division real (in SQLite and PostgreSQL alike).
            if (op == QLatin1String("/"))
                right = {m_dialect.toReal(right.sql), right.bindings};
            chain.add(op, right);
        }
        return chain.done();
    }

    SqlFragment unary() {
        const Depth depth(*this);
        if (isSymbol("-")) {
            advance();
            SqlFragment out{QStringLiteral("(-"), {}};
            out.append(unary());
            out.sql += u')';
            return out;
        }
        return primary();
    }

    SqlFragment primary() {
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
                return {QStringLiteral("?"), {integer}};
            const double real = token.text.toDouble(&ok);
            if (!ok)
                throw SyntaxError{token.at, QCoreApplication::translate("tl::ExpressionCompiler",
                                                                        "'%1' is not a number")
                                                .arg(token.text)};
            return {QStringLiteral("?"), {real}};
        }
        case Token::String:
            advance();
            return {QStringLiteral("?"), {token.text}};
        case Token::QuotedName:
            advance();
            return columnRef(token.text, token.at);
        case Token::Symbol:
            if (isSymbol("(")) {
                const Depth depth(*this);
                advance();
                SqlFragment inner = orExpr();
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
            return {QStringLiteral("?"), {lower == QLatin1String("true") ? 1 : 0}};
        if (lower == QLatin1String("null"))
            return {QStringLiteral("NULL"), {}};
        if (isSymbol("("))
            return call(lower, token);
        return columnRef(token.text, token.at);
    }

    QList<SqlFragment> arguments() {
        const Depth depth(*this);
        expect("(");
        QList<SqlFragment> args;
        if (!isSymbol(")")) {
            args.append(orExpr());
            while (isSymbol(",")) {
                advance();
                args.append(orExpr());
            }
        }
        expect(")");
        return args;
    }

    static SqlFragment wrap(const QString &pattern, const QList<SqlFragment> &args) {
        // pattern uses %1, %2, … for the arguments; their bindings follow in order of use.
        SqlFragment out;
        const QString &sql = pattern;
        for (qsizetype i = 0; i < sql.size(); ++i) {
            if (sql[i] == u'%' && i + 1 < sql.size() && sql[i + 1].isDigit()) {
                const int n = sql[i + 1].digitValue() - 1;
                out.sql += args[n].sql;
                out.bindings += args[n].bindings;
                ++i;
                continue;
            }
            out.sql += sql[i];
        }
        return out;
    }

    SqlFragment call(const QString &name, const Lexeme &token) {
        const QList<SqlFragment> args = arguments();
        auto need = [&](int count) {
            if (args.size() != count)
                throw SyntaxError{token.at, QCoreApplication::translate("tl::ExpressionCompiler",
                                                                        "%1() takes %n argument(s)",
                                                                        nullptr, count)
                                                .arg(name)};
        };
        if (name == QLatin1String("length") || name == QLatin1String("lower") ||
            name == QLatin1String("upper") || name == QLatin1String("abs")) {
            need(1);
            return wrap(name + QStringLiteral("(%1)"), args);
        }
        if (name == QLatin1String("round")) {
            if (args.size() != 1 && args.size() != 2)
                throw SyntaxError{token.at,
                                  QCoreApplication::translate("tl::ExpressionCompiler",
                                                              "round() takes 1 or 2 arguments")};
            return wrap(args.size() == 1 ? QStringLiteral("round(%1)")
                                         : QStringLiteral("round(%1, %2)"),
                        args);
        }
        if (name == QLatin1String("year") || name == QLatin1String("month") ||
            name == QLatin1String("day") || name == QLatin1String("hour")) {
            need(1);
            return wrap(m_dialect.datePart(name, QStringLiteral("%1")), args);
        }
        if (name == QLatin1String("if")) {
            need(3);
            return wrap(QStringLiteral("(CASE WHEN %1 THEN %2 ELSE %3 END)"), args);
        }
        if (name == QLatin1String("coalesce")) {
            if (args.size() < 2 || args.size() > 9)
                throw SyntaxError{token.at,
                                  QCoreApplication::translate("tl::ExpressionCompiler",
                                                              "coalesce() takes 2 to 9 arguments")};
            QStringList parts;
            for (int i = 1; i <= args.size(); ++i)
                parts.append(QStringLiteral("%%1").arg(i));
            return wrap(QStringLiteral("coalesce(") + parts.join(QStringLiteral(", ")) + u')',
                        args);
        }
        if (name == QLatin1String("json")) {
            need(2);
            if (args[1].sql != QLatin1String("?") ||
                args[1].bindings.value(0).typeId() != QMetaType::QString)
                throw SyntaxError{token.at,
                                  QCoreApplication::translate(
                                      "tl::ExpressionCompiler",
                                      "json() takes a column and a path in quotes, "
                                      "e.g. json(raw, \"$.data.public_metrics.like_count\")")};
            QString path = args[1].bindings.front().toString();
            if (!path.startsWith(u'$'))
                path = QStringLiteral("$.") + path;
            return {m_dialect.jsonExtract(args[0].sql, QStringLiteral("?")),
                    args[0].bindings + QVariantList{path}};
        }
        throw SyntaxError{
            token.at, QCoreApplication::translate("tl::ExpressionCompiler", "unknown function '%1'")
                          .arg(name)};
    }

    Lexer m_lexer;
    const Dialect &m_dialect;
    const Columns &m_columns;
    Lexeme m_current;
    int m_depth = 0;
    int m_terms = 0;
};

} // namespace

Status ExpressionCompiler::compile(const QString &text, SqlFragment &out) const {
    try {
        Parser parser(text, m_dialect, m_columns);
        out = parser.parse();
        return Status::success();
    } catch (const SyntaxError &error) {
        return Status::badInput(
            QCoreApplication::translate("tl::ExpressionCompiler", "expression '%1': at %2: %3")
                .arg(text)
                .arg(error.at + 1)
                .arg(error.message));
    }
}

Status ExpressionCompiler::column(const QString &name, SqlFragment &out) const {
    for (const Column &c : m_columns) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0) {
            out = {m_dialect.quoteIdentifier(c.name), {}};
            return Status::success();
        }
    }
    return Status::badInput(
        QCoreApplication::translate("tl::ExpressionCompiler", "unknown column '%1'").arg(name));
}

} // namespace tl

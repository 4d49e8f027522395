#include "SqlValue.h"

#include "core/CivilTime.h"

#include <sqlite3.h>

#include <cmath>
#include <cstdlib>
#include <cstring>

namespace tl::sqlrules {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// A well-formed SQL number, with spaces around allowed: [+-]digits[.digits][e[+-]digits].
bool parseNumber(std::string_view text, SqlValue &out) {
    std::size_t b = 0, e = text.size();
    while (b < e && isSpace(text[b]))
        ++b;
    while (e > b && isSpace(text[e - 1]))
        --e;
    if (b == e)
        return false;
    const std::string s(text.substr(b, e - b));
    std::size_t p = 0;
    if (s[p] == '+' || s[p] == '-')
        ++p;
    const std::size_t intStart = p;
    while (p < s.size() && s[p] >= '0' && s[p] <= '9')
        ++p;
    std::size_t digits = p - intStart;
    bool real = false;
    if (p < s.size() && s[p] == '.') {
        real = true;
        ++p;
        const std::size_t fracStart = p;
        while (p < s.size() && s[p] >= '0' && s[p] <= '9')
            ++p;
        digits += p - fracStart;
    }
    if (digits == 0)
        return false;
    if (p < s.size() && (s[p] == 'e' || s[p] == 'E')) {
        real = true;
        ++p;
        if (p < s.size() && (s[p] == '+' || s[p] == '-'))
            ++p;
        const std::size_t expStart = p;
        while (p < s.size() && s[p] >= '0' && s[p] <= '9')
            ++p;
        if (p == expStart)
            return false;
    }
    if (p != s.size())
        return false;
    if (!real) {
        errno = 0;
        char *end = nullptr;
        const long long v = std::strtoll(s.c_str(), &end, 10);
        if (errno == 0 && end == s.c_str() + s.size()) {
            out = SqlValue::integer(v);
            return true;
        }
    }
    out = SqlValue::real(std::strtod(s.c_str(), nullptr));
    return true;
}

int compareText(std::string_view a, std::string_view b) {
    const int c = std::memcmp(a.data(), b.data(), std::min(a.size(), b.size()));
    if (c != 0)
        return c;
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

int compareNumbers(const SqlValue &a, const SqlValue &b) {
    if (a.type == SqlValue::Type::Integer && b.type == SqlValue::Type::Integer)
        return a.i < b.i ? -1 : a.i > b.i ? 1 : 0;
    const double x = a.toReal(), y = b.toReal();
    return x < y ? -1 : x > y ? 1 : 0;
}

} // namespace

SqlValue numericAffinity(const SqlValue &value) {
    if (value.type != SqlValue::Type::Text)
        return value; // dates and timestamps never read as numbers
    SqlValue number;
    return parseNumber({value.text, value.length}, number) ? number : value;
}

std::string numberText(const SqlValue &value) {
    if (value.type == SqlValue::Type::Integer)
        return std::to_string(value.i);
    char buffer[64];
    sqlite3_snprintf(sizeof buffer, buffer, "%!.15g", value.r);
    return buffer;
}

std::string_view textOf(const SqlValue &value, std::string &buffer) {
    switch (value.type) {
    case SqlValue::Type::Text:
        return {value.text, value.length};
    case SqlValue::Type::Day:
        buffer.clear();
        civil::appendDate(buffer, value.i);
        return buffer;
    case SqlValue::Type::Ms:
        buffer.clear();
        civil::appendTimestamp(buffer, value.i);
        return buffer;
    case SqlValue::Type::Integer:
    case SqlValue::Type::Real:
        buffer = numberText(value);
        return buffer;
    case SqlValue::Type::Null:
        break;
    }
    return {};
}

int order(const SqlValue &a, const SqlValue &b) {
    const auto rank = [](const SqlValue &v) { return v.isNull() ? 0 : v.isNumber() ? 1 : 2; };
    const int ra = rank(a), rb = rank(b);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    if (ra == 0)
        return 0;
    if (ra == 1)
        return compareNumbers(a, b);
    if (a.type == b.type && a.type != SqlValue::Type::Text)
        return a.i < b.i ? -1 : a.i > b.i ? 1 : 0;
    std::string bufferA, bufferB;
    return compareText(textOf(a, bufferA), textOf(b, bufferB));
}

std::optional<int> compare(SqlValue a, Affinity aff, SqlValue b, Affinity bff) {
    if (a.isNull() || b.isNull())
        return std::nullopt;
    // A number that takes text affinity is compared as its text; `text` holds it meanwhile.
    std::string text;
    if (aff == Affinity::Numeric && bff != Affinity::Numeric) {
        b = numericAffinity(b);
    } else if (bff == Affinity::Numeric && aff != Affinity::Numeric) {
        a = numericAffinity(a);
    } else if (aff == Affinity::Text && bff == Affinity::None && b.isNumber()) {
        text = numberText(b);
        b = SqlValue::string(text);
    } else if (bff == Affinity::Text && aff == Affinity::None && a.isNumber()) {
        text = numberText(a);
        a = SqlValue::string(text);
    }
    return order(a, b);
}

double realPrefix(std::string_view text) {
    std::size_t b = 0;
    while (b < text.size() && isSpace(text[b]))
        ++b;
    // The longest prefix that strtod would take, limited to SQL's number syntax.
    std::size_t p = b;
    if (p < text.size() && (text[p] == '+' || text[p] == '-'))
        ++p;
    std::size_t digits = 0;
    while (p < text.size() && text[p] >= '0' && text[p] <= '9')
        ++p, ++digits;
    if (p < text.size() && text[p] == '.') {
        ++p;
        while (p < text.size() && text[p] >= '0' && text[p] <= '9')
            ++p, ++digits;
    }
    if (digits == 0)
        return 0;
    if (p < text.size() && (text[p] == 'e' || text[p] == 'E')) {
        std::size_t q = p + 1;
        if (q < text.size() && (text[q] == '+' || text[q] == '-'))
            ++q;
        if (q < text.size() && text[q] >= '0' && text[q] <= '9') {
            while (q < text.size() && text[q] >= '0' && text[q] <= '9')
                ++q;
            p = q;
        }
    }
    return std::strtod(std::string(text.substr(b, p - b)).c_str(), nullptr);
}

std::optional<bool> truth(const SqlValue &value) {
    switch (value.type) {
    case SqlValue::Type::Null:
        return std::nullopt;
    case SqlValue::Type::Integer:
        return value.i != 0;
    case SqlValue::Type::Real:
        return value.r != 0.0;
    case SqlValue::Type::Text:
        return realPrefix({value.text, value.length}) != 0.0;
    case SqlValue::Type::Day:
    case SqlValue::Type::Ms: {
        std::string buffer;
        return realPrefix(textOf(value, buffer)) != 0.0;
    }
    }
    return std::nullopt;
}

QVariant toVariant(const SqlValue &value) {
    switch (value.type) {
    case SqlValue::Type::Null:
        return {};
    case SqlValue::Type::Integer:
        return QVariant(qlonglong(value.i));
    case SqlValue::Type::Real:
        return QVariant(value.r);
    case SqlValue::Type::Text:
    case SqlValue::Type::Day:
    case SqlValue::Type::Ms: {
        std::string buffer;
        const std::string_view text = textOf(value, buffer);
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    }
    return {};
}

} // namespace tl::sqlrules

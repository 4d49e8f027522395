#include "JsonRecordParser.h"

#include "ingest/ByteScan.h"
#include "ingest/Utf8.h"

#include <cstring>

namespace tl {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

void appendUtf8(std::string &out, std::uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

const char *kindName(char c) {
    switch (c) {
    case '[':
        return "an array";
    case '"':
        return "a string";
    case 't':
    case 'f':
        return "a boolean";
    case 'n':
        return "null";
    default:
        return "a number";
    }
}

} // namespace

bool JsonRecordParser::parse(std::string_view json, Record &out, std::string &error,
                             std::size_t &errorOffset) {
    out.clear();
    m_begin = m_p = json.data();
    m_end = json.data() + json.size();
    m_out = &out;
    m_key.clear();
    try {
        skipWhitespace();
        if (m_p == m_end)
            fail("empty record");
        if (*m_p != '{')
            fail(std::string("expected an object, found ") + kindName(*m_p));
        parseObject(1, true);
        skipWhitespace();
        if (m_p != m_end)
            fail("unexpected text after the object");
    } catch (const Failure &failure) {
        error = failure.message;
        errorOffset = failure.offset;
        return false;
    }
    return true;
}

void JsonRecordParser::fail(const std::string &message) const {
    throw Failure{message, std::size_t(m_p - m_begin)};
}

void JsonRecordParser::skipWhitespace() {
    while (m_p < m_end && isSpace(*m_p))
        ++m_p;
}

void JsonRecordParser::expect(char c) {
    skipWhitespace();
    if (m_p == m_end)
        fail(std::string("the record ends early (expected '") + c + "')");
    if (*m_p != c)
        fail(std::string("expected '") + c + "'");
    ++m_p;
}

void JsonRecordParser::parseObject(int depth, bool topLevel) {
    if (depth > kMaxDepth)
        fail("nested deeper than " + std::to_string(kMaxDepth) + " levels");
    ++m_p; // '{'
    const std::size_t prefixLength = m_key.size();
    skipWhitespace();
    if (m_p < m_end && *m_p == '}') {
        ++m_p;
        return;
    }
    std::string name;
    for (;;) {
        skipWhitespace();
        if (m_p == m_end || *m_p != '"')
            fail("expected a key in quotes");
        name.clear();
        parseString(name);
        m_key.resize(prefixLength);
        if (!topLevel)
            m_key.push_back('.');
        m_key.append(name);
        expect(':');
        skipWhitespace();
        parseMemberValue(depth);
        skipWhitespace();
        if (m_p == m_end)
            fail("the record ends early (expected ',' or '}')");
        if (*m_p == ',') {
            ++m_p;
            continue;
        }
        if (*m_p == '}') {
            ++m_p;
            m_key.resize(prefixLength);
            return;
        }
        fail("expected ',' or '}'");
    }
}

void JsonRecordParser::parseMemberValue(int depth) {
    if (m_p == m_end)
        fail("the record ends early (expected a value)");
    if (*m_p == '{' && depth < kFlattenDepth) {
        parseObject(depth + 1, false);
        return;
    }
    Entry entry;
    entry.keyOffset = std::uint32_t(m_out->arena.size());
    entry.keyLength = std::uint32_t(m_key.size());
    m_out->arena.append(m_key);
    if (*m_p == '[') {
        const auto elementsBefore = m_out->elements.size();
        const char *start = m_p;
        const bool scalars = parseArray(depth + 1);
        if (scalars) {
            entry.isArray = true;
            entry.firstElement = std::uint32_t(elementsBefore);
            entry.elementCount = std::uint32_t(m_out->elements.size() - elementsBefore);
        }
        // The raw text too, for when the array does not fit the flattened columns.
        entry.value.kind = RecordBatch::Kind::Json;
        entry.value.offset = std::uint32_t(m_out->arena.size());
        entry.value.length = std::uint32_t(m_p - start);
        m_out->arena.append(start, m_p - start);
    } else if (*m_p == '{') {
        const char *start = m_p;
        skipValue(depth + 1);
        entry.value.kind = RecordBatch::Kind::Json;
        entry.value.offset = std::uint32_t(m_out->arena.size());
        entry.value.length = std::uint32_t(m_p - start);
        m_out->arena.append(start, m_p - start);
    } else {
        entry.value = parseScalar();
    }
    m_out->entries.push_back(entry);
}

bool JsonRecordParser::parseArray(int depth) {
    if (depth > kMaxDepth)
        fail("nested deeper than " + std::to_string(kMaxDepth) + " levels");
    const auto elementsBefore = m_out->elements.size();
    const auto arenaBefore = m_out->arena.size();
    ++m_p; // '['
    bool scalarsOnly = true;
    skipWhitespace();
    if (m_p < m_end && *m_p == ']') {
        ++m_p;
        return true;
    }
    for (;;) {
        skipWhitespace();
        if (m_p == m_end)
            fail("the record ends early (inside an array)");
        if (*m_p == '[' || *m_p == '{') {
            scalarsOnly = false;
            skipValue(depth + 1);
        } else {
            const Value value = parseScalar();
            if (scalarsOnly)
                m_out->elements.push_back(value);
        }
        skipWhitespace();
        if (m_p == m_end)
            fail("the record ends early (expected ',' or ']')");
        if (*m_p == ',') {
            ++m_p;
            continue;
        }
        if (*m_p == ']') {
            ++m_p;
            break;
        }
        fail("expected ',' or ']'");
    }
    if (!scalarsOnly) {
        m_out->elements.resize(elementsBefore);
        m_out->arena.resize(arenaBefore);
    }
    return scalarsOnly;
}

JsonRecordParser::Value JsonRecordParser::parseScalar() {
    Value value;
    std::string &arena = m_out->arena;
    const char c = *m_p;
    if (c == '"') {
        value.kind = RecordBatch::Kind::Text;
        value.offset = std::uint32_t(arena.size());
        parseString(arena);
        value.length = std::uint32_t(arena.size() - value.offset);
        return value;
    }
    auto literal = [&](std::string_view word, RecordBatch::Kind kind) {
        if (std::size_t(m_end - m_p) < word.size() ||
            std::memcmp(m_p, word.data(), word.size()) != 0)
            fail("invalid literal");
        m_p += word.size();
        value.kind = kind;
        return value;
    };
    if (c == 't')
        return literal("true", RecordBatch::Kind::True);
    if (c == 'f')
        return literal("false", RecordBatch::Kind::False);
    if (c == 'n')
        return literal("null", RecordBatch::Kind::Null);
    const char *start = m_p;
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    bool digits = false;
    while (m_p < m_end && ((*m_p >= '0' && *m_p <= '9') || *m_p == '.' || *m_p == 'e' ||
                           *m_p == 'E' || *m_p == '+' || *m_p == '-')) {
        digits |= (*m_p >= '0' && *m_p <= '9');
        ++m_p;
    }
    if (!digits) {
        m_p = start;
        if (*m_p == '<')
            fail("found markup ('<'), not JSON");
        fail("unexpected character '" + std::string(1, *m_p) + "'");
    }
    value.kind = RecordBatch::Kind::Number;
    value.offset = std::uint32_t(arena.size());
    value.length = std::uint32_t(m_p - start);
    arena.append(start, m_p - start);
    return value;
}

void JsonRecordParser::parseString(std::string &out) {
    const std::size_t outStart = out.size();
    ++m_p; // opening quote
    bool ascii = true;
    for (;;) {
        const char *run = m_p;
        m_p = bytescan::findJsonStringStop(m_p, m_end, ascii);
        out.append(run, m_p - run);
        if (m_p == m_end)
            fail("a string never closes");
        const char c = *m_p;
        if (c == '"') {
            ++m_p;
            break;
        }
        if (c != '\\')
            fail("control character inside a string");
        if (m_end - m_p < 2)
            fail("a string never closes");
        const char e = m_p[1];
        m_p += 2;
        switch (e) {
        case '"':
            out.push_back('"');
            break;
        case '\\':
            out.push_back('\\');
            break;
        case '/':
            out.push_back('/');
            break;
        case 'b':
            out.push_back('\b');
            break;
        case 'f':
            out.push_back('\f');
            break;
        case 'n':
            out.push_back('\n');
            break;
        case 'r':
            out.push_back('\r');
            break;
        case 't':
            out.push_back('\t');
            break;
        case 'u': {
            auto hex4 = [&](std::uint32_t &cp) {
                if (m_end - m_p < 4)
                    fail("truncated \\u escape");
                cp = 0;
                for (int i = 0; i < 4; ++i) {
                    const char h = *m_p++;
                    cp <<= 4;
                    if (h >= '0' && h <= '9')
                        cp |= std::uint32_t(h - '0');
                    else if (h >= 'a' && h <= 'f')
                        cp |= std::uint32_t(h - 'a' + 10);
                    else if (h >= 'A' && h <= 'F')
                        cp |= std::uint32_t(h - 'A' + 10);
                    else
                        fail("invalid \\u escape");
                }
            };
            std::uint32_t cp;
            hex4(cp);
            if (cp >= 0xD800 && cp <= 0xDBFF && m_end - m_p >= 6 && m_p[0] == '\\' &&
                m_p[1] == 'u') {
                m_p += 2;
                std::uint32_t low;
                hex4(low);
                if (low >= 0xDC00 && low <= 0xDFFF)
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                else
                    cp = 0xFFFD;
            } else if (cp >= 0xD800 && cp <= 0xDFFF) {
                cp = 0xFFFD; // a lone surrogate cannot be UTF-8
            }
            if (cp == 0)
                fail("NUL character (\\u0000) in a string");
            appendUtf8(out, cp);
            break;
        }
        default:
            fail("invalid escape sequence");
        }
    }
    if (!ascii) {
        const std::size_t bad = utf8::firstInvalid({out.data() + outStart, out.size() - outStart});
        if (bad != std::string_view::npos)
            fail("invalid UTF-8 in a string");
    }
}

void JsonRecordParser::skipValue(int depth) {
    if (depth > kMaxDepth)
        fail("nested deeper than " + std::to_string(kMaxDepth) + " levels");
    skipWhitespace();
    if (m_p == m_end)
        fail("the record ends early (expected a value)");
    const char open = *m_p;
    if (open != '{' && open != '[') {
        std::string scratch;
        if (open == '"')
            parseString(scratch);
        else
            parseScalar();
        return;
    }
    const char close = open == '{' ? '}' : ']';
    ++m_p;
    skipWhitespace();
    if (m_p < m_end && *m_p == close) {
        ++m_p;
        return;
    }
    std::string scratch;
    for (;;) {
        skipWhitespace();
        if (open == '{') {
            if (m_p == m_end || *m_p != '"')
                fail("expected a key in quotes");
            scratch.clear();
            parseString(scratch);
            expect(':');
        }
        skipValue(depth + 1);
        skipWhitespace();
        if (m_p == m_end)
            fail("the record ends early");
        if (*m_p == ',') {
            ++m_p;
            continue;
        }
        if (*m_p == close) {
            ++m_p;
            return;
        }
        fail(std::string("expected ',' or '") + close + "'");
    }
}

} // namespace tl

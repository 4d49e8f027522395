#include "CsvParser.h"

#include <cstring>

namespace tl {

namespace {
// memchr hops over the long newline-free stretches of a quoted field; std::count walks them
// byte by byte, which was most of the parser's time on review text.
int countNewlines(const char *p, const char *end) {
    int count = 0;
    while ((p = static_cast<const char *>(std::memchr(p, '\n', end - p)))) {
        ++count;
        ++p;
    }
    return count;
}
} // namespace

CsvParser::Result CsvParser::parse(std::string_view input, bool atEnd, std::size_t &consumed,
                                   std::string &arena, std::vector<Field> &fields,
                                   int &newlines) const {
    fields.clear();
    newlines = 0;
    if (input.empty())
        return atEnd ? Result::End : Result::NeedMore;

    const std::size_t arenaStart = arena.size();
    const char *const begin = input.data();
    const char *const end = begin + input.size();
    const char *p = begin;
    auto needMore = [&] {
        arena.resize(arenaStart);
        fields.clear();
        newlines = 0;
        return Result::NeedMore;
    };

    for (;;) {
        const std::size_t fieldStart = arena.size();
        if (p < end && *p == m_quote) {
            ++p;
            for (;;) {
                const char *q = static_cast<const char *>(std::memchr(p, m_quote, end - p));
                if (!q) {
                    if (!atEnd)
                        return needMore();
                    arena.resize(arenaStart);
                    fields.clear();
                    return Result::UnterminatedQuote;
                }
                newlines += countNewlines(p, q);
                arena.append(p, q - p);
                p = q + 1;
                if (p == end && !atEnd)
                    return needMore();
                if (p < end && *p == m_quote) {
                    arena.push_back(m_quote);
                    ++p;
                    continue;
                }
                break;
            }
        }
        // Unquoted field, or text after a closing quote (kept, as most tools do).
        const char *s = p;
        while (p < end) {
            const char c = *p;
            if (c == m_delimiter || c == '\n' || c == '\r')
                break;
            ++p;
        }
        arena.append(s, p - s);
        fields.push_back({std::uint32_t(fieldStart), std::uint32_t(arena.size() - fieldStart)});
        if (p == end) {
            if (!atEnd)
                return needMore();
            consumed = p - begin;
            return Result::Record;
        }
        if (*p == m_delimiter) {
            ++p;
            continue;
        }
        // Line end: \n, \r\n or a lone \r.
        if (*p == '\r') {
            if (p + 1 == end && !atEnd)
                return needMore();
            ++p;
            if (p < end && *p == '\n')
                ++p;
        } else {
            ++p;
        }
        ++newlines;
        consumed = p - begin;
        return Result::Record;
    }
}

} // namespace tl

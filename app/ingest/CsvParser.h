#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tl {

// RFC 4180 record parser over a contiguous UTF-8 buffer, with any one-byte delimiter. Pure:
// no I/O, no Qt, so it is tested on its own. The caller feeds a buffer that may end mid-record
// and gets NeedMore until the rest arrives (or atEnd says there is no more).
class CsvParser {
public:
    enum class Result { Record, NeedMore, End, UnterminatedQuote };

    struct Field {
        std::uint32_t offset; // into the arena passed to parse()
        std::uint32_t length;
    };

    explicit CsvParser(char delimiter, char quote = '"')
        : m_delimiter(delimiter)
        , m_quote(quote) {}

    // Parses one record from the start of `input`. On Record, `consumed` bytes were used,
    // `fields` holds the record's fields (appended to `arena`) and `newlines` counts the line
    // breaks consumed (more than one when quoted fields span lines). On NeedMore nothing is
    // consumed and the arena is unchanged.
    Result parse(std::string_view input, bool atEnd, std::size_t &consumed, std::string &arena,
                 std::vector<Field> &fields, int &newlines) const;

    char delimiter() const { return m_delimiter; }

private:
    char m_delimiter;
    char m_quote;
};

} // namespace tl

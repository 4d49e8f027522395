#include "ingest/CsvParser.h"

#include <cstdint>

// The CSV record parser, fed the input in pieces as a reader would: every call either
// consumes bytes, asks for more, or ends.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    if (size < 2)
        return 0;
    const char delimiters[] = {',', ';', '\t', '|'};
    const tl::CsvParser parser(delimiters[data[0] % 4]);
    const std::size_t piece = 1 + data[1] % 64;
    const std::string_view all(reinterpret_cast<const char *>(data + 2), size - 2);
    std::string arena;
    std::vector<tl::CsvParser::Field> fields;
    std::size_t position = 0;
    std::size_t available = std::min(all.size(), piece);
    for (int guard = 0; guard < 1 << 20; ++guard) {
        const bool atEnd = available == all.size();
        std::size_t consumed = 0;
        int newlines = 0;
        arena.clear();
        const auto result = parser.parse(all.substr(position, available - position), atEnd,
                                         consumed, arena, fields, newlines);
        if (result == tl::CsvParser::Result::End ||
            result == tl::CsvParser::Result::UnterminatedQuote)
            return 0;
        if (result == tl::CsvParser::Result::NeedMore) {
            if (atEnd)
                __builtin_trap(); // no more input can come: NeedMore would loop forever
            available = std::min(all.size(), available + piece);
            continue;
        }
        if (consumed == 0)
            __builtin_trap(); // a record that consumes nothing would loop forever
        for (const auto &field : fields) {
            if (std::size_t(field.offset) + field.length > arena.size())
                __builtin_trap();
        }
        position += consumed;
        available = std::max(available, position);
    }
    __builtin_trap();
}

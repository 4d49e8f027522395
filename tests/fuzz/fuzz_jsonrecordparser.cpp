#include "ingest/JsonRecordParser.h"

#include <cstdint>

// One JSON record, flattened: parses or fails with an offset inside the input.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    tl::JsonRecordParser parser;
    tl::JsonRecordParser::Record record;
    std::string error;
    std::size_t offset = 0;
    const std::string_view json(reinterpret_cast<const char *>(data), size);
    if (parser.parse(json, record, error, offset)) {
        for (const auto &entry : record.entries) {
            if (std::size_t(entry.keyOffset) + entry.keyLength > record.arena.size())
                __builtin_trap();
        }
    } else if (offset > size) {
        __builtin_trap();
    }
    return 0;
}

#pragma once

#include "ingest/RecordBatch.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tl {

// Parses one JSON object (a record) and flattens it: nested objects become "parent.child"
// keys, arrays of scalars keep their elements, any other array (or an object nested deeper
// than kFlattenDepth) stays as its raw JSON text. Pure and GUI-free; nesting beyond kMaxDepth
// is an error, never a stack overflow.
class JsonRecordParser {
public:
    static constexpr int kMaxDepth = 1000;
    static constexpr int kFlattenDepth = 8;

    struct Value {
        RecordBatch::Kind kind = RecordBatch::Kind::Null;
        std::uint32_t offset = 0; // text in Record::arena
        std::uint32_t length = 0;
    };

    struct Entry {
        std::uint32_t keyOffset = 0; // in Record::arena
        std::uint32_t keyLength = 0;
        Value value;          // for arrays: the raw JSON text
        bool isArray = false; // an array of scalars: elements[firstElement, +elementCount)
        std::uint32_t firstElement = 0;
        std::uint32_t elementCount = 0;
    };

    struct Record {
        std::string arena;
        std::vector<Entry> entries;
        std::vector<Value> elements;

        std::string_view key(const Entry &e) const {
            return {arena.data() + e.keyOffset, e.keyLength};
        }
        std::string_view text(const Value &v) const { return {arena.data() + v.offset, v.length}; }
        void clear() {
            arena.clear();
            entries.clear();
            elements.clear();
        }
    };

    // Parses `json` (one complete value) into `out`. On failure returns false and sets
    // `error` and the byte `errorOffset` within `json`.
    bool parse(std::string_view json, Record &out, std::string &error, std::size_t &errorOffset);

private:
    struct Failure {
        std::string message;
        std::size_t offset;
    };

    void parseObject(int depth, bool topLevel);
    void parseMemberValue(int depth);
    bool parseArray(int depth); // true when every element is a scalar (kept in elements)
    Value parseScalar();
    void parseString(std::string &out);
    void skipValue(int depth);
    void skipWhitespace();
    void expect(char c);
    [[noreturn]] void fail(const std::string &message) const;

    const char *m_begin = nullptr;
    const char *m_p = nullptr;
    const char *m_end = nullptr;
    Record *m_out = nullptr;
    std::string m_key; // the dotted key of the member being parsed
};

} // namespace tl

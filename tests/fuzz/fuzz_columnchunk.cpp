#include "columns/ColumnChunk.h"

#include <cstdint>

// A column chunk's blob as a damaged workspace might hold it: decoded or refused, never read
// past; every value of a decoded chunk lies within the bounds it reports, and a chunk built
// from those values encodes and decodes to the same.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using tl::ColumnChunk;
    using tl::ColumnEncoding;
    const auto chunk =
        ColumnChunk::decode(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!chunk)
        return 0;
    const ColumnEncoding encoding = chunk->encoding();
    std::vector<std::int64_t> wide;
    std::vector<std::uint32_t> codes;
    ColumnChunk::Builder again(encoding);
    for (const std::string_view s : chunk->addedStrings())
        again.addString(s);
    const std::int64_t *integers =
        encoding == ColumnEncoding::Real || encoding == ColumnEncoding::Dictionary
            ? nullptr
            : chunk->integers(wide);
    const std::uint32_t *codeArray =
        encoding == ColumnEncoding::Dictionary ? chunk->codes(codes) : nullptr;
    for (int r = 0; r < chunk->rows(); ++r) {
        if (chunk->isNull(r)) {
            again.appendNull();
            continue;
        }
        if (encoding == ColumnEncoding::Real) {
            again.appendReal(chunk->reals()[r]);
            continue;
        }
        const std::int64_t v = codeArray ? std::int64_t(codeArray[r]) : integers[r];
        if (v != (codeArray ? std::int64_t(chunk->codeAt(r)) : chunk->integerAt(r)) ||
            v < chunk->lo() || v > chunk->hi())
            __builtin_trap();
        if (codeArray)
            again.appendCode(std::uint32_t(v));
        else
            again.appendInteger(v);
    }
    const auto round = ColumnChunk::decode(again.encode());
    if (!round || round->rows() != chunk->rows() || round->lo() != chunk->lo() ||
        round->hi() != chunk->hi())
        __builtin_trap();
    for (int r = 0; r < chunk->rows(); ++r) {
        if (round->isNull(r) != chunk->isNull(r))
            __builtin_trap();
        if (chunk->isNull(r) || encoding == ColumnEncoding::Real)
            continue;
        if (encoding == ColumnEncoding::Dictionary ? round->codeAt(r) != chunk->codeAt(r)
                                                   : round->integerAt(r) != chunk->integerAt(r))
            __builtin_trap();
    }
    return 0;
}

#include "ColumnChunk.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace tl {

namespace {

constexpr char kMagic[4] = {'T', 'L', 'C', '2'};
constexpr char kMagicFullWidth[4] = {'T', 'L', 'C', '1'};
constexpr int kHeader = 16;

constexpr qsizetype padded(qsizetype bytes) {
    return (bytes + 7) & ~qsizetype(7);
}

template<typename T> T readAt(const char *at) {
    T value;
    std::memcpy(&value, at, sizeof value);
    return value;
}

// Bytes a value of a chunk whose values span `range` needs.
int widthFor(std::uint64_t range) {
    return range <= 0xff ? 1 : range <= 0xffff ? 2 : range <= 0xffffffffu ? 4 : 8;
}

template<typename Out, typename In>
void widen(const void *values, int rows, std::int64_t lo, Out *out) {
    const In *in = static_cast<const In *>(values);
    for (int r = 0; r < rows; ++r)
        out[r] = Out(std::uint64_t(lo) + std::uint64_t(in[r])); // wraps, never overflows
}

// Offsets of `width` bytes from `lo` as full values in `scratch`.
template<typename Out>
const Out *widened(const void *values, int rows, int width, std::int64_t lo,
                   std::vector<Out> &scratch) {
    scratch.resize(std::size_t(rows));
    if (width == 1)
        widen<Out, std::uint8_t>(values, rows, lo, scratch.data());
    else if (width == 2)
        widen<Out, std::uint16_t>(values, rows, lo, scratch.data());
    else
        widen<Out, std::uint32_t>(values, rows, lo, scratch.data());
    return scratch.data();
}

} // namespace

const std::int64_t *ColumnChunk::integers(std::vector<std::int64_t> &scratch) const {
    if (m_width == 8)
        return static_cast<const std::int64_t *>(m_values);
    return widened(m_values, m_rows, m_width, m_base, scratch);
}

const std::uint32_t *ColumnChunk::codes(std::vector<std::uint32_t> &scratch) const {
    if (m_width == 4 && m_base == 0)
        return static_cast<const std::uint32_t *>(m_values);
    return widened(m_values, m_rows, m_width, m_base, scratch);
}

std::shared_ptr<const ColumnChunk> ColumnChunk::plus(std::int64_t delta) const {
    if (m_width == 8 || m_encoding == ColumnEncoding::Real || !m_added.empty())
        return nullptr;
    // The copy shares the blob (implicitly shared, never written), so the value and null
    // pointers into it stay valid.
    auto chunk = std::make_shared<ColumnChunk>(*this);
    chunk->m_base += delta;
    if (m_lo <= m_hi) {
        chunk->m_lo += delta;
        chunk->m_hi += delta;
    }
    return chunk;
}

std::shared_ptr<const ColumnChunk> ColumnChunk::decode(QByteArray blob) {
    if (blob.size() < kHeader)
        return nullptr;
    const bool fullWidth = blob.startsWith(QByteArrayView(kMagicFullWidth, 4));
    if (!fullWidth && !blob.startsWith(QByteArrayView(kMagic, 4)))
        return nullptr;
    auto chunk = std::make_shared<ColumnChunk>();
    chunk->m_blob = std::move(blob);
    const char *data = chunk->m_blob.constData();
    const qsizetype size = chunk->m_blob.size();
    const ColumnEncoding encoding = ColumnEncoding(std::uint8_t(data[4]));
    chunk->m_encoding = encoding;
    const bool nulls = data[5] & 1;
    const auto rows = readAt<std::uint32_t>(data + 8);
    const auto added = readAt<std::uint32_t>(data + 12);
    if (rows > std::uint32_t(kRows) || encoding == ColumnEncoding::None ||
        std::uint8_t(encoding) > std::uint8_t(ColumnEncoding::RowId))
        return nullptr;
    const bool real = encoding == ColumnEncoding::Real;
    const bool dictionary = encoding == ColumnEncoding::Dictionary;
    chunk->m_width = fullWidth ? (dictionary ? 4 : 8) : int(std::uint8_t(data[6]));
    if ((chunk->m_width != 1 && chunk->m_width != 2 && chunk->m_width != 4 &&
         chunk->m_width != 8) ||
        (real && chunk->m_width != 8) || (dictionary && chunk->m_width == 8))
        return nullptr;
    chunk->m_rows = int(rows);
    qsizetype at = kHeader;
    if (nulls) {
        if (at + padded((rows + 7) / 8) > size)
            return nullptr;
        chunk->m_nulls = reinterpret_cast<const std::uint8_t *>(data + at);
        at += padded((rows + 7) / 8);
    }
    if (!fullWidth && !real) {
        if (at + 16 > size)
            return nullptr;
        chunk->m_base = readAt<std::int64_t>(data + at); // the stored largest is not trusted
        at += 16;
    }
    const qsizetype valueBytes = padded(qsizetype(rows) * chunk->m_width);
    if (at + valueBytes > size)
        return nullptr;
    chunk->m_values = data + at;
    at += valueBytes;
    if (!real) {
        // The bounds from the values themselves: a damaged blob cannot make a reader index
        // past a table sized by them.
        chunk->m_lo = std::numeric_limits<std::int64_t>::max();
        chunk->m_hi = std::numeric_limits<std::int64_t>::min();
        for (int r = 0; r < chunk->m_rows; ++r) {
            if (chunk->isNull(r))
                continue;
            const std::int64_t v =
                dictionary ? std::int64_t(chunk->codeAt(r)) : chunk->integerAt(r);
            chunk->m_lo = std::min(chunk->m_lo, v);
            chunk->m_hi = std::max(chunk->m_hi, v);
        }
        if (chunk->m_lo > chunk->m_hi) {
            chunk->m_lo = 0;
            chunk->m_hi = -1;
        }
    }
    if (added > std::uint64_t(size - at) / 4) // each string takes at least its length
        return nullptr;
    chunk->m_added.reserve(added);
    for (std::uint32_t i = 0; i < added; ++i) {
        if (at + 4 > size)
            return nullptr;
        const auto length = readAt<std::uint32_t>(data + at);
        at += 4;
        if (qsizetype(length) > size - at)
            return nullptr;
        chunk->m_added.emplace_back(data + at, length);
        at += length;
    }
    return chunk;
}

void ColumnChunk::Builder::grow() {
    if ((m_rows & 7) == 0)
        m_nulls.push_back(0);
    ++m_rows;
}

void ColumnChunk::Builder::appendNull() {
    const int row = m_rows;
    grow();
    m_nulls[std::size_t(row >> 3)] |= std::uint8_t(1u << (row & 7));
    m_anyNull = true;
    m_words.push_back(0);
}

void ColumnChunk::Builder::appendInteger(std::int64_t value) {
    grow();
    m_words.push_back(value);
}

void ColumnChunk::Builder::appendReal(double value) {
    grow();
    std::int64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    m_words.push_back(bits);
}

void ColumnChunk::Builder::appendCode(std::uint32_t code) {
    grow();
    m_words.push_back(code);
}

QByteArray ColumnChunk::Builder::encode() const {
    const bool real = m_encoding == ColumnEncoding::Real;
    // The non-null values' bounds decide the width.
    std::int64_t lo = std::numeric_limits<std::int64_t>::max();
    std::int64_t hi = std::numeric_limits<std::int64_t>::min();
    for (int r = 0; r < m_rows && !real; ++r) {
        if (m_anyNull && (m_nulls[std::size_t(r >> 3)] >> (r & 7) & 1))
            continue;
        lo = std::min(lo, m_words[std::size_t(r)]);
        hi = std::max(hi, m_words[std::size_t(r)]);
    }
    if (lo > hi) { // every row NULL: one byte a row, all offsets 0
        lo = 0;
        hi = 0;
    }
    const int width = real ? 8 : widthFor(std::uint64_t(hi) - std::uint64_t(lo));
    const qsizetype nullBytes = m_anyNull ? padded((m_rows + 7) / 8) : 0;
    const qsizetype rangeBytes = real ? 0 : 16;
    const qsizetype valueBytes = padded(qsizetype(m_rows) * width);
    qsizetype size = kHeader + nullBytes + rangeBytes + valueBytes;
    for (const std::string &s : m_added)
        size += 4 + qsizetype(s.size());
    QByteArray blob(size, Qt::Uninitialized);
    char *data = blob.data();
    std::memset(data, 0, std::size_t(kHeader + nullBytes + rangeBytes + valueBytes));
    std::memcpy(data, kMagic, 4);
    data[4] = char(m_encoding);
    data[5] = m_anyNull ? 1 : 0;
    data[6] = char(width);
    const auto rows = std::uint32_t(m_rows);
    const auto added = std::uint32_t(m_added.size());
    std::memcpy(data + 8, &rows, 4);
    std::memcpy(data + 12, &added, 4);
    char *at = data + kHeader;
    if (m_anyNull) {
        std::memcpy(at, m_nulls.data(), m_nulls.size());
        at += nullBytes;
    }
    if (!real) {
        std::memcpy(at, &lo, 8);
        std::memcpy(at + 8, &hi, 8);
        at += 16;
    }
    if (width == 8) {
        if (m_rows > 0)
            std::memcpy(at, m_words.data(), std::size_t(m_rows) * 8);
    } else {
        for (int r = 0; r < m_rows; ++r) {
            const bool null = m_anyNull && (m_nulls[std::size_t(r >> 3)] >> (r & 7) & 1);
            const std::uint64_t offset =
                null ? 0 : std::uint64_t(m_words[std::size_t(r)]) - std::uint64_t(lo);
            if (width == 1) {
                at[r] = char(std::uint8_t(offset));
            } else if (width == 2) {
                const auto narrow = std::uint16_t(offset);
                std::memcpy(at + 2 * r, &narrow, 2);
            } else {
                const auto narrow = std::uint32_t(offset);
                std::memcpy(at + 4 * r, &narrow, 4);
            }
        }
    }
    at += valueBytes;
    for (const std::string &s : m_added) {
        const auto length = std::uint32_t(s.size());
        std::memcpy(at, &length, 4);
        std::memcpy(at + 4, s.data(), s.size());
        at += 4 + qsizetype(s.size());
    }
    return blob;
}

void ColumnChunk::Builder::clear() {
    m_rows = 0;
    m_anyNull = false;
    m_nulls.clear();
    m_words.clear();
    m_added.clear();
}

} // namespace tl

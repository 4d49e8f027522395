#include "ColumnChunk.h"

#include <cstring>

namespace tl {

namespace {

constexpr char kMagic[4] = {'T', 'L', 'C', '1'};
constexpr int kHeader = 16;

constexpr qsizetype padded(qsizetype bytes) {
    return (bytes + 7) & ~qsizetype(7);
}

qsizetype valueBytes(ColumnEncoding encoding, int rows) {
    return padded(qsizetype(rows) * (encoding == ColumnEncoding::Dictionary ? 4 : 8));
}

template<typename T> T readAt(const char *at) {
    T value;
    std::memcpy(&value, at, sizeof value);
    return value;
}

} // namespace

std::shared_ptr<const ColumnChunk> ColumnChunk::decode(QByteArray blob) {
    if (blob.size() < kHeader || std::memcmp(blob.constData(), kMagic, 4) != 0)
        return nullptr;
    auto chunk = std::make_shared<ColumnChunk>();
    chunk->m_blob = std::move(blob);
    const char *data = chunk->m_blob.constData();
    const qsizetype size = chunk->m_blob.size();
    chunk->m_encoding = ColumnEncoding(std::uint8_t(data[4]));
    const bool nulls = data[5] & 1;
    const auto rows = readAt<std::uint32_t>(data + 8);
    const auto added = readAt<std::uint32_t>(data + 12);
    if (rows > std::uint32_t(kRows) || chunk->m_encoding == ColumnEncoding::None ||
        std::uint8_t(chunk->m_encoding) > std::uint8_t(ColumnEncoding::RowId))
        return nullptr;
    chunk->m_rows = int(rows);
    qsizetype at = kHeader;
    if (nulls) {
        if (at + padded((rows + 7) / 8) > size)
            return nullptr;
        chunk->m_nulls = reinterpret_cast<const std::uint8_t *>(data + at);
        at += padded((rows + 7) / 8);
    }
    if (at + valueBytes(chunk->m_encoding, int(rows)) > size)
        return nullptr;
    chunk->m_values = data + at;
    at += valueBytes(chunk->m_encoding, int(rows));
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
    const qsizetype nullBytes = m_anyNull ? padded((m_rows + 7) / 8) : 0;
    qsizetype size = kHeader + nullBytes + valueBytes(m_encoding, m_rows);
    for (const std::string &s : m_added)
        size += 4 + qsizetype(s.size());
    QByteArray blob(size, Qt::Uninitialized);
    char *data = blob.data();
    std::memset(data, 0, std::size_t(kHeader + nullBytes + valueBytes(m_encoding, m_rows)));
    std::memcpy(data, kMagic, 4);
    data[4] = char(m_encoding);
    data[5] = m_anyNull ? 1 : 0;
    const auto rows = std::uint32_t(m_rows);
    const auto added = std::uint32_t(m_added.size());
    std::memcpy(data + 8, &rows, 4);
    std::memcpy(data + 12, &added, 4);
    char *at = data + kHeader;
    if (m_anyNull) {
        std::memcpy(at, m_nulls.data(), m_nulls.size());
        at += nullBytes;
    }
    if (m_encoding == ColumnEncoding::Dictionary) {
        for (int i = 0; i < m_rows; ++i) {
            const auto code = std::uint32_t(m_words[std::size_t(i)]);
            std::memcpy(at + 4 * i, &code, 4);
        }
    } else if (m_rows > 0) {
        std::memcpy(at, m_words.data(), std::size_t(m_rows) * 8);
    }
    at += valueBytes(m_encoding, m_rows);
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

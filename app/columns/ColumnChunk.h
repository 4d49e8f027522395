#pragma once

#include <QByteArray>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tl {

// How a dataset column is kept in the column store. Every value array is 8 bytes a row;
// nulls are a bitmap beside it.
enum class ColumnEncoding : std::uint8_t {
    None = 0,       // not kept (JSON, long or countless texts, mixed types): SQL answers
    Integer = 1,    // int64 (integers and booleans)
    Real = 2,       // double
    Day = 3,        // int64 days since 1970-01-01 (dates)
    EpochMs = 4,    // int64 milliseconds since the epoch, UTC (timestamps)
    Dictionary = 5, // uint32 codes into the column's dictionary (texts)
    RowId = 6,      // int64 rowids of the chunk's rows (one per dataset chunk)
};

// One chunk of one column: up to kRows values, stored as one blob and read back without
// copying. A dictionary column's chunk also carries the strings it added to the dictionary
// (codes count on from the chunks before it).
//
// Integers, days, milliseconds, codes and rowids are stored as their offset from the chunk's
// smallest value in as few bytes as the chunk's range needs (1, 2, 4 or 8): a rating takes
// one byte a row, a date two. Readers take a whole chunk's values at full width through a
// scratch buffer of their own (integers(), codes()), or one value (integerAt(), codeAt()).
//
// Blob "TLC2": "TLC2", encoding (1 byte), flags (1: has nulls), width (1 byte), 1 spare,
// rows (uint32), dictionary additions (uint32), then the null bitmap padded to 8 bytes; for
// all but reals the smallest and largest value (int64 each; the smallest is the offsets'
// base); the values (width bytes each, reals 8) padded to 8; then each added string as uint32
// length + bytes. "TLC1" blobs (full width, no range) are still read.
class ColumnChunk {
public:
    static constexpr int kRows = 65536;

    ColumnEncoding encoding() const { return m_encoding; }
    int rows() const { return m_rows; }
    bool hasNulls() const { return m_nulls != nullptr; }
    bool isNull(int row) const { return m_nulls && (m_nulls[row >> 3] >> (row & 7) & 1); }
    // The smallest and largest non-null value (not of reals), found when the chunk is
    // decoded; lo() > hi() when every row is NULL.
    std::int64_t lo() const { return m_lo; }
    std::int64_t hi() const { return m_hi; }
    int width() const { return m_width; }

    std::int64_t integerAt(int row) const {
        return m_width == 8 ? static_cast<const std::int64_t *>(m_values)[row]
                            : std::int64_t(std::uint64_t(m_base) + std::uint64_t(offsetAt(row)));
    }
    std::uint32_t codeAt(int row) const {
        return std::uint32_t(std::uint64_t(m_base) + std::uint64_t(offsetAt(row)));
    }
    // Every row's value at full width: the stored array when it is full width, else
    // `scratch` filled (NULL rows hold some value; check isNull()).
    const std::int64_t *integers(std::vector<std::int64_t> &scratch) const;
    const std::uint32_t *codes(std::vector<std::uint32_t> &scratch) const;
    const double *reals() const { return static_cast<const double *>(m_values); }
    const std::vector<std::string_view> &addedStrings() const { return m_added; }
    qsizetype bytes() const { return m_blob.size(); }

    // nullptr when the blob is not a chunk (damaged): the caller rebuilds the column.
    static std::shared_ptr<const ColumnChunk> decode(QByteArray blob);
    // The same values plus `delta`, sharing this chunk's blob: a timestamp chunk read in a
    // zone whose offset does not change within it. Only for values stored as offsets from a
    // base (not full width, not reals); nullptr otherwise.
    std::shared_ptr<const ColumnChunk> plus(std::int64_t delta) const;

    // Collects one chunk's values, then writes its blob.
    class Builder {
    public:
        explicit Builder(ColumnEncoding encoding)
            : m_encoding(encoding) {}
        void appendNull();
        void appendInteger(std::int64_t value); // Integer, Day, EpochMs, RowId
        void appendReal(double value);
        void appendCode(std::uint32_t code);
        void addString(std::string_view text) { m_added.emplace_back(text); }
        int rows() const { return m_rows; }
        QByteArray encode() const;
        void clear();

    private:
        void grow();
        ColumnEncoding m_encoding;
        int m_rows = 0;
        bool m_anyNull = false;
        std::vector<std::uint8_t> m_nulls;
        std::vector<std::int64_t> m_words; // integers, doubles' bits, or codes
        std::vector<std::string> m_added;
    };

private:
    std::int64_t offsetAt(int row) const {
        switch (m_width) {
        case 1:
            return static_cast<const std::uint8_t *>(m_values)[row];
        case 2:
            return static_cast<const std::uint16_t *>(m_values)[row];
        default:
            return static_cast<const std::uint32_t *>(m_values)[row];
        }
    }

    QByteArray m_blob;
    ColumnEncoding m_encoding = ColumnEncoding::None;
    int m_rows = 0;
    int m_width = 8;
    std::int64_t m_base = 0; // what the stored offsets count from
    std::int64_t m_lo = 0, m_hi = -1;
    const std::uint8_t *m_nulls = nullptr;
    const void *m_values = nullptr;
    std::vector<std::string_view> m_added;
};

using ChunkPtr = std::shared_ptr<const ColumnChunk>;

} // namespace tl

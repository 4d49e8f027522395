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
// Blob: "TLC1", encoding (1 byte), flags (1: has nulls), 2 spare, rows (uint32),
// dictionary additions (uint32), then the null bitmap padded to 8 bytes, the values
// (8 bytes each; codes 4 bytes, padded to 8), then each added string as uint32 length + bytes.
class ColumnChunk {
public:
    static constexpr int kRows = 65536;

    ColumnEncoding encoding() const { return m_encoding; }
    int rows() const { return m_rows; }
    bool hasNulls() const { return m_nulls != nullptr; }
    bool isNull(int row) const { return m_nulls && (m_nulls[row >> 3] >> (row & 7) & 1); }
    const std::int64_t *integers() const { return static_cast<const std::int64_t *>(m_values); }
    const double *reals() const { return static_cast<const double *>(m_values); }
    const std::uint32_t *codes() const { return static_cast<const std::uint32_t *>(m_values); }
    const std::vector<std::string_view> &addedStrings() const { return m_added; }
    qsizetype bytes() const { return m_blob.size(); }

    // nullptr when the blob is not a chunk (damaged): the caller rebuilds the column.
    static std::shared_ptr<const ColumnChunk> decode(QByteArray blob);

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
    QByteArray m_blob;
    ColumnEncoding m_encoding = ColumnEncoding::None;
    int m_rows = 0;
    const std::uint8_t *m_nulls = nullptr;
    const void *m_values = nullptr;
    std::vector<std::string_view> m_added;
};

using ChunkPtr = std::shared_ptr<const ColumnChunk>;

} // namespace tl

#pragma once

#include "core/ColumnType.h"
#include "ingest/RecordBatch.h"

#include <cstdint>
#include <string_view>

namespace tl {

// Infers a column's type from sample values by narrowing a set of candidate types; the
// result only ever widens (integer → real → text, date → timestamp → text).
class TypeInference {
public:
    enum Candidate : std::uint8_t {
        Integer = 1,
        Real = 2,
        Boolean = 4,
        Date = 8,
        Timestamp = 16,
        Json = 32,
        All = 63,
    };

    // Which candidate types a single raw value fits. Empty text and null fit everything.
    static std::uint8_t classify(RecordBatch::Kind kind, std::string_view text);
    // The narrowest type all observed values fit.
    static ColumnType resolve(std::uint8_t candidates);
    // Candidates a column of `type` may widen into without losing what it holds.
    static std::uint8_t widenable(ColumnType type);

    void observe(RecordBatch::Kind kind, std::string_view text);
    ColumnType type() const { return m_seen ? resolve(m_candidates) : ColumnType::Text; }
    bool seenValue() const { return m_seen; }

    // Stats for role inference.
    double averageTextLength() const { return m_seen ? double(m_totalLength) / m_seen : 0; }

private:
    std::uint8_t m_candidates = All;
    qint64 m_seen = 0;
    qint64 m_totalLength = 0;
};

// Picks the chart role of a column from its name, type and sample stats.
ColumnRole inferRole(const QString &name, ColumnType type, double averageTextLength);

} // namespace tl

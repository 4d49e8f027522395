#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

// Word-at-a-time byte searches for the hot loops of the CSV and JSON readers: they look at
// eight bytes per step instead of one, the difference between parsing being the bottleneck
// of an import or not.
namespace tl::bytescan {

namespace detail {
constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighBits = 0x8080808080808080ull;

inline std::uint64_t load(const char *p) {
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
}
// High bit set in each byte of w equal to b. Only the lowest flagged byte is exact (a borrow
// can flag bytes above it), which is all a forward search needs.
inline std::uint64_t equalTo(std::uint64_t w, unsigned char b) {
    const std::uint64_t x = w ^ (kOnes * b);
    return (x - kOnes) & ~x & kHighBits;
}
// High bit set in each byte of w below n (n <= 128), with the same lowest-byte exactness.
inline std::uint64_t lessThan(std::uint64_t w, unsigned char n) {
    return (w - kOnes * n) & ~w & kHighBits;
}
inline const char *firstFlagged(const char *p, std::uint64_t mask) {
    return p + (std::countr_zero(mask) >> 3);
}
constexpr bool kWordScan = std::endian::native == std::endian::little;
} // namespace detail

// First '"' or '\\' in [p, end), or end (or p, when p is already past end).
inline const char *findQuoteOrBackslash(const char *p, const char *end) {
    using namespace detail;
    if constexpr (kWordScan) {
        for (; end - p >= 8; p += 8) {
            const std::uint64_t w = load(p);
            if (const std::uint64_t m = equalTo(w, '"') | equalTo(w, '\\'))
                return firstFlagged(p, m);
        }
    }
    while (p < end && *p != '"' && *p != '\\')
        ++p;
    return p;
}

// First byte that ends a plain run of a JSON string: '"', '\\' or a control byte (< 0x20).
// Clears `ascii` when the run holds a byte >= 0x80.
inline const char *findJsonStringStop(const char *p, const char *end, bool &ascii) {
    using namespace detail;
    std::uint64_t seen = 0;
    if constexpr (kWordScan) {
        for (; end - p >= 8; p += 8) {
            const std::uint64_t w = load(p);
            if (const std::uint64_t m = equalTo(w, '"') | equalTo(w, '\\') | lessThan(w, 0x20)) {
                const char *stop = firstFlagged(p, m);
                for (const char *q = p; q < stop; ++q)
                    seen |= static_cast<unsigned char>(*q);
                ascii = ascii && (seen & kHighBits) == 0;
                return stop;
            }
            seen |= w;
        }
    }
    while (p < end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20)
        seen |= static_cast<unsigned char>(*p++);
    ascii = ascii && (seen & kHighBits) == 0;
    return p;
}

} // namespace tl::bytescan

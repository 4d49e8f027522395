#include "Utf8.h"

#include <cstdint>
#include <cstring>

namespace tl::utf8 {

namespace {
constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighBits = 0x8080808080808080ull;

// True when all eight bytes are 0x01..0x7F: no high bit set and no zero byte. Review text is
// mostly ASCII, so skipping it a word at a time is where validation time goes.
inline bool plainAsciiWord(const unsigned char *s) {
    std::uint64_t w;
    std::memcpy(&w, s, sizeof w);
    return (((w - kOnes) | w) & kHighBits) == 0;
}
} // namespace

std::size_t firstInvalid(std::string_view bytes, bool allowTruncatedTail) {
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    while (i < n) {
        if (i + 8 <= n && plainAsciiWord(s + i)) {
            i += 8;
            continue;
        }
        const unsigned char c = s[i];
        if (c >= 0x01 && c < 0x80) {
            ++i;
            continue;
        }
        if (c == 0)
            return i;
        if (c >= 0xE0 && c <= 0xEF && i + 2 < n) {
            // Three-byte sequences (Hangul, most CJK) inline: Korean text is the other half
            // of what this function sees.
            const unsigned char b1 = s[i + 1], b2 = s[i + 2];
            const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80;
            const unsigned char hi = c == 0xED ? 0x9F : 0xBF; // no UTF-16 surrogates
            if (b1 < lo || b1 > hi || (b2 & 0xC0) != 0x80)
                return i;
            i += 3;
            continue;
        }
        int length = 0;
        unsigned char min = 0x80, max = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                min = 0xA0;
            if (c == 0xED)
                max = 0x9F; // no UTF-16 surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                min = 0x90;
            if (c == 0xF4)
                max = 0x8F;
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return allowTruncatedTail ? std::string_view::npos : i;
            const unsigned char next = s[i + k];
            const unsigned char lo = k == 1 ? min : 0x80;
            const unsigned char hi = k == 1 ? max : 0xBF;
            if (next < lo || next > hi)
                return i;
        }
        i += length;
    }
    return std::string_view::npos;
}

} // namespace tl::utf8

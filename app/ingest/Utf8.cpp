#include "Utf8.h"

namespace tl::utf8 {

std::size_t firstInvalid(std::string_view bytes, bool allowTruncatedTail) {
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c >= 0x01 && c < 0x80) {
            ++i;
            continue;
        }
        if (c == 0)
            return i;
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

#pragma once

#include <cstddef>
#include <string_view>

namespace tl::utf8 {

// Offset of the first byte that is not valid UTF-8 (or is a NUL), or npos when all is well.
// `allowTruncatedTail` accepts a multi-byte sequence cut off by the end of a sample.
std::size_t firstInvalid(std::string_view bytes, bool allowTruncatedTail = false);

inline bool isAscii(std::string_view bytes) {
    unsigned char any = 0;
    for (unsigned char c : bytes)
        any |= c;
    return any < 0x80;
}

} // namespace tl::utf8

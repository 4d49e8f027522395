#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace tl::text {

// Distinct tokens numbered in the order they are first seen, looked up by the tokenizer's
// views. Counting the terms of a million texts is mostly this lookup, so it hashes with
// FNV-1a (tokens are short) into an open-addressed table and makes a string only for a
// token it has not seen.
class TokenIndex {
public:
    TokenIndex();
    // The token's number; `added` says whether it was new.
    int id(QStringView token, bool &added);
    const QString &token(int id) const { return m_tokens[std::size_t(id)]; }
    int size() const { return int(m_tokens.size()); }

private:
    static std::uint32_t hash(QStringView token);
    void grow();

    std::vector<QString> m_tokens;
    std::vector<std::uint32_t> m_hashes;
    std::vector<int> m_slots; // a token's number + 1, or 0 for a free slot; a power of two long
};

} // namespace tl::text

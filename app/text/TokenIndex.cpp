#include "TokenIndex.h"

#include <algorithm>

namespace tl::text {

TokenIndex::TokenIndex()
    : m_slots(1024, 0) {
}

std::uint32_t TokenIndex::hash(QStringView token) {
    std::uint32_t h = 2166136261u;
    for (QChar c : token)
        h = (h ^ c.unicode()) * 16777619u;
    return h;
}

int TokenIndex::id(QStringView token, bool &added) {
    const std::uint32_t h = hash(token);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const int slot = m_slots[i];
        if (slot == 0) {
            added = true;
            m_tokens.push_back(token.toString());
            m_hashes.push_back(h);
            m_slots[i] = int(m_tokens.size());
            // At most half full, so probes stay short.
            if (m_tokens.size() * 2 > m_slots.size())
                grow();
            return int(m_tokens.size()) - 1;
        }
        const QString &known = m_tokens[std::size_t(slot - 1)];
        // Tokens are a few characters: compared in place, not by a library call.
        if (m_hashes[std::size_t(slot - 1)] == h && known.size() == token.size() &&
            std::equal(token.begin(), token.end(), known.begin())) {
            added = false;
            return slot - 1;
        }
    }
}

void TokenIndex::grow() {
    std::vector<int> slots(m_slots.size() * 2, 0);
    const std::size_t mask = slots.size() - 1;
    for (std::size_t t = 0; t < m_tokens.size(); ++t) {
        std::size_t i = m_hashes[t] & mask;
        while (slots[i] != 0)
            i = (i + 1) & mask;
        slots[i] = int(t) + 1;
    }
    m_slots = std::move(slots);
}

} // namespace tl::text

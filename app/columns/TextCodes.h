#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace tl {

// Dictionary codes for texts: the code of a text is the order in which it was first seen.
//
// Every import and append looks up each text cell of its kept columns here, so this is on
// the import's hot path. std::unordered_map took a division and three dependent cache misses
// per lookup (bucket, node, string); here a lookup is one probe of a flat table of
// (hash tag, code) pairs, and the string compare only runs when the tags agree. The texts
// live one after another in one buffer.
class TextCodes {
public:
    // The code of `text`, added as the next code when new (`added` is then true).
    std::uint32_t codeOf(std::string_view text, bool &added) {
        reserve(1);
        return probe(text, hashOf(text), added);
    }

    // The codes of `texts`, in order, as codeOf would give them one by one: `onCode(i, code,
    // added)` for each. The table's memory for every text is fetched before the first one is
    // compared, so the cache misses of a large dictionary overlap instead of following one
    // another (a lookup of a 200,000-text dictionary took ~450 ns alone, mostly waiting).
    template<class OnCode>
    void codesOf(const std::vector<std::string_view> &texts, OnCode &&onCode) {
        reserve(texts.size());
        m_hashes.resize(texts.size());
        for (std::size_t i = 0; i < texts.size(); ++i) {
            m_hashes[i] = hashOf(texts[i]);
            __builtin_prefetch(&m_slots[std::size_t(m_hashes[i]) & m_mask]);
        }
        for (std::size_t i = 0; i < texts.size(); ++i) {
            if (const std::uint32_t code = m_slots[std::size_t(m_hashes[i]) & m_mask].code;
                code != kNone)
                __builtin_prefetch(&m_offsets[code]);
        }
        for (std::size_t i = 0; i < texts.size(); ++i) {
            if (const std::uint32_t code = m_slots[std::size_t(m_hashes[i]) & m_mask].code;
                code != kNone)
                __builtin_prefetch(m_bytes.data() + m_offsets[code]);
        }
        for (std::size_t i = 0; i < texts.size(); ++i) {
            bool added;
            const std::uint32_t code = probe(texts[i], m_hashes[i], added);
            onCode(i, code, added);
        }
    }

    std::string_view text(std::uint32_t code) const {
        const std::size_t begin = m_offsets[code];
        const std::size_t end = code + 1 < m_offsets.size() ? m_offsets[code + 1] : m_bytes.size();
        return {m_bytes.data() + begin, end - begin};
    }
    std::size_t size() const { return m_offsets.size(); }
    std::size_t textBytes() const { return m_bytes.size(); }

private:
    static constexpr std::uint32_t kNone = 0xffffffffu; // an empty slot's code

    struct Slot {
        std::uint32_t tag = 0;
        std::uint32_t code = kNone;
    };

    // Eight bytes at a time, each word mixed in by a multiply (as in the splitmix finalizer).
    static std::uint64_t hashOf(std::string_view text) {
        std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ text.size();
        const char *p = text.data();
        std::size_t n = text.size();
        for (; n >= 8; p += 8, n -= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            h = (h ^ word) * 0xbf58476d1ce4e5b9ULL;
            h ^= h >> 31;
        }
        if (n > 0) {
            std::uint64_t word = 0;
            std::memcpy(&word, p, n);
            h = (h ^ word) * 0x94d049bb133111ebULL;
            h ^= h >> 29;
        }
        h *= 0xbf58476d1ce4e5b9ULL;
        return h ^ (h >> 32);
    }

    std::uint32_t probe(std::string_view text, std::uint64_t hash, bool &added) {
        const std::uint32_t tag = std::uint32_t(hash >> 32);
        for (std::size_t i = std::size_t(hash) & m_mask;; i = (i + 1) & m_mask) {
            Slot &slot = m_slots[i];
            if (slot.code == kNone) {
                added = true;
                slot = {tag, std::uint32_t(size())};
                m_offsets.push_back(m_bytes.size());
                m_bytes.insert(m_bytes.end(), text.begin(), text.end());
                return slot.code;
            }
            if (slot.tag == tag && this->text(slot.code) == text) {
                added = false;
                return slot.code;
            }
        }
    }

    // Room for `more` new texts with the table at most half full (short probes).
    void reserve(std::size_t more) {
        std::size_t slots = std::max<std::size_t>(64, m_slots.size());
        while ((size() + more + 1) * 2 > slots)
            slots *= 2;
        if (slots != m_slots.size())
            rehash(slots);
    }

    void rehash(std::size_t count) {
        std::vector<Slot> slots(count);
        const std::size_t mask = slots.size() - 1;
        for (std::uint32_t code = 0; code < size(); ++code) {
            const std::uint64_t hash = hashOf(text(code));
            std::size_t i = std::size_t(hash) & mask;
            while (slots[i].code != kNone)
                i = (i + 1) & mask;
            slots[i] = {std::uint32_t(hash >> 32), code};
        }
        m_slots = std::move(slots);
        m_mask = mask;
    }

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::vector<char> m_bytes;
    std::vector<std::size_t> m_offsets;
    std::vector<std::uint64_t> m_hashes; // codesOf's, kept for its next call
};

} // namespace tl

#include "ColumnCache.h"

namespace tl {

ColumnCache &ColumnCache::shared() {
    static ColumnCache cache([] {
        bool ok = false;
        const qint64 mb = qEnvironmentVariableIntValue("TRENDLENS_COLUMN_CACHE_MB", &ok);
        return (ok && mb > 0 ? mb : 1024) << 20;
    }());
    return cache;
}

ChunkPtr ColumnCache::find(const QString &key, qint64 version) {
    std::lock_guard lock(m_mutex);
    const auto found = m_index.constFind(key);
    if (found == m_index.constEnd() || (*found)->version != version)
        return nullptr;
    m_order.splice(m_order.begin(), m_order, *found);
    return m_order.front().chunk;
}

void ColumnCache::insert(const QString &key, qint64 version, ChunkPtr chunk) {
    std::lock_guard lock(m_mutex);
    if (const auto found = m_index.constFind(key); found != m_index.constEnd()) {
        m_bytes -= (*found)->chunk->bytes();
        m_order.erase(*found);
    }
    m_bytes += chunk->bytes();
    m_order.push_front({key, version, std::move(chunk)});
    m_index.insert(key, m_order.begin());
    evict();
}

void ColumnCache::evict() {
    while (m_bytes > m_budget && m_order.size() > 1) {
        const Entry &last = m_order.back();
        m_bytes -= last.chunk->bytes();
        m_index.remove(last.key);
        m_order.pop_back();
    }
}

void ColumnCache::clear() {
    std::lock_guard lock(m_mutex);
    m_order.clear();
    m_index.clear();
    m_bytes = 0;
}

qint64 ColumnCache::bytes() const {
    std::lock_guard lock(m_mutex);
    return m_bytes;
}

} // namespace tl

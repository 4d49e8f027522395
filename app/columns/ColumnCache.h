#pragma once

#include "columns/ColumnChunk.h"

#include <QHash>
#include <QString>

#include <list>
#include <mutex>

namespace tl {

// Decoded column chunks held in memory within a byte budget, least recently used evicted
// first: the second chart over the same columns reads nothing from disk. Chunks are
// immutable and shared, so a chart keeps its chunks while the cache drops them. Thread-safe.
class ColumnCache {
public:
    explicit ColumnCache(qint64 budgetBytes)
        : m_budget(budgetBytes) {}

    // The process's cache: TRENDLENS_COLUMN_CACHE_MB, else 1 GB.
    static ColumnCache &shared();

    // The chunk stored under `key` if it is still `version`.
    ChunkPtr find(const QString &key, qint64 version);
    void insert(const QString &key, qint64 version, ChunkPtr chunk);
    void clear();

    qint64 bytes() const;
    qint64 budget() const { return m_budget; }

private:
    struct Entry {
        QString key;
        qint64 version;
        ChunkPtr chunk;
    };
    void evict();

    mutable std::mutex m_mutex;
    qint64 m_budget;
    qint64 m_bytes = 0;
    std::list<Entry> m_order; // most recently used first
    QHash<QString, std::list<Entry>::iterator> m_index;
};

} // namespace tl

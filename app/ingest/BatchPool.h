#pragma once

#include "ingest/RecordBatch.h"

#include <memory>
#include <mutex>
#include <vector>

namespace tl {

// Batches go round: the parser fills one, the writer (and the column builder) read it, and it
// comes back with its memory for a later one. A fresh batch's megabytes cost the parsing
// thread a page fault every 4 KB, batch after batch.
class BatchPool {
public:
    static constexpr std::size_t kMaxFree = 2;

    // An empty batch, with the room an earlier one had when there is one.
    RecordBatch take() {
        const std::lock_guard lock(m_mutex);
        if (m_free.empty())
            return {};
        RecordBatch batch = std::move(m_free.back());
        m_free.pop_back();
        return batch;
    }

    void give(RecordBatch batch) {
        if (batch.arena.capacity() == 0)
            return; // moved from: nothing to keep
        batch.clear();
        batch.columnCount = 0;
        const std::lock_guard lock(m_mutex);
        if (m_free.size() < kMaxFree)
            m_free.push_back(std::move(batch));
    }

    // `batch` shared with another thread; it comes back here when the last user lets go.
    static std::shared_ptr<const RecordBatch> share(const std::shared_ptr<BatchPool> &pool,
                                                    RecordBatch batch) {
        return std::shared_ptr<const RecordBatch>(
            new RecordBatch(std::move(batch)), [pool](const RecordBatch *shared) {
                std::unique_ptr<RecordBatch> owned(const_cast<RecordBatch *>(shared));
                pool->give(std::move(*owned));
            });
    }

private:
    std::mutex m_mutex;
    std::vector<RecordBatch> m_free;
};

} // namespace tl

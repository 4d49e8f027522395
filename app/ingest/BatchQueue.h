#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace tl {

// A bounded hand-off between the parsing thread and the writing thread. The bound keeps
// memory flat however large the input: the parser waits while the writer is behind.
template<typename T> class BatchQueue {
public:
    explicit BatchQueue(std::size_t capacity)
        : m_capacity(capacity) {}

    // False when the queue was closed (the consumer gave up).
    bool push(T item) {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_items.size() < m_capacity || m_closed; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return true;
    }

    // Hands the item over only when there is room at once; otherwise gives it back, for a
    // producer that can do the work itself rather than wait.
    std::optional<T> tryPush(T item) {
        std::lock_guard lock(m_mutex);
        if (m_closed || m_items.size() >= m_capacity)
            return item;
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return std::nullopt;
    }

    std::optional<T> pop() {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_items.empty() || m_closed; });
        if (m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return item;
    }

    void close() {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<T> m_items;
    std::size_t m_capacity;
    bool m_closed = false;
};

} // namespace tl

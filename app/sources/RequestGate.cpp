#include "RequestGate.h"

#include <QHash>

#include <cmath>
#include <thread>

namespace tl {

namespace {

bool isCancelled(const std::atomic<bool> *cancelled) {
    return cancelled && *cancelled;
}

} // namespace

RequestGate::RequestGate(int maxConcurrent, double requestsPerSecond)
    : m_maxConcurrent(std::max(1, maxConcurrent))
    , m_gap(requestsPerSecond > 0 ? std::chrono::duration_cast<Clock::duration>(
                                        std::chrono::duration<double, std::milli>(
                                            std::ceil(1000.0 / requestsPerSecond)))
                                  : Clock::duration::zero()) {
}

std::shared_ptr<RequestGate> RequestGate::forService(const QString &service, int maxConcurrent,
                                                     double requestsPerSecond) {
    static std::mutex mutex;
    static QHash<QString, std::shared_ptr<RequestGate>> gates;
    std::lock_guard lock(mutex);
    // Keyed by the limits too: a benchmark trying two rates gets two gates.
    auto &gate =
        gates[QStringLiteral("%1|%2|%3").arg(service).arg(maxConcurrent).arg(requestsPerSecond)];
    if (!gate)
        gate = std::make_shared<RequestGate>(maxConcurrent, requestsPerSecond);
    return gate;
}

bool RequestGate::enter(const std::atomic<bool> *cancelled) {
    Clock::time_point start;
    {
        std::unique_lock lock(m_mutex);
        // In 50 ms slices, so a cancel is felt while others hold every slot.
        while (m_inside >= m_maxConcurrent) {
            if (isCancelled(cancelled))
                return false;
            m_freed.wait_for(lock, std::chrono::milliseconds(50));
        }
        ++m_inside;
        // Starts are booked in order: each waiter gets the next free start time.
        start = std::max(Clock::now(), m_nextStart);
        m_nextStart = start + m_gap;
    }
    while (Clock::now() < start) {
        if (isCancelled(cancelled)) {
            leave();
            return false;
        }
        std::this_thread::sleep_for(
            std::min<Clock::duration>(start - Clock::now(), std::chrono::milliseconds(50)));
    }
    return true;
}

void RequestGate::leave() {
    {
        std::lock_guard lock(m_mutex);
        --m_inside;
    }
    m_freed.notify_one();
}

} // namespace tl

#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace tl {

// The door to one service for every worker of this process: at most `maxConcurrent`
// requests at once, their starts spaced by the rate limit. Two fetches of the same source
// running side by side (the window and a scripted run, two KOBIS ranges) share one gate, so
// together they keep the service's limits (Nexon: 5 requests/s on a development key).
class RequestGate {
public:
    RequestGate(int maxConcurrent, double requestsPerSecond);

    // The gate of `service` with these limits, shared by everyone who names both.
    static std::shared_ptr<RequestGate> forService(const QString &service, int maxConcurrent,
                                                   double requestsPerSecond);

    // Waits for a free slot and the rate's gap; false (no slot taken) when cancelled first.
    bool enter(const std::atomic<bool> *cancelled);
    void leave();

private:
    using Clock = std::chrono::steady_clock;

    const int m_maxConcurrent;
    const Clock::duration m_gap;
    std::mutex m_mutex;
    std::condition_variable m_freed;
    int m_inside = 0;
    Clock::time_point m_nextStart{};
};

} // namespace tl

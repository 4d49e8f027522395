#include "StopOnSignal.h"

#include <atomic>
#include <csignal>

namespace tl::cli {

namespace {

std::atomic<void *> g_job{nullptr};
std::atomic<StopOnSignal::Stop> g_stop{nullptr};

extern "C" void stopJob(int) {
    void *job = g_job.load();
    const StopOnSignal::Stop stop = g_stop.load();
    if (job && stop)
        stop(job);
}

} // namespace

StopOnSignal::StopOnSignal(void *job, Stop stop) {
    g_stop = stop;
    g_job = job;
    m_previousInt = std::signal(SIGINT, stopJob);
    m_previousTerm = std::signal(SIGTERM, stopJob);
}

StopOnSignal::~StopOnSignal() {
    std::signal(SIGINT, m_previousInt);
    std::signal(SIGTERM, m_previousTerm);
    g_job = nullptr;
}

} // namespace tl::cli

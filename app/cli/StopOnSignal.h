#pragma once

namespace tl::cli {

// While it lives, Ctrl+C (and cron's or systemd's TERM) stops the job it names: `stop` is
// called with the job from the signal handler, so it must only set a flag (the jobs' cancel()
// and stop() store an atomic). The handlers before it come back when it goes. One at a time.
class StopOnSignal {
public:
    using Stop = void (*)(void *job);
    StopOnSignal(void *job, Stop stop);
    ~StopOnSignal();
    StopOnSignal(const StopOnSignal &) = delete;
    StopOnSignal &operator=(const StopOnSignal &) = delete;

private:
    void (*m_previousInt)(int);
    void (*m_previousTerm)(int);
};

} // namespace tl::cli

#pragma once

#include <QtGlobal>

namespace tl {

// X's documented reconnect schedule for streams: after a network error wait 250 ms more per
// try up to 16 s; after an HTTP error start at 5 s and double up to 320 s; after a 429 start
// at 1 minute and double (capped at 16 minutes, so a long cron run keeps trying). A
// connection that delivers data starts the schedule over.
class ReconnectBackoff {
public:
    enum class Reason { Network, Http, RateLimited };

    // `scale` shrinks every wait (tests run the real schedule in milliseconds).
    explicit ReconnectBackoff(double scale = 1.0)
        : m_scale(scale) {}

    // The wait before the next try, and counts the try.
    qint64 next(Reason reason);
    void reset();

private:
    double m_scale;
    Reason m_last = Reason::Network;
    int m_tries = 0;
};

} // namespace tl

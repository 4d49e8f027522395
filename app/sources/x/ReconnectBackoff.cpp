#include "ReconnectBackoff.h"

#include <algorithm>
#include <cmath>

namespace tl {

qint64 ReconnectBackoff::next(Reason reason) {
    // A change of trouble starts that trouble's own schedule.
    if (reason != m_last)
        m_tries = 0;
    m_last = reason;
    const int tries = m_tries++;
    double ms = 0;
    switch (reason) {
    case Reason::Network:
        ms = std::min(250.0 * (tries + 1), 16000.0);
        break;
    case Reason::Http:
        ms = std::min(5000.0 * std::pow(2.0, std::min(tries, 16)), 320000.0);
        break;
    case Reason::RateLimited:
        ms = std::min(60000.0 * std::pow(2.0, std::min(tries, 16)), 960000.0);
        break;
    }
    return qint64(ms * m_scale);
}

void ReconnectBackoff::reset() {
    m_tries = 0;
    m_last = Reason::Network;
}

} // namespace tl

#include "StreamFramer.h"

namespace tl {

bool StreamFramer::feed(QByteArrayView bytes, QList<QByteArray> &lines) {
    m_pending.append(bytes);
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = m_pending.indexOf('\n', start);
        if (end < 0)
            break;
        // A lone `\n` ends a line too; the `\r` before it is part of the terminator.
        const qsizetype length = end - start - (end > start && m_pending[end - 1] == '\r');
        if (length == 0)
            ++m_keepAlives;
        else
            lines.append(m_pending.sliced(start, length));
        start = end + 1;
    }
    m_pending.remove(0, start);
    if (m_pending.size() > kMaxLine) {
        m_pending.clear();
        return false;
    }
    return true;
}

} // namespace tl

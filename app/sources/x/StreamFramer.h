#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace tl {

// Splits a streaming body into its `\r\n`-ended messages. Reads end anywhere — mid-line,
// between `\r` and `\n` — so the unfinished tail is kept for the next read. Empty lines are
// the server's keep-alives: counted, not returned.
class StreamFramer {
public:
    // Longer than any tweet with its expansions; a server that never ends a line does not
    // grow the buffer without bound.
    static constexpr qsizetype kMaxLine = 8 * 1024 * 1024;

    // Appends the complete messages in `bytes` to `lines`; false when a line outgrew kMaxLine.
    bool feed(QByteArrayView bytes, QList<QByteArray> &lines);
    // Forgets a partial line (after a reconnect the next connection starts fresh).
    void reset() { m_pending.clear(); }

    qint64 keepAlives() const { return m_keepAlives; }
    qsizetype pendingBytes() const { return m_pending.size(); }

private:
    QByteArray m_pending;
    qint64 m_keepAlives = 0;
};

} // namespace tl

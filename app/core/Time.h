#pragma once

#include <QDateTime>
#include <QString>

namespace tl {

// How the workspace's own tables (catalog, run log) write a moment: ISO 8601 in UTC with
// milliseconds, so it sorts as text.
inline QString isoUtc(const QDateTime &time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace tl

#include "Schedule.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::Schedule", text);
}

constexpr qint64 kDay = 24 * 3600;
constexpr qint64 kMaxEvery = 366 * kDay;

// Floor division for slot numbers before the anchor.
qint64 floorDiv(qint64 a, qint64 b) {
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

std::optional<qint64> Schedule::parseEvery(const QString &text) {
    static const QRegularExpression form(QStringLiteral("^(\\d{1,6})\\s*([smhd])$"));
    const QRegularExpressionMatch m = form.match(text.trimmed().toLower());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 unit = m.captured(2) == u's'   ? 1
                        : m.captured(2) == u'm' ? 60
                        : m.captured(2) == u'h' ? 3600
                                                : kDay;
    const qint64 seconds = m.captured(1).toLongLong() * unit;
    if (seconds < 60 || seconds > kMaxEvery)
        return std::nullopt;
    return seconds;
}

QString Schedule::everyText(qint64 seconds) {
    if (seconds % kDay == 0)
        return QStringLiteral("%1d").arg(seconds / kDay);
    if (seconds % 3600 == 0)
        return QStringLiteral("%1h").arg(seconds / 3600);
    if (seconds % 60 == 0)
        return QStringLiteral("%1m").arg(seconds / 60);
    return QStringLiteral("%1s").arg(seconds);
}

Result<Schedule> Schedule::make(const QString &name, qint64 everySeconds, std::optional<QTime> at,
                                const QStringList &command, const QDateTime &now) {
    static const QRegularExpression goodName(QStringLiteral("^[\\p{L}\\p{N}_.-]{1,100}$"));
    if (!goodName.match(name).hasMatch())
        return Status::badInput(tr("a schedule's name is 1 to 100 letters, digits, '_', '.' or "
                                   "'-': '%1'")
                                    .arg(name));
    if (command.isEmpty())
        return Status::badInput(tr("a schedule needs a command after --"));
    Schedule s;
    s.name = name;
    s.everySeconds = everySeconds;
    s.at = at;
    s.command = command;
    s.createdAt = now.toUTC();
    // Without --at the schedule starts now; with it, today at that local time.
    s.anchor = at ? QDateTime(now.toLocalTime().date(), *at, Qt::LocalTime).toUTC() : s.createdAt;
    s.nextDue = s.anchor;
    return s;
}

QDateTime Schedule::slotAfter(const QDateTime &slot, qint64 count) const {
    if (at && everySeconds % kDay == 0) {
        // Whole days by the calendar: the same wall-clock time every day.
        const QDateTime local = slot.toLocalTime();
        return QDateTime(local.date().addDays(count * (everySeconds / kDay)), *at, Qt::LocalTime)
            .toUTC();
    }
    return slot.addSecs(count * everySeconds).toUTC();
}

QDateTime Schedule::latestSlot(const QDateTime &now) const {
    if (at && everySeconds % kDay == 0) {
        const qint64 days = everySeconds / kDay;
        const qint64 elapsed = anchor.toLocalTime().date().daysTo(now.toLocalTime().date());
        QDateTime slot = slotAfter(anchor, floorDiv(elapsed, days));
        if (slot > now)
            slot = slotAfter(slot, -1);
        return slot;
    }
    const qint64 seconds = anchor.secsTo(now);
    return slotAfter(anchor, floorDiv(seconds, everySeconds));
}

QDateTime Schedule::nextDueAfter(const QDateTime &slot, int failuresInARow) const {
    const qint64 wait = failuresInARow <= 0 ? 1 : qint64(1) << std::min(failuresInARow - 1, 3);
    return slotAfter(slot, wait);
}

bool Schedule::isOverdue(const QDateTime &now) const {
    return !paused && nextDue.addSecs(5 * 60 + everySeconds / 10) < now;
}

} // namespace tl

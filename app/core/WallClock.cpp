#include "WallClock.h"

#include "core/CivilTime.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <mutex>

namespace tl {

namespace {

// The years whose transitions are listed; before and after, the nearest known offset holds.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2200;

std::mutex &cacheMutex() {
    static std::mutex m;
    return m;
}

} // namespace

WallClock::WallClock()
    : WallClock(QByteArrayLiteral("UTC")) {
}

WallClock::WallClock(const QByteArray &zoneId)
    : m_zoneId(zoneId) {
    // Listing three centuries of a zone's transitions takes a few milliseconds: each zone's
    // list is built once and shared.
    static QHash<QByteArray, std::shared_ptr<const std::vector<Span>>> cache;
    std::lock_guard lock(cacheMutex());
    if (auto it = cache.constFind(zoneId); it != cache.cend()) {
        m_spans = *it;
        return;
    }
    auto spans = std::make_shared<std::vector<Span>>();
    const QTimeZone zone(zoneId);
    if (!zone.isValid() || zoneId == "UTC") {
        m_zoneId = QByteArrayLiteral("UTC");
        spans->push_back({std::numeric_limits<std::int64_t>::min(), 0});
    } else {
        const QDateTime first(QDate(kFirstYear, 1, 1), QTime(0, 0), Qt::UTC);
        spans->push_back({std::numeric_limits<std::int64_t>::min(),
                          std::int64_t(zone.offsetFromUtc(first)) * 1000});
        // Year by year: transitions() and a chain of nextTransition() calls stop where the
        // zone file's table ends (2037), while a fresh nextTransition() goes on by its rule.
        for (int year = kFirstYear; year < kLastYear; ++year) {
            const QDateTime end(QDate(year + 1, 1, 1), QTime(0, 0), Qt::UTC);
            for (QTimeZone::OffsetData t = zone.nextTransition(
                     QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC).addMSecs(-1));
                 t.atUtc.isValid() && t.atUtc < end; t = zone.nextTransition(t.atUtc)) {
                const std::int64_t at = t.atUtc.toMSecsSinceEpoch();
                const std::int64_t offset = std::int64_t(t.offsetFromUtc) * 1000;
                if (at > spans->back().fromUtcMs && offset != spans->back().offsetMs)
                    spans->push_back({at, offset});
            }
        }
    }
    m_spans = spans;
    cache.insert(zoneId, m_spans);
}

bool WallClock::isValidZone(const QByteArray &zoneId) {
    return zoneId == "UTC" || QTimeZone::isTimeZoneIdAvailable(zoneId);
}

QString WallClock::abbreviation() const {
    if (isUtc())
        return QStringLiteral("UTC");
    return QTimeZone(m_zoneId).abbreviation(QDateTime::currentDateTimeUtc());
}

std::vector<WallClock::Span>::const_iterator WallClock::spanAfter(std::int64_t utcMs) const {
    return std::upper_bound(spans().begin(), spans().end(), utcMs,
                            [](std::int64_t ms, const Span &span) { return ms < span.fromUtcMs; });
}

std::int64_t WallClock::toLocal(std::int64_t utcMs) const {
    if (spans().size() == 1)
        return utcMs + spans().front().offsetMs;
    return utcMs + std::prev(spanAfter(utcMs))->offsetMs;
}

std::optional<std::int64_t> WallClock::steadyOffset(std::int64_t fromUtcMs,
                                                    std::int64_t toUtcMs) const {
    const auto next = spanAfter(fromUtcMs);
    if (next != spans().end() && next->fromUtcMs <= toUtcMs)
        return std::nullopt;
    return std::prev(next)->offsetMs;
}

std::optional<std::string> WallClock::localText(std::string_view utcText) const {
    const auto ms = civil::parseTimestamp(utcText);
    if (!ms)
        return std::nullopt;
    return civil::formatTimestamp(toLocal(*ms));
}

QDateTime WallClock::localDateTime(const QDateTime &moment) const {
    return QDateTime::fromMSecsSinceEpoch(toLocal(moment.toMSecsSinceEpoch()), Qt::UTC);
}

namespace DisplayClock {

namespace {
// Its own lock: the first use builds a WallClock, which takes the zone cache's.
std::mutex &currentMutex() {
    static std::mutex m;
    return m;
}
WallClock &currentClock() {
    static WallClock clock;
    return clock;
}
} // namespace

WallClock resolve(const QByteArray &setting, const QString &language) {
    if (!setting.isEmpty() && WallClock::isValidZone(setting))
        return WallClock(setting);
    const QByteArray system = QTimeZone::systemTimeZoneId();
    const QTimeZone zone(system);
    const bool systemIsUtc =
        !zone.isValid() ||
        (zone.offsetFromUtc(QDateTime::currentDateTimeUtc()) == 0 && !zone.hasDaylightTime());
    if (systemIsUtc && language == QLatin1String("ko"))
        return WallClock(QByteArrayLiteral("Asia/Seoul"));
    return systemIsUtc ? WallClock() : WallClock(system);
}

void setCurrent(const WallClock &clock) {
    std::lock_guard lock(currentMutex());
    currentClock() = clock;
}

WallClock current() {
    std::lock_guard lock(currentMutex());
    return currentClock();
}

} // namespace DisplayClock

} // namespace tl

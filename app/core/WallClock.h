#pragma once

#include <QByteArray>
#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tl {

// The wall-clock time of one time zone, for the moments a workspace stores in UTC: charts
// bucket and label timestamps by it (a day in Seoul starts at 15:00 UTC) and tables show
// them in it. Offsets come from the zone's transitions (daylight saving, Korea's 1987–88
// summer time included), looked up by binary search; a zone with one offset adds a constant.
class WallClock {
public:
    // UTC: every offset 0.
    WallClock();
    // An IANA id ("Asia/Seoul") or "UTC"; an id the system does not know is UTC, check
    // isValidZone() first where a user typed it.
    explicit WallClock(const QByteArray &zoneId);

    static bool isValidZone(const QByteArray &zoneId);

    bool isUtc() const { return spans().size() == 1 && spans().front().offsetMs == 0; }
    QByteArray zoneId() const { return m_zoneId; }
    // The zone's short name now ("KST", "UTC", "CET"), for axis titles and menus.
    QString abbreviation() const;

    std::int64_t toLocal(std::int64_t utcMs) const;
    // The offset when it is the same for every moment from `fromUtcMs` to `toUtcMs`.
    std::optional<std::int64_t> steadyOffset(std::int64_t fromUtcMs, std::int64_t toUtcMs) const;
    // A stored timestamp ('YYYY-MM-DD HH:MM:SS[.mmm]', UTC) in this zone, in the same form;
    // nullopt for text that is not a stored timestamp.
    std::optional<std::string> localText(std::string_view utcText) const;
    // The wall-clock time of a moment, as a QDateTime in Qt::UTC that reads as local time.
    QDateTime localDateTime(const QDateTime &moment) const;

private:
    struct Span {
        std::int64_t fromUtcMs; // the first moment this offset applies
        std::int64_t offsetMs;
    };
    const std::vector<Span> &spans() const { return *m_spans; }
    // The first span starting after `utcMs` (end() when none does).
    std::vector<Span>::const_iterator spanAfter(std::int64_t utcMs) const;

    QByteArray m_zoneId;
    std::shared_ptr<const std::vector<Span>> m_spans; // sorted; shared by every clock of a zone
};

// The zone the window shows timestamps in, chosen in View ▸ Time zone and read by whatever
// runs a chart or formats a cell, on any thread.
namespace DisplayClock {
// "" (automatic: the system zone; Korea's when the system says UTC and the window is in
// Korean, as on a fresh WSL or cloud machine), "UTC" or an IANA id.
WallClock resolve(const QByteArray &setting, const QString &language);
void setCurrent(const WallClock &clock);
WallClock current();
} // namespace DisplayClock

} // namespace tl

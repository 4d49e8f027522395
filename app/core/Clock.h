#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace tl {

// The time that relative dates (`--from yesterday`, `--date today-1`) are read against: now,
// or the time in TRENDLENS_NOW, which the schedule runner sets for the commands it starts
// when it stands in for the clock (`schedule run-due --now`).
class Clock {
public:
    static constexpr const char *kNowVariable = "TRENDLENS_NOW";

    static QDateTime now();
    // Today by the local calendar.
    static QDate today() { return now().toLocalTime().date(); }
    // An ISO time ("2024-01-05T09:00", "2024-01-05T00:00:00Z"; local unless it names a zone).
    static std::optional<QDateTime> parse(const QString &text);
    // "today", "yesterday", "today-3", "today+1", or nullopt for anything else.
    static std::optional<QDate> relativeDay(const QString &text);
};

} // namespace tl

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tl::civil {

// Dates as day numbers (days since 1970-01-01) and timestamps as milliseconds since the epoch
// (UTC), converted to and from the text a workspace stores ('YYYY-MM-DD' and
// 'YYYY-MM-DD HH:MM:SS[.mmm]'). The proleptic Gregorian calendar, years 0000–9999, as SQLite's
// date functions use it. Day arithmetic after Howard Hinnant's civil-date algorithms.

constexpr std::int64_t kMsPerDay = 86400000;
constexpr int kMinYear = 0;
constexpr int kMaxYear = 9999;

struct Date {
    int year = 1970;
    int month = 1; // 1–12
    int day = 1;   // 1–31
};

constexpr std::int64_t daysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m > 2 ? m - 3 : m + 9) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

constexpr Date civilFromDays(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    return {int(std::int64_t(yoe) + era * 400 + (m <= 2)), m, d};
}

constexpr std::int64_t minDay() {
    return daysFromCivil(kMinYear, 1, 1);
}
constexpr std::int64_t maxDay() {
    return daysFromCivil(kMaxYear, 12, 31);
}

// Floor division for the days of negative timestamps.
constexpr std::int64_t dayOfMs(std::int64_t ms) {
    return ms >= 0 ? ms / kMsPerDay : -((-ms + kMsPerDay - 1) / kMsPerDay);
}

// Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday).
constexpr int weekdayFromMonday(std::int64_t day) {
    const std::int64_t w = (day + 3) % 7;
    return int(w < 0 ? w + 7 : w);
}

// 'YYYY-MM-DD' exactly (what the import writes); nullopt for anything else.
std::optional<std::int64_t> parseDate(std::string_view text);
// 'YYYY-MM-DD HH:MM:SS' or 'YYYY-MM-DD HH:MM:SS.mmm' exactly.
std::optional<std::int64_t> parseTimestamp(std::string_view text);

// The stored forms back: formatTimestamp writes '.mmm' only when the milliseconds are not 0,
// as the import does, so parse and format round-trip.
void appendDate(std::string &out, std::int64_t day);
void appendTimestamp(std::string &out, std::int64_t ms);
std::string formatDate(std::int64_t day);
std::string formatTimestamp(std::int64_t ms);

} // namespace tl::civil

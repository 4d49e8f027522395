#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tl::values {

// Text → typed value conversions shared by type inference and import. Pure functions over
// UTF-8 bytes; no allocation except where a canonical string is produced.

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
};

struct Timestamp {
    Date date;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millisecond = 0;
};

// "-12", "+3", "1,234,567". Leading zeros ("007") are codes, not numbers: rejected.
bool parseInteger(std::string_view text, std::int64_t &out);
// Integers and decimals, "1,234.5", "1e-3". Rejects "nan", "inf" and hex.
bool parseReal(std::string_view text, double &out);
// "true" / "false" in any case.
std::optional<bool> parseBoolean(std::string_view text);
// ISO "2024-01-05", "20240105", "2024.01.05", "2024/1/5", "24 July 2005", "July 24, 2005".
bool parseDate(std::string_view text, Date &out);
// ISO-8601 date-times ("2024-01-05T10:20:30.123Z", "2024-01-05 10:20", "+09:00" offsets,
// converted to UTC) and every date form above (midnight).
bool parseTimestamp(std::string_view text, Timestamp &out);

// Canonical forms that sort as text and bucket with SQLite's date functions.
std::string formatDate(const Date &date);           // YYYY-MM-DD
std::string formatTimestamp(const Timestamp &time); // YYYY-MM-DD HH:MM:SS[.mmm]

} // namespace tl::values

#include "CivilTime.h"

namespace tl::civil {

namespace {

bool digits(std::string_view text, std::size_t at, std::size_t count, int &out) {
    out = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        out = out * 10 + (c - '0');
    }
    return true;
}

constexpr int daysInMonth(int year, int month) {
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

void appendPadded(std::string &out, std::int64_t value, int width) {
    char buffer[8];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(buffer, std::size_t(width));
}

} // namespace

std::optional<std::int64_t> parseDate(std::string_view text) {
    int y = 0, m = 0, d = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digits(text, 0, 4, y) ||
        !digits(text, 5, 2, m) || !digits(text, 8, 2, d))
        return std::nullopt;
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
        return std::nullopt;
    return daysFromCivil(y, m, d);
}

std::optional<std::int64_t> parseTimestamp(std::string_view text) {
    if (text.size() != 19 && text.size() != 23)
        return std::nullopt;
    const auto day = parseDate(text.substr(0, 10));
    int h = 0, mi = 0, s = 0, ms = 0;
    if (!day || text[10] != ' ' || text[13] != ':' || text[16] != ':' || !digits(text, 11, 2, h) ||
        !digits(text, 14, 2, mi) || !digits(text, 17, 2, s) || h > 23 || mi > 59 || s > 59)
        return std::nullopt;
    if (text.size() == 23 && (text[19] != '.' || !digits(text, 20, 3, ms)))
        return std::nullopt;
    return *day * kMsPerDay + ((h * 60 + mi) * 60 + s) * 1000LL + ms;
}

void appendDate(std::string &out, std::int64_t day) {
    const Date d = civilFromDays(day);
    appendPadded(out, d.year, 4);
    out.push_back('-');
    appendPadded(out, d.month, 2);
    out.push_back('-');
    appendPadded(out, d.day, 2);
}

void appendTimestamp(std::string &out, std::int64_t ms) {
    const std::int64_t day = dayOfMs(ms);
    std::int64_t rest = ms - day * kMsPerDay;
    appendDate(out, day);
    out.push_back(' ');
    appendPadded(out, rest / 3600000, 2);
    out.push_back(':');
    appendPadded(out, rest / 60000 % 60, 2);
    out.push_back(':');
    appendPadded(out, rest / 1000 % 60, 2);
    if (rest % 1000 != 0) {
        out.push_back('.');
        appendPadded(out, rest % 1000, 3);
    }
}

std::string formatDate(std::int64_t day) {
    std::string out;
    appendDate(out, day);
    return out;
}

std::string formatTimestamp(std::int64_t ms) {
    std::string out;
    appendTimestamp(out, ms);
    return out;
}

} // namespace tl::civil

#include "ValueParser.h"

#include <array>
#include <charconv>
#include <cmath>

namespace tl::values {

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

// Removes thousands separators when they are well placed ("1,234,567" but not "1,23").
// Returns false when commas appear but not as proper separators.
bool stripThousands(std::string_view text, std::string &out) {
    std::size_t start = (!text.empty() && (text[0] == '-' || text[0] == '+')) ? 1 : 0;
    std::size_t end = text.find('.');
    if (end == std::string_view::npos)
        end = text.size();
    std::string_view integerPart = text.substr(start, end - start);
    if (integerPart.empty() || integerPart.front() == ',')
        return false;
    std::size_t group = 0;
    bool sawComma = false;
    for (std::size_t i = integerPart.size(); i-- > 0;) {
        if (integerPart[i] == ',') {
            if (group != 3)
                return false;
            sawComma = true;
            group = 0;
        } else if (isDigit(integerPart[i])) {
            ++group;
        } else {
            return false;
        }
    }
    if (!sawComma || group > 3)
        return false;
    out.assign(text.substr(0, start));
    for (char c : integerPart) {
        if (c != ',')
            out.push_back(c);
    }
    out.append(text.substr(end));
    return true;
}

bool parsePlainInteger(std::string_view text, std::int64_t &out) {
    if (!text.empty() && text[0] == '+')
        text.remove_prefix(1);
    std::string_view digits = (!text.empty() && text[0] == '-') ? text.substr(1) : text;
    if (digits.empty() || (digits.size() > 1 && digits[0] == '0'))
        return false;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

bool parsePlainReal(std::string_view text, double &out) {
    if (!text.empty() && text[0] == '+')
        text.remove_prefix(1);
    if (text.empty())
        return false;
    // from_chars accepts "inf", "nan" and "1." / ".5" forms; only plain decimals are numbers here.
    bool digit = false;
    for (char c : text) {
        if (isDigit(c))
            digit = true;
        else if (c != '-' && c != '.' && c != 'e' && c != 'E' && c != '+')
            return false;
    }
    if (!digit)
        return false;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size() && std::isfinite(out);
}

bool isLeapYear(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m) {
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return (m == 2 && isLeapYear(y)) ? 29 : days[m - 1];
}

bool validDate(const Date &d) {
    return d.year >= 1000 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
           d.day <= daysInMonth(d.year, d.month);
}

// Reads 1..maxDigits digits at pos; advances pos.
bool readNumber(std::string_view s, std::size_t &pos, int minDigits, int maxDigits, int &out) {
    int value = 0;
    int count = 0;
    while (pos < s.size() && isDigit(s[pos]) && count < maxDigits) {
        value = value * 10 + (s[pos] - '0');
        ++pos;
        ++count;
    }
    if (count < minDigits || (pos < s.size() && isDigit(s[pos])))
        return false;
    out = value;
    return true;
}

int monthFromName(std::string_view name) {
    static constexpr std::array<std::string_view, 12> months{
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    for (int i = 0; i < 12; ++i) {
        if (equalsIgnoreCase(name, months[i]) ||
            (name.size() == 3 && equalsIgnoreCase(name, months[i].substr(0, 3))))
            return i + 1;
    }
    return 0;
}

// "2024-01-05", "2024.1.5", "2024/01/05" (year first, one separator kind).
bool parseYearFirst(std::string_view s, std::size_t &pos, Date &d) {
    pos = 0;
    if (!readNumber(s, pos, 4, 4, d.year) || pos >= s.size())
        return false;
    char sep = s[pos];
    if (sep != '-' && sep != '.' && sep != '/')
        return false;
    ++pos;
    if (!readNumber(s, pos, 1, 2, d.month) || pos >= s.size() || s[pos] != sep)
        return false;
    ++pos;
    if (!readNumber(s, pos, 1, 2, d.day))
        return false;
    // "2024.01.05." is a common Korean spelling; accept the trailing dot.
    if (sep == '.' && pos < s.size() && s[pos] == '.')
        ++pos;
    return validDate(d);
}

// "24 July 2005", "July 24, 2005", "24 Jul 2005".
bool parseWithMonthName(std::string_view s, Date &d) {
    std::array<std::string_view, 3> words;
    std::size_t count = 0;
    std::size_t pos = 0;
    while (pos < s.size() && count < 3) {
        while (pos < s.size() && s[pos] == ' ')
            ++pos;
        std::size_t start = pos;
        while (pos < s.size() && s[pos] != ' ')
            ++pos;
        if (pos > start)
            words[count++] = s.substr(start, pos - start);
    }
    while (pos < s.size() && s[pos] == ' ')
        ++pos;
    if (count != 3 || pos != s.size())
        return false;
    auto number = [](std::string_view w, int minDigits, int maxDigits, int &out) {
        std::size_t p = 0;
        return readNumber(w, p, minDigits, maxDigits, out) && p == w.size();
    };
    if (number(words[0], 1, 2, d.day)) {
        d.month = monthFromName(words[1]);
    } else {
        d.month = monthFromName(words[0]);
        std::string_view day = words[1];
        if (!day.empty() && day.back() == ',')
            day.remove_suffix(1);
        if (!number(day, 1, 2, d.day))
            return false;
    }
    return d.month != 0 && number(words[2], 4, 4, d.year) && validDate(d);
}

// Days since 1970-01-01 (Howard Hinnant's civil calendar algorithm).
long long daysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (long long)doe - 719468;
}

Date civilFromDays(long long z) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long y = (long long)yoe + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Date{int(y + (m <= 2)), int(m), int(d)};
}

void shiftMinutes(Timestamp &t, int minutes) {
    long long total = (daysFromCivil(t.date.year, t.date.month, t.date.day) * 24 + t.hour) * 60 +
                      t.minute - minutes;
    long long days = total >= 0 ? total / 1440 : -((-total + 1439) / 1440);
    long long rest = total - days * 1440;
    t.date = civilFromDays(days);
    t.hour = int(rest / 60);
    t.minute = int(rest % 60);
}

} // namespace

bool parseInteger(std::string_view text, std::int64_t &out) {
    if (text.empty() || text.size() > 32)
        return false;
    if (parsePlainInteger(text, out))
        return true;
    std::string stripped;
    return text.find(',') != std::string_view::npos && text.find('.') == std::string_view::npos &&
           stripThousands(text, stripped) && parsePlainInteger(stripped, out);
}

bool parseReal(std::string_view text, double &out) {
    if (text.empty() || text.size() > 64)
        return false;
    std::int64_t integer;
    if (parseInteger(text, integer)) {
        out = double(integer);
        return true;
    }
    std::string_view digits = (text[0] == '-' || text[0] == '+') ? text.substr(1) : text;
    // "007.5" is a code too; "0.5" is a number.
    if (digits.size() > 1 && digits[0] == '0' && digits[1] != '.')
        return false;
    if (parsePlainReal(text, out))
        return true;
    std::string stripped;
    return text.find(',') != std::string_view::npos && stripThousands(text, stripped) &&
           parsePlainReal(stripped, out);
}

std::optional<bool> parseBoolean(std::string_view text) {
    if (equalsIgnoreCase(text, "true"))
        return true;
    if (equalsIgnoreCase(text, "false"))
        return false;
    return std::nullopt;
}

bool parseDate(std::string_view s, Date &out) {
    if (s.size() < 8 || s.size() > 32)
        return false;
    Date d;
    std::size_t pos = 0;
    if (s.size() == 8 && isDigit(s[4])) {
        // yyyymmdd: the KOBIS targetDt form.
        if (!readNumber(s, pos, 8, 8, d.year))
            return false;
        d = Date{d.year / 10000, d.year / 100 % 100, d.year % 100};
        if (d.year < 1900 || d.year > 2100 || !validDate(d))
            return false;
        out = d;
        return true;
    }
    if (isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3])) {
        if (!parseYearFirst(s, pos, d) || pos != s.size())
            return false;
        out = d;
        return true;
    }
    if (!parseWithMonthName(s, d))
        return false;
    out = d;
    return true;
}

bool parseTimestamp(std::string_view s, Timestamp &out) {
    Timestamp t;
    if (parseDate(s, t.date)) {
        out = t;
        return true;
    }
    std::size_t pos = 0;
    if (s.size() < 16 || s.size() > 40 || !parseYearFirst(s, pos, t.date) || s[4] != '-')
        return false;
    if (pos >= s.size() || (s[pos] != 'T' && s[pos] != ' '))
        return false;
    ++pos;
    if (!readNumber(s, pos, 2, 2, t.hour) || pos >= s.size() || s[pos] != ':')
        return false;
    ++pos;
    if (!readNumber(s, pos, 2, 2, t.minute))
        return false;
    if (pos < s.size() && s[pos] == ':') {
        ++pos;
        if (!readNumber(s, pos, 2, 2, t.second))
            return false;
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
            ++pos;
            int digits = 0;
            int ms = 0;
            while (pos < s.size() && isDigit(s[pos])) {
                if (digits < 3)
                    ms = ms * 10 + (s[pos] - '0');
                ++digits;
                ++pos;
            }
            if (digits == 0)
                return false;
            for (int i = digits; i < 3; ++i)
                ms *= 10;
            t.millisecond = ms;
        }
    }
    if (t.hour > 23 || t.minute > 59 || t.second > 60)
        return false;
    if (pos < s.size()) {
        if (s[pos] == 'Z' || s[pos] == 'z') {
            ++pos;
        } else if (s[pos] == '+' || s[pos] == '-') {
            const int sign = s[pos] == '-' ? -1 : 1;
            ++pos;
            // "+09:00", "+0900" or "+09".
            auto twoDigits = [&](int &out) {
                if (pos + 2 > s.size() || !isDigit(s[pos]) || !isDigit(s[pos + 1]))
                    return false;
                out = (s[pos] - '0') * 10 + (s[pos + 1] - '0');
                pos += 2;
                return true;
            };
            int hours = 0;
            int minutes = 0;
            if (!twoDigits(hours))
                return false;
            if (pos < s.size() && s[pos] == ':')
                ++pos;
            if (pos < s.size() && !twoDigits(minutes))
                return false;
            if (hours > 23 || minutes > 59)
                return false;
            shiftMinutes(t, sign * (hours * 60 + minutes));
        }
    }
    if (pos != s.size())
        return false;
    out = t;
    return true;
}

namespace {
// Zero-padded to `width` digits; snprintf was a visible share of importing a date column.
void appendPadded(std::string &out, int value, int width) {
    char digits[12];
    int n = 0;
    unsigned v = unsigned(value);
    do {
        digits[n++] = char('0' + v % 10);
        v /= 10;
    } while (v != 0);
    for (; width > n; --width)
        out.push_back('0');
    while (n > 0)
        out.push_back(digits[--n]);
}
} // namespace

std::string formatDate(const Date &d) {
    std::string out;
    out.reserve(10);
    appendPadded(out, d.year, 4);
    out.push_back('-');
    appendPadded(out, d.month, 2);
    out.push_back('-');
    appendPadded(out, d.day, 2);
    return out;
}

std::string formatTimestamp(const Timestamp &t) {
    std::string out = formatDate(t.date);
    out.push_back(' ');
    appendPadded(out, t.hour, 2);
    out.push_back(':');
    appendPadded(out, t.minute, 2);
    out.push_back(':');
    appendPadded(out, t.second, 2);
    if (t.millisecond != 0) {
        out.push_back('.');
        appendPadded(out, t.millisecond, 3);
    }
    return out;
}

} // namespace tl::values

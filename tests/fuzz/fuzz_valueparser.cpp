#include "ingest/ValueParser.h"

#include <cstdint>

// Text → number, date, timestamp; what parses formats back to a canonical form that parses
// to the same value.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace tl::values;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    std::int64_t integer = 0;
    (void)parseInteger(text, integer);
    double real = 0;
    (void)parseReal(text, real);
    (void)parseBoolean(text);
    Date date;
    if (parseDate(text, date)) {
        Date again;
        if (!parseDate(formatDate(date), again) || again.year != date.year ||
            again.month != date.month || again.day != date.day)
            __builtin_trap();
    }
    Timestamp time;
    if (parseTimestamp(text, time)) {
        Timestamp again;
        if (!parseTimestamp(formatTimestamp(time), again) || again.date.day != time.date.day ||
            again.second != time.second)
            __builtin_trap();
    }
    return 0;
}

#pragma once

struct sqlite3;

namespace tl {

// tl_wall_clock(timestamp, zone): a stored timestamp (UTC text) as the wall-clock time of the
// IANA zone, in the same 'YYYY-MM-DD HH:MM:SS[.mmm]' form, so date functions and text
// prefixes bucket it by that zone's days. Other values pass through unchanged. Registered on
// every workspace connection; Dialect::wallClock() spells the call.
void registerWallClockFunction(sqlite3 *db);

} // namespace tl

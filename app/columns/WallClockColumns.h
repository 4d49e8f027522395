#pragma once

#include "columns/ColumnStore.h"

namespace tl {

class WallClock;

// Rewrites a snapshot's timestamp columns (EpochMs) as the wall-clock time of `clock`'s zone,
// so buckets, filters and hour() in the column engine count that zone's days, as SQL does
// through tl_wall_clock(). The stored chunks are untouched: the snapshot gets new ones.
// A cancel stops between chunks and leaves the snapshot half shifted: discard it then.
void toWallClock(ColumnSnapshot &snapshot, const WallClock &clock,
                 const std::atomic<bool> *cancelled = nullptr);

} // namespace tl

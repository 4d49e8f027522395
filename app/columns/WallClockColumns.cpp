#include "WallClockColumns.h"

#include "core/WallClock.h"

namespace tl {

namespace {

ChunkPtr shifted(const ChunkPtr &stored, const WallClock &clock,
                 std::vector<std::int64_t> &scratch) {
    const ColumnChunk &chunk = *stored;
    if (chunk.lo() > chunk.hi()) // every row NULL
        return stored;
    // Nearly every chunk lies within one offset of its zone: its base moves, nothing is copied.
    if (const auto offset = clock.steadyOffset(chunk.lo(), chunk.hi())) {
        if (ChunkPtr moved = chunk.plus(*offset))
            return moved;
    }
    const std::int64_t *values = chunk.integers(scratch);
    ColumnChunk::Builder builder(ColumnEncoding::EpochMs);
    for (int row = 0; row < chunk.rows(); ++row) {
        if (chunk.isNull(row))
            builder.appendNull();
        else
            builder.appendInteger(clock.toLocal(values[row]));
    }
    return ColumnChunk::decode(builder.encode());
}

} // namespace

void toWallClock(ColumnSnapshot &snapshot, const WallClock &clock,
                 const std::atomic<bool> *cancelled) {
    if (clock.isUtc())
        return;
    std::vector<std::int64_t> scratch;
    for (LoadedColumn &column : snapshot.columns) {
        if (column.encoding != ColumnEncoding::EpochMs)
            continue;
        for (ChunkPtr &chunk : column.chunks) {
            if (cancelled && cancelled->load(std::memory_order_relaxed))
                return;
            chunk = shifted(chunk, clock, scratch);
        }
    }
}

} // namespace tl

#include "ColumnOrder.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <thread>

namespace tl {

namespace {

// A sort key and its row: reals mapped to integers that order the same way.
struct Keyed {
    std::int64_t key;
    qint64 rowid;
};

std::int64_t orderedBits(double v) {
    if (v == 0.0)
        v = 0.0; // -0.0 sorts with 0.0, as in SQLite
    const auto bits = std::bit_cast<std::int64_t>(v);
    return bits >= 0 ? bits : bits ^ std::numeric_limits<std::int64_t>::max();
}

// Sorts on both cores: each half on its own, then one merge.
template<typename Less> void sortOnBothCores(std::vector<Keyed> &keyed, Less less) {
    const auto middle = keyed.begin() + std::ptrdiff_t(keyed.size() / 2);
    std::thread other([&] { std::sort(keyed.begin(), middle, less); });
    std::sort(middle, keyed.end(), less);
    other.join();
    std::inplace_merge(keyed.begin(), middle, keyed.end(), less);
}

} // namespace

Status ColumnOrder::sortedRowids(QSqlDatabase &db, const DatasetInfo &info, const QString &column,
                                 bool descending, const std::atomic<bool> *cancelled,
                                 std::vector<qint64> &rowids, QString &note) {
    rowids.clear();
    ColumnSnapshot snapshot;
    if (Status s = readFreshColumns(db, info, {column}, true, {}, cancelled, snapshot, note);
        !s || !note.isEmpty())
        return s;
    const auto found = snapshot.columns.constFind(column);
    if (found == snapshot.columns.constEnd() || found->encoding == ColumnEncoding::None) {
        note = found == snapshot.columns.constEnd()
                   ? QCoreApplication::translate("tl::ColumnOrder", "the column is not kept")
                   : found->reason;
        return Status::success();
    }
    const LoadedColumn &loaded = *found;
    // Texts sort by their bytes: each dictionary code gets its string's rank.
    std::vector<std::int64_t> rank;
    if (loaded.encoding == ColumnEncoding::Dictionary) {
        const auto &strings = loaded.dictionary->strings;
        std::vector<std::uint32_t> codes(strings.size());
        for (std::uint32_t c = 0; c < codes.size(); ++c)
            codes[c] = c;
        std::sort(codes.begin(), codes.end(),
                  [&](std::uint32_t a, std::uint32_t b) { return strings[a] < strings[b]; });
        rank.resize(codes.size());
        for (std::size_t r = 0; r < codes.size(); ++r)
            rank[codes[r]] = std::int64_t(r);
    }
    const auto keyAt = [&](const ColumnChunk &values, int r) -> std::int64_t {
        switch (loaded.encoding) {
        case ColumnEncoding::Real:
            return orderedBits(values.reals()[r]);
        case ColumnEncoding::Dictionary:
            return rank[values.codeAt(r)];
        default:
            return values.integerAt(r);
        }
    };
    const auto rowidAt = [&](std::uint64_t position) {
        return snapshot.rowids[std::size_t(position >> 16)]->integerAt(int(position & 0xffff));
    };
    static_assert(ColumnChunk::kRows == 1 << 16);
    // The keys' span: narrow keys (dictionary ranks, small numbers, days) sort packed with
    // their row's position in one 64-bit word, by radix; wide ones as pairs.
    std::int64_t lo = std::numeric_limits<std::int64_t>::max();
    std::int64_t hi = std::numeric_limits<std::int64_t>::min();
    std::vector<qint64> nulls;
    for (std::size_t c = 0; c < loaded.chunks.size(); ++c) {
        const ColumnChunk &values = *loaded.chunks[c];
        for (int r = 0; r < values.rows(); ++r) {
            if (values.isNull(r)) {
                nulls.push_back(snapshot.rowids[c]->integerAt(r));
                continue;
            }
            const std::int64_t key = keyAt(values, r);
            lo = std::min(lo, key);
            hi = std::max(hi, key);
        }
    }
    if (cancelled && cancelled->load(std::memory_order_relaxed))
        return Status::cancelled(QCoreApplication::translate("tl::ColumnOrder", "cancelled"));
    const std::size_t present = std::size_t(snapshot.rows) - nulls.size();
    rowids.resize(present);
    if (present > 0 && std::uint64_t(hi - lo) < (std::uint64_t(1) << 31)) {
        // Key (ascending or descending) above, position below; positions come in order, and
        // a stable radix sort of the keys keeps ties by rowid.
        std::size_t i = 0;
        for (std::size_t c = 0; c < loaded.chunks.size(); ++c) {
            const ColumnChunk &values = *loaded.chunks[c];
            for (int r = 0; r < values.rows(); ++r) {
                if (values.isNull(r))
                    continue;
                const std::int64_t key = keyAt(values, r);
                const auto k = std::uint64_t(descending ? hi - key : key - lo);
                rowids[i++] = qint64(k << 32 | (std::uint64_t(c) << 16 | std::uint64_t(r)));
            }
        }
        const int keyBits = std::bit_width(std::uint64_t(hi - lo));
        std::vector<qint64> spare(present);
        for (int shift = 32; shift < 32 + keyBits; shift += 11) {
            std::array<std::size_t, 2049> starts{};
            for (const qint64 v : rowids)
                ++starts[((std::uint64_t(v) >> shift) & 2047) + 1];
            for (std::size_t d = 1; d < starts.size(); ++d)
                starts[d] += starts[d - 1];
            for (const qint64 v : rowids)
                spare[starts[(std::uint64_t(v) >> shift) & 2047]++] = v;
            rowids.swap(spare);
        }
        for (qint64 &v : rowids)
            v = rowidAt(std::uint64_t(v) & 0xffffffffu);
    } else if (present > 0) {
        std::vector<Keyed> keyed;
        keyed.reserve(present);
        for (std::size_t c = 0; c < loaded.chunks.size(); ++c) {
            const ColumnChunk &values = *loaded.chunks[c];
            for (int r = 0; r < values.rows(); ++r) {
                if (!values.isNull(r))
                    keyed.push_back({keyAt(values, r), snapshot.rowids[c]->integerAt(r)});
            }
        }
        if (descending)
            sortOnBothCores(keyed, [](const Keyed &a, const Keyed &b) {
                return a.key != b.key ? a.key > b.key : a.rowid < b.rowid;
            });
        else
            sortOnBothCores(keyed, [](const Keyed &a, const Keyed &b) {
                return a.key != b.key ? a.key < b.key : a.rowid < b.rowid;
            });
        for (std::size_t i = 0; i < present; ++i)
            rowids[i] = keyed[i].rowid;
    }
    // NULLs are the smallest values: first ascending, last descending.
    rowids.insert(descending ? rowids.end() : rowids.begin(), nulls.begin(), nulls.end());
    return Status::success();
}

} // namespace tl

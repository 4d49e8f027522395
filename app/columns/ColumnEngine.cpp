#include "ColumnEngine.h"

#include "analysis/NiceBins.h"

#include "analysis/QueryBuilder.h"
#include "columns/TextCodes.h"
#include "columns/VectorProgram.h"
#include "core/CivilTime.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <bit>
#include <cstring>
#include <deque>
#include <functional>
#include <limits>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::ColumnEngine", text);
}

using Type = SqlValue::Type;
using sqlrules::Affinity;

// A value reduced to what grouping needs: its type and 64 bits (a dictionary text by its
// code, see keyAt).
struct Key {
    std::uint64_t bits = 0;
    Type type = Type::Null;
    friend bool operator==(const Key &, const Key &) = default;
};

Key keyOf(const SqlValue &v) {
    Key k;
    k.type = v.type;
    switch (v.type) {
    case Type::Null:
        break;
    case Type::Real: {
        const double r = v.r == 0.0 ? 0.0 : v.r; // -0.0 groups with 0.0
        std::memcpy(&k.bits, &r, sizeof r);
        break;
    }
    case Type::Text: // one dictionary's texts have one address each (count distinct)
        k.bits = reinterpret_cast<std::uintptr_t>(v.text);
        break;
    default:
        k.bits = std::uint64_t(v.i);
        break;
    }
    return k;
}

// Dictionary texts group by their code; the key turns back into the value for the output.
Key keyAt(const LoadedColumn &column, const ColumnChunk &chunk, int row) {
    if (column.encoding == ColumnEncoding::Dictionary && !chunk.isNull(row))
        return {chunk.codeAt(row), Type::Text};
    return keyOf(VectorProgram::valueOf(column, chunk, row));
}

SqlValue valueOfKey(const LoadedColumn *column, const Key &k) {
    SqlValue v;
    v.type = k.type;
    if (k.type == Type::Text)
        return SqlValue::string(column->dictionary->strings[std::size_t(k.bits)]);
    if (k.type == Type::Real)
        std::memcpy(&v.r, &k.bits, sizeof v.r);
    else
        v.i = std::int64_t(k.bits);
    return v;
}

struct GroupKey {
    Key k;
    Key s;
    friend bool operator==(const GroupKey &, const GroupKey &) = default;
};

struct KeyHash {
    std::size_t operator()(const Key &k) const {
        return std::hash<std::uint64_t>()(k.bits * 0x9E3779B97F4A7C15ULL ^ std::uint64_t(k.type));
    }
    std::size_t operator()(const GroupKey &g) const { return (*this)(g.k) * 31 + (*this)(g.s); }
};

// One group's aggregate state, merged across the two scan threads.
struct Acc {
    qint64 rows = 0;  // count(*)
    qint64 count = 0; // count(v)
    qint64 isum = 0;
    bool overflow = false;
    bool anyReal = false;
    double rsum = 0;
    SqlValue min, max;
    std::vector<double> values;                 // median and box
    std::vector<qint64> valueCounts;            // ... or how often each integer occurs
    std::int64_t valueBase = 0;                 // (the value of valueCounts[0])
    std::unordered_set<std::uint64_t> distinct; // count distinct
    std::vector<std::uint64_t> distinctBits;    // ... or a bit per dense value id

    void add(const SqlValue &v, Aggregate agg, bool keepValues) {
        ++rows;
        if (v.isNull())
            return;
        ++count;
        switch (agg) {
        case Aggregate::Sum:
        case Aggregate::Avg:
            if (v.type == Type::Integer) {
                rsum += double(v.i);
                if (!overflow && __builtin_add_overflow(isum, v.i, &isum))
                    overflow = true;
            } else {
                rsum += v.r;
                anyReal = true;
            }
            break;
        case Aggregate::Min:
            if (min.isNull() || sqlrules::order(v, min) < 0)
                min = v;
            break;
        case Aggregate::Max:
            if (max.isNull() || sqlrules::order(v, max) > 0)
                max = v;
            break;
        case Aggregate::CountDistinct:
            distinct.insert(keyOf(v).bits);
            break;
        default:
            break;
        }
        if (keepValues)
            values.push_back(v.toReal());
    }

    void merge(Acc &&o) {
        rows += o.rows;
        count += o.count;
        if (!overflow && (o.overflow || __builtin_add_overflow(isum, o.isum, &isum)))
            overflow = true;
        anyReal = anyReal || o.anyReal;
        rsum += o.rsum;
        if (!o.min.isNull() && (min.isNull() || sqlrules::order(o.min, min) < 0))
            min = o.min;
        if (!o.max.isNull() && (max.isNull() || sqlrules::order(o.max, max) > 0))
            max = o.max;
        values.insert(values.end(), o.values.begin(), o.values.end());
        distinct.merge(o.distinct);
        addInto(valueCounts, o.valueCounts);
        if (distinctBits.size() < o.distinctBits.size())
            distinctBits.resize(o.distinctBits.size());
        for (std::size_t i = 0; i < o.distinctBits.size(); ++i)
            distinctBits[i] |= o.distinctBits[i];
        if (!o.valueCounts.empty())
            valueBase = o.valueBase; // one base for every group of a scan
    }

    qint64 distinctCount() const {
        qint64 n = qint64(distinct.size());
        for (const std::uint64_t word : distinctBits)
            n += std::popcount(word);
        return n;
    }

    template<typename T> static void addInto(std::vector<T> &into, const std::vector<T> &from) {
        if (into.size() < from.size())
            into.resize(from.size());
        for (std::size_t i = 0; i < from.size(); ++i)
            into[i] += from[i];
    }

    QVariant sum() const {
        if (count == 0)
            return {};
        if (anyReal || overflow)
            return rsum;
        return qlonglong(isum);
    }
};

// What the threads collect: groups for the chart, ranks for the top N, raw points.
struct Partial {
    std::unordered_map<GroupKey, Acc, KeyHash> groups;
    std::unordered_map<Key, Acc, KeyHash> ranks; // per series value, x NULL rows included
    struct RawPoint {
        SqlValue k;
        double v;
        Key s;
        qint64 order;
    };
    std::vector<RawPoint> raw;
    std::vector<std::pair<double, Key>> binned; // histogram: x and series of each row
    VectorProgram::Scratch scratch;
};

// A group's values in order, for median and box: sorted, or as counts per integer value.
class OrderedValues {
public:
    explicit OrderedValues(Acc &acc) {
        if (acc.values.empty()) {
            m_counts = &acc.valueCounts;
            m_base = acc.valueBase;
            for (const qint64 c : acc.valueCounts)
                m_size += c;
            return;
        }
        for (std::size_t i = 0; i < acc.valueCounts.size(); ++i)
            acc.values.insert(acc.values.end(), std::size_t(acc.valueCounts[i]),
                              double(acc.valueBase + qint64(i)));
        m_sorted = std::move(acc.values);
        std::sort(m_sorted.begin(), m_sorted.end());
        m_size = qint64(m_sorted.size());
    }

    qint64 size() const { return m_size; }

    double at(qint64 i) const {
        if (!m_counts)
            return m_sorted[std::size_t(i)];
        for (std::size_t v = 0; v < m_counts->size(); ++v) {
            if (i < (*m_counts)[v])
                return double(m_base + qint64(v));
            i -= (*m_counts)[v];
        }
        return 0;
    }

    // As SQL's box and median queries interpolate: between the two nearest ranks.
    double quantile(double p) const {
        const double pos = p * double(m_size - 1);
        const auto lo = qint64(pos);
        const double frac = pos - double(lo);
        double result = at(lo) * (1 - frac);
        if (lo + 1 < m_size)
            result += at(lo + 1) * frac;
        return result;
    }

private:
    std::vector<double> m_sorted;
    const std::vector<qint64> *m_counts = nullptr;
    std::int64_t m_base = 0;
    qint64 m_size = 0;
};

// Time buckets as their first instant (days, or ms for minutes and hours) and as the label
// SQL gives them.
struct Bucketer {
    TimeBucket bucket;

    SqlValue apply(const SqlValue &v) const {
        if (v.isNull() || bucket == TimeBucket::None)
            return v;
        const std::int64_t ms = v.type == Type::Day ? v.i * civil::kMsPerDay : v.i;
        const std::int64_t day = civil::dayOfMs(ms);
        switch (bucket) {
        case TimeBucket::Minute:
            return SqlValue::temporal(Type::Ms, ms - (ms - day * civil::kMsPerDay) % 60000);
        case TimeBucket::Hour:
            return SqlValue::temporal(Type::Ms, ms - (ms - day * civil::kMsPerDay) % 3600000);
        case TimeBucket::Day:
            return SqlValue::temporal(Type::Day, day);
        case TimeBucket::TenDay: {
            const civil::Date d = civil::civilFromDays(day);
            return SqlValue::temporal(Type::Day, civil::daysFromCivil(d.year, d.month,
                                                                      d.day <= 10   ? 1
                                                                      : d.day <= 20 ? 11
                                                                                    : 21));
        }
        case TimeBucket::Week:
            return SqlValue::temporal(Type::Day, day - civil::weekdayFromMonday(day));
        case TimeBucket::Month: {
            const civil::Date d = civil::civilFromDays(day);
            return SqlValue::temporal(Type::Day, civil::daysFromCivil(d.year, d.month, 1));
        }
        case TimeBucket::Quarter: {
            const civil::Date d = civil::civilFromDays(day);
            return SqlValue::temporal(Type::Day,
                                      civil::daysFromCivil(d.year, (d.month - 1) / 3 * 3 + 1, 1));
        }
        case TimeBucket::Year:
            return SqlValue::temporal(Type::Day,
                                      civil::daysFromCivil(civil::civilFromDays(day).year, 1, 1));
        case TimeBucket::None:
            break;
        }
        return v;
    }

    QVariant label(const SqlValue &k) const {
        std::string text;
        switch (bucket) {
        case TimeBucket::None:
            return sqlrules::toVariant(k);
        case TimeBucket::Minute:
        case TimeBucket::Hour:
            civil::appendTimestamp(text, k.i);
            text.resize(16);
            break;
        case TimeBucket::Month:
            civil::appendDate(text, k.i);
            text.resize(7);
            break;
        case TimeBucket::Quarter: {
            const civil::Date d = civil::civilFromDays(k.i);
            civil::appendDate(text, k.i);
            text.resize(4);
            text += "-Q" + std::to_string((d.month + 2) / 3);
            break;
        }
        case TimeBucket::Year:
            civil::appendDate(text, k.i);
            text.resize(4);
            break;
        default:
            civil::appendDate(text, k.i);
            break;
        }
        return QString::fromLatin1(text.data(), qsizetype(text.size()));
    }
};

enum class FilterOp { Condition, IsNull, NotNull, In, Between, Contains, Eq, Ne, Lt, Le, Gt, Ge };

FilterOp filterOpOf(const QString &op) {
    static const QHash<QString, FilterOp> ops{{QString(), FilterOp::Condition},
                                              {QStringLiteral("isnull"), FilterOp::IsNull},
                                              {QStringLiteral("notnull"), FilterOp::NotNull},
                                              {QStringLiteral("in"), FilterOp::In},
                                              {QStringLiteral("between"), FilterOp::Between},
                                              {QStringLiteral("contains"), FilterOp::Contains},
                                              {QStringLiteral("="), FilterOp::Eq},
                                              {QStringLiteral("!="), FilterOp::Ne},
                                              {QStringLiteral("<"), FilterOp::Lt},
                                              {QStringLiteral("<="), FilterOp::Le},
                                              {QStringLiteral(">"), FilterOp::Gt},
                                              {QStringLiteral(">="), FilterOp::Ge}};
    return ops.value(op, FilterOp::Ge);
}

// A filter of the spec as a per-row test.
struct Filter {
    ExprNode node; // what `value` runs; it points into it
    VectorProgram value;
    FilterOp op = FilterOp::Condition;
    std::vector<SqlValue> operands;
    std::string pattern; // contains: lower-case ASCII
    TextArena arena;
};

SqlValue operandValue(const QJsonValue &json, TextArena &arena) {
    switch (json.type()) {
    case QJsonValue::Bool:
        return SqlValue::integer(json.toBool() ? 1 : 0);
    case QJsonValue::Double: {
        const QVariant v = json.toVariant();
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            return SqlValue::integer(v.toLongLong());
        return SqlValue::real(json.toDouble());
    }
    case QJsonValue::String:
        return SqlValue::string(arena.keep(json.toString().toStdString()));
    default:
        return SqlValue::null();
    }
}

std::string asciiLower(std::string_view text) {
    std::string out(text);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
    }
    return out;
}

bool passes(const Filter &f, const SqlValue &v) {
    using sqlrules::compare;
    const Affinity aff = f.value.affinity();
    switch (f.op) {
    case FilterOp::IsNull:
        return v.isNull();
    case FilterOp::NotNull:
        return !v.isNull();
    default:
        break;
    }
    if (v.isNull())
        return false;
    switch (f.op) {
    case FilterOp::In: {
        // `IN (SELECT value FROM json_each(?))`: the list's values take a numeric column's
        // affinity, never a text column's (so '12' is not IN [12]).
        const Affinity listAffinity = aff == Affinity::Numeric ? aff : Affinity::None;
        return std::any_of(f.operands.begin(), f.operands.end(), [&](const SqlValue &o) {
            const auto c = compare(v, listAffinity, o, Affinity::None);
            return c && *c == 0;
        });
    }
    case FilterOp::Between: {
        const auto lo = compare(v, aff, f.operands[0], Affinity::None);
        const auto hi = compare(v, aff, f.operands[1], Affinity::None);
        return lo && hi && *lo >= 0 && *hi <= 0;
    }
    case FilterOp::Contains: {
        std::string buffer;
        return asciiLower(sqlrules::textOf(v, buffer)).find(f.pattern) != std::string::npos;
    }
    default:
        break;
    }
    const auto c = compare(v, aff, f.operands[0], Affinity::None);
    if (!c)
        return false;
    switch (f.op) {
    case FilterOp::Eq:
        return *c == 0;
    case FilterOp::Ne:
        return *c != 0;
    case FilterOp::Lt:
        return *c < 0;
    case FilterOp::Le:
        return *c <= 0;
    case FilterOp::Gt:
        return *c > 0;
    default:
        return *c >= 0;
    }
}

using Filters = std::vector<std::unique_ptr<Filter>>;

// Marks the rows of chunk `c` (n rows) that pass every filter.
void applyFilters(const Filters &filters, int c, int n, std::vector<std::uint8_t> &keep,
                  std::vector<SqlValue> &values, VectorProgram::Scratch &scratch) {
    keep.assign(std::size_t(n), 1);
    for (const auto &f : filters) {
        if (f->op == FilterOp::Condition) {
            f->value.filter(c, n, keep, scratch);
            continue;
        }
        f->value.run(c, n, values, scratch);
        for (int r = 0; r < n; ++r) {
            if (keep[std::size_t(r)] && !passes(*f, values[std::size_t(r)]))
                keep[std::size_t(r)] = 0;
        }
    }
}

std::optional<Column> findColumn(const DatasetInfo &info, const QString &name) {
    for (const Column &c : info.columns) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

bool isNumeric(ColumnType t) {
    return t == ColumnType::Integer || t == ColumnType::Real || t == ColumnType::Boolean;
}

std::string labelText(const SqlValue &s) {
    if (s.isNull())
        return QueryBuilder::emptyLabel().toStdString();
    std::string buffer;
    return std::string(sqlrules::textOf(s, buffer));
}

int compareBytes(const std::string &a, const std::string &b) {
    const int c = std::memcmp(a.data(), b.data(), std::min(a.size(), b.size()));
    return c != 0 ? c : a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

// Bounds of a column's non-null values, from its chunks' own.
std::pair<std::int64_t, std::int64_t> boundsOf(const LoadedColumn &column) {
    std::int64_t lo = std::numeric_limits<std::int64_t>::max();
    std::int64_t hi = std::numeric_limits<std::int64_t>::min();
    for (const ChunkPtr &chunk : column.chunks) {
        if (chunk->lo() <= chunk->hi()) {
            lo = std::min(lo, chunk->lo());
            hi = std::max(hi, chunk->hi());
        }
    }
    return {lo, hi};
}

// Dense ids for the values of a grouping column (after its time bucket), so a scan indexes
// arrays instead of hashing: id 0 is NULL, ids 1… the values in order. Not for reals or
// integers spread too wide (the hashed scan takes those).
class DenseIds {
public:
    static constexpr std::int64_t kMaxIds = 1 << 20;

    static std::optional<DenseIds> of(const LoadedColumn &column, TimeBucket bucket) {
        DenseIds ids;
        if (column.encoding == ColumnEncoding::Dictionary) {
            if (bucket != TimeBucket::None)
                return std::nullopt;
            ids.m_kind = Kind::Code;
            ids.m_keys.resize(column.dictionary->strings.size() + 1);
            for (std::size_t code = 0; code < column.dictionary->strings.size(); ++code)
                ids.m_keys[code + 1] = {code, Type::Text};
            return ids;
        }
        if (column.encoding == ColumnEncoding::Real || column.encoding == ColumnEncoding::None)
            return std::nullopt;
        auto [lo, hi] = boundsOf(column);
        if (lo > hi)
            lo = hi = 0;
        const bool ms = column.encoding == ColumnEncoding::EpochMs;
        const Type type = column.encoding == ColumnEncoding::Integer ? Type::Integer
                          : ms                                       ? Type::Ms
                                                                     : Type::Day;
        const bool byDay = bucket == TimeBucket::Day || bucket == TimeBucket::TenDay ||
                           bucket == TimeBucket::Week || bucket == TimeBucket::Month ||
                           bucket == TimeBucket::Quarter || bucket == TimeBucket::Year;
        if (byDay) {
            // A table from each day of the column's span to its bucket's id.
            const std::int64_t first = ms ? civil::dayOfMs(lo) : lo;
            const std::int64_t last = ms ? civil::dayOfMs(hi) : hi;
            if (last - first >= 4 * kMaxIds)
                return std::nullopt;
            ids.m_kind = ms ? Kind::MsDayTable : Kind::DayTable;
            ids.m_base = first;
            ids.m_table.resize(std::size_t(last - first + 1));
            const Bucketer bucketer{bucket};
            ids.m_keys.resize(1);
            for (std::int64_t day = first; day <= last; ++day) {
                const Key k = keyOf(bucketer.apply(SqlValue::temporal(Type::Day, day)));
                if (ids.m_keys.size() == 1 || !(ids.m_keys.back() == k))
                    ids.m_keys.push_back(k);
                ids.m_table[std::size_t(day - first)] = std::uint32_t(ids.m_keys.size() - 1);
            }
            return ids;
        }
        // A range of values, minutes or hours: id = value / unit - base + 1.
        std::int64_t unit = 1, scale = 1;
        Type keyType = type;
        if (bucket == TimeBucket::Minute || bucket == TimeBucket::Hour) {
            keyType = Type::Ms;
            if (ms)
                unit = scale = bucket == TimeBucket::Minute ? 60000 : 3600000;
            else
                scale = civil::kMsPerDay; // a date's minute and hour are its midnight
        }
        const std::int64_t base = floorDiv(lo, unit);
        if (floorDiv(hi, unit) - base >= kMaxIds)
            return std::nullopt;
        ids.m_kind = Kind::Range;
        ids.m_base = base;
        ids.m_unit = unit;
        ids.m_keys.resize(std::size_t(floorDiv(hi, unit) - base + 2));
        for (std::size_t id = 1; id < ids.m_keys.size(); ++id)
            ids.m_keys[id] = {std::uint64_t((base + std::int64_t(id) - 1) * scale), keyType};
        return ids;
    }

    std::uint32_t size() const { return std::uint32_t(m_keys.size()); }
    const Key &key(std::uint32_t id) const { return m_keys[id]; }

    // The ids of a chunk's rows; `wide` is scratch for its values at full width.
    void ids(const ColumnChunk &chunk, std::vector<std::uint32_t> &out,
             std::vector<std::int64_t> &wide) const {
        const int n = chunk.rows();
        out.resize(std::size_t(n));
        std::uint32_t *o = out.data();
        switch (m_kind) {
        case Kind::Code: {
            const std::uint32_t *codes = chunk.codes(out); // widened in place, if at all
            for (int r = 0; r < n; ++r)
                o[r] = codes[r] + 1;
            break;
        }
        case Kind::DayTable: {
            const std::int64_t *v = chunk.integers(wide);
            const std::uint32_t *table = m_table.data() - m_base;
            for (int r = 0; r < n; ++r)
                o[r] = chunk.isNull(r) ? 0 : table[v[r]];
            break;
        }
        case Kind::MsDayTable: {
            const std::int64_t *v = chunk.integers(wide);
            for (int r = 0; r < n; ++r)
                o[r] = chunk.isNull(r) ? 0 : m_table[std::size_t(civil::dayOfMs(v[r]) - m_base)];
            break;
        }
        case Kind::Range: {
            const std::int64_t *v = chunk.integers(wide);
            if (m_unit == 1) {
                for (int r = 0; r < n; ++r)
                    o[r] = std::uint32_t(v[r] - m_base + 1);
            } else {
                for (int r = 0; r < n; ++r)
                    o[r] = std::uint32_t(floorDiv(v[r], m_unit) - m_base + 1);
            }
            break;
        }
        }
        if (chunk.hasNulls() && m_kind != Kind::DayTable && m_kind != Kind::MsDayTable) {
            for (int r = 0; r < n; ++r) {
                if (chunk.isNull(r))
                    o[r] = 0;
            }
        }
    }

private:
    enum class Kind { Code, DayTable, MsDayTable, Range };

    static std::int64_t floorDiv(std::int64_t v, std::int64_t unit) {
        const std::int64_t q = v / unit;
        return q - ((v % unit != 0) && ((v < 0) != (unit < 0)) ? 1 : 0);
    }

    Kind m_kind = Kind::Code;
    std::int64_t m_base = 0;
    std::int64_t m_unit = 1;
    std::vector<std::uint32_t> m_table;
    std::vector<Key> m_keys;
};

// Per-group totals of a dense scan, one set per thread, summed at the end.
struct DenseTotals {
    std::vector<qint64> rows, count, isum;
    std::vector<double> rsum;
    std::vector<std::uint8_t> overflow;
    std::vector<std::int64_t> imin, imax;
    std::vector<double> rmin, rmax;
    std::vector<std::vector<double>> values;
    std::vector<qint64> valueCounts;     // group × value range
    std::vector<std::uint64_t> distinct; // group × words of value ids
    std::vector<qint64> rankRows, rankCount, rankIsum;
    std::vector<double> rankRsum;
    std::vector<std::uint8_t> rankOverflow;

    // Group `from` summed into group `to` (series folded), `from` left empty.
    void mergeGroup(std::size_t from, std::size_t to, std::size_t valueRange, std::size_t words) {
        rows[to] += std::exchange(rows[from], 0);
        count[to] += count[from];
        if (!isum.empty()) {
            if (__builtin_add_overflow(isum[to], isum[from], &isum[to]))
                overflow[to] = 1;
            overflow[to] |= overflow[from];
            rsum[to] += rsum[from];
        }
        if (!imin.empty()) {
            imin[to] = std::min(imin[to], imin[from]);
            imax[to] = std::max(imax[to], imax[from]);
        }
        if (!rmin.empty()) {
            rmin[to] = std::min(rmin[to], rmin[from]);
            rmax[to] = std::max(rmax[to], rmax[from]);
        }
        if (!values.empty()) {
            values[to].insert(values[to].end(), values[from].begin(), values[from].end());
            values[from] = {};
        }
        for (std::size_t i = 0; i < valueRange && !valueCounts.empty(); ++i)
            valueCounts[to * valueRange + i] += valueCounts[from * valueRange + i];
        for (std::size_t i = 0; i < words; ++i)
            distinct[to * words + i] |= distinct[from * words + i];
    }

    // Integer sums added, an overflow remembered (the sum is then the real one).
    static void addChecked(std::vector<qint64> &sums, std::vector<std::uint8_t> &overflows,
                           const std::vector<qint64> &more,
                           const std::vector<std::uint8_t> &moreOverflows) {
        for (std::size_t i = 0; i < sums.size(); ++i) {
            if (__builtin_add_overflow(sums[i], more[i], &sums[i]))
                overflows[i] = 1;
            overflows[i] |= moreOverflows[i];
        }
    }

    void merge(DenseTotals &&o) {
        Acc::addInto(rows, o.rows);
        Acc::addInto(count, o.count);
        addChecked(isum, overflow, o.isum, o.overflow);
        Acc::addInto(rsum, o.rsum);
        for (std::size_t g = 0; g < imin.size(); ++g) {
            imin[g] = std::min(imin[g], o.imin[g]);
            imax[g] = std::max(imax[g], o.imax[g]);
        }
        for (std::size_t g = 0; g < rmin.size(); ++g) {
            rmin[g] = std::min(rmin[g], o.rmin[g]);
            rmax[g] = std::max(rmax[g], o.rmax[g]);
        }
        for (std::size_t g = 0; g < values.size(); ++g)
            values[g].insert(values[g].end(), o.values[g].begin(), o.values[g].end());
        Acc::addInto(valueCounts, o.valueCounts);
        for (std::size_t i = 0; i < distinct.size(); ++i)
            distinct[i] |= o.distinct[i];
        Acc::addInto(rankRows, o.rankRows);
        Acc::addInto(rankCount, o.rankCount);
        addChecked(rankIsum, rankOverflow, o.rankIsum, o.rankOverflow);
        Acc::addInto(rankRsum, o.rankRsum);
    }
};

// What a chart asks of its y in a dense scan.
enum class DenseY {
    Rows,
    Count,
    SumInteger,
    SumReal,
    MinMaxInteger,
    MinMaxReal,
    Values,
    ValueCounts,
    Distinct
};

struct DenseInput {
    const ChartSpec &spec;
    const LoadedColumn *x, *s, *y;
    const Filters &filters;
    int chunks;
    const std::atomic<bool> *cancelled;
};

// One scan thread's buffers, kept between queries in a small pool: on a small machine the
// first touch of fresh memory costs more than the scan that fills it.
struct ScanBuffers {
    VectorProgram::Scratch program;
    std::vector<std::uint8_t> keep;
    std::vector<SqlValue> values;
    std::vector<std::uint32_t> xid, sid, yid;
    std::vector<std::int64_t> wide, yWide;
};

std::shared_ptr<ScanBuffers> takeBuffers() {
    static std::mutex mutex;
    static std::vector<std::unique_ptr<ScanBuffers>> pool;
    std::unique_ptr<ScanBuffers> buffers;
    {
        const std::lock_guard lock(mutex);
        if (!pool.empty()) {
            buffers = std::move(pool.back());
            pool.pop_back();
        }
    }
    if (!buffers)
        buffers = std::make_unique<ScanBuffers>();
    return std::shared_ptr<ScanBuffers>(buffers.release(), [](ScanBuffers *used) {
        used->program.arena = {}; // texts of this query only
        const std::lock_guard lock(mutex);
        if (pool.size() < 4)
            pool.emplace_back(used);
        else
            delete used;
    });
}

// Runs `scan(first, step, totals)` on both cores, chunks split by parity, and sums.
template<typename Scan>
DenseTotals onBothCores(int chunks, const std::function<void(DenseTotals &)> &init, Scan scan) {
    DenseTotals a, b;
    init(a);
    if (chunks < 2) {
        scan(0, 1, a);
        return a;
    }
    init(b);
    std::thread other([&] { scan(1, 2, b); });
    scan(0, 2, a);
    other.join();
    a.merge(std::move(b));
    return a;
}

bool cancelledNow(const std::atomic<bool> *cancelled) {
    return cancelled && cancelled->load(std::memory_order_relaxed);
}

// Series and box charts of dense x and series values: the groups' totals in arrays indexed
// by x id × series id. False when the chart is not of that kind (the hashed scan answers).
// Series values are folded by `fold` (each series id to the one it is summed into) once the
// ranks are in `out`.
using SeriesFold = std::function<std::vector<std::uint32_t>(const std::vector<Key> &)>;

bool denseGroups(const DenseInput &in, TimeBucket bucket, Partial &out, const SeriesFold &fold) {
    const ChartSpec &spec = in.spec;
    const bool box = spec.type == ChartType::Box;
    const auto xIds = DenseIds::of(*in.x, bucket);
    std::optional<DenseIds> sIds;
    if (!xIds || (in.s && !(sIds = DenseIds::of(*in.s, TimeBucket::None))))
        return false;
    const std::size_t X = xIds->size(), S = sIds ? sIds->size() : 1, G = X * S;
    if (G > std::size_t(DenseIds::kMaxIds) * 4)
        return false;
    const LoadedColumn *y = in.y;
    const ColumnEncoding yEnc = y ? y->encoding : ColumnEncoding::None;
    const bool yInteger = yEnc == ColumnEncoding::Integer;
    std::optional<DenseIds> yIds;     // count distinct
    std::int64_t yLo = 0, yRange = 0; // value counts
    DenseY op;
    if (box || spec.agg == Aggregate::Median) {
        op = DenseY::Values;
        if (yInteger) {
            std::int64_t hi;
            std::tie(yLo, hi) = boundsOf(*y);
            if (yLo <= hi && hi - yLo < 4096 && G * std::size_t(hi - yLo + 1) <= (1u << 22)) {
                op = DenseY::ValueCounts;
                yRange = hi - yLo + 1;
            }
        } else if (yEnc != ColumnEncoding::Real) {
            return false;
        }
        if (op == DenseY::Values && G > (1u << 16))
            return false;
    } else {
        switch (spec.agg) {
        case Aggregate::Count:
            op = y ? DenseY::Count : DenseY::Rows;
            break;
        case Aggregate::CountDistinct:
            if (!y || !(yIds = DenseIds::of(*y, TimeBucket::None)) ||
                G * ((yIds->size() + 63) / 64) > (1u << 22))
                return false;
            op = DenseY::Distinct;
            break;
        case Aggregate::Sum:
        case Aggregate::Avg:
            if (yEnc != ColumnEncoding::Integer && yEnc != ColumnEncoding::Real)
                return false;
            op = yInteger ? DenseY::SumInteger : DenseY::SumReal;
            break;
        case Aggregate::Min:
        case Aggregate::Max:
            if (yEnc == ColumnEncoding::Real)
                op = DenseY::MinMaxReal;
            else if (yInteger || yEnc == ColumnEncoding::Day || yEnc == ColumnEncoding::EpochMs)
                op = DenseY::MinMaxInteger;
            else
                return false;
            break;
        default:
            return false;
        }
    }
    const bool ranked = spec.series && spec.top > 0;
    const bool rankBySum = ranked && spec.agg == Aggregate::Sum && y;
    const std::size_t words = yIds ? (yIds->size() + 63) / 64 : 0;

    const auto init = [&](DenseTotals &t) {
        t.rows.assign(G, 0);
        t.count.assign(G, 0);
        if (op == DenseY::SumInteger || op == DenseY::SumReal) {
            t.isum.assign(G, 0);
            t.overflow.assign(G, 0);
            t.rsum.assign(G, 0);
        }
        if (op == DenseY::MinMaxInteger) {
            t.imin.assign(G, std::numeric_limits<std::int64_t>::max());
            t.imax.assign(G, std::numeric_limits<std::int64_t>::min());
        }
        if (op == DenseY::MinMaxReal) {
            t.rmin.assign(G, std::numeric_limits<double>::infinity());
            t.rmax.assign(G, -std::numeric_limits<double>::infinity());
        }
        if (op == DenseY::Values)
            t.values.resize(G);
        if (op == DenseY::ValueCounts)
            t.valueCounts.assign(G * std::size_t(yRange), 0);
        if (op == DenseY::Distinct)
            t.distinct.assign(G * words, 0);
        if (ranked) {
            t.rankRows.assign(S, 0);
            t.rankCount.assign(S, 0);
            t.rankIsum.assign(S, 0);
            t.rankRsum.assign(S, 0);
            t.rankOverflow.assign(S, 0);
        }
    };
    const auto scan = [&](int first, int step, DenseTotals &t) {
        const auto buffers = takeBuffers();
        auto &[scratch, keep, values, xid, sid, yid, wide, yWide] = *buffers;
        for (int c = first; c < in.chunks; c += step) {
            if (cancelledNow(in.cancelled))
                return;
            const ColumnChunk &xc = *in.x->chunks[std::size_t(c)];
            const int n = xc.rows();
            const bool filtered = !in.filters.empty();
            if (filtered)
                applyFilters(in.filters, c, n, keep, values, scratch);
            xIds->ids(xc, xid, wide);
            if (sIds)
                sIds->ids(*in.s->chunks[std::size_t(c)], sid, wide);
            else
                sid.assign(std::size_t(n), 0);
            const ColumnChunk *yc = y ? y->chunks[std::size_t(c)].get() : nullptr;
            if (yIds)
                yIds->ids(*yc, yid, wide);
            const bool yWhole = yEnc != ColumnEncoding::Real && yEnc != ColumnEncoding::Dictionary;
            const std::int64_t *yi = yc && yWhole ? yc->integers(yWide) : nullptr;
            const double *yr = yc ? yc->reals() : nullptr;
            const bool yNulls = !yc || yc->hasNulls();
            for (int r = 0; r < n; ++r) {
                if (filtered && !keep[std::size_t(r)])
                    continue;
                const std::uint32_t si = sid[std::size_t(r)];
                const bool yNull = yNulls && (!yc || yc->isNull(r));
                if (ranked) {
                    ++t.rankRows[si];
                    if (rankBySum && !yNull) {
                        ++t.rankCount[si];
                        if (yInteger) {
                            t.rankRsum[si] += double(yi[r]);
                            if (__builtin_add_overflow(t.rankIsum[si], yi[r], &t.rankIsum[si]))
                                t.rankOverflow[si] = 1;
                        } else {
                            t.rankRsum[si] += yr[r];
                        }
                    }
                }
                const std::uint32_t xi = xid[std::size_t(r)];
                if (xi == 0)
                    continue;
                const std::size_t g = std::size_t(xi) * S + si;
                ++t.rows[g];
                if (yNull)
                    continue;
                ++t.count[g];
                switch (op) {
                case DenseY::Rows:
                case DenseY::Count:
                    break;
                case DenseY::SumInteger:
                    t.rsum[g] += double(yi[r]);
                    if (__builtin_add_overflow(t.isum[g], yi[r], &t.isum[g]))
                        t.overflow[g] = 1;
                    break;
                case DenseY::SumReal:
                    t.rsum[g] += yr[r];
                    break;
                case DenseY::MinMaxInteger:
                    t.imin[g] = std::min(t.imin[g], yi[r]);
                    t.imax[g] = std::max(t.imax[g], yi[r]);
                    break;
                case DenseY::MinMaxReal:
                    t.rmin[g] = std::min(t.rmin[g], yr[r]);
                    t.rmax[g] = std::max(t.rmax[g], yr[r]);
                    break;
                case DenseY::Values:
                    t.values[g].push_back(yInteger ? double(yi[r]) : yr[r]);
                    break;
                case DenseY::ValueCounts:
                    ++t.valueCounts[g * std::size_t(yRange) + std::size_t(yi[r] - yLo)];
                    break;
                case DenseY::Distinct: {
                    const std::uint32_t v = yid[std::size_t(r)];
                    t.distinct[g * words + v / 64] |= std::uint64_t(1) << (v % 64);
                    break;
                }
                }
            }
        }
    };
    DenseTotals t = onBothCores(in.chunks, init, scan);
    if (cancelledNow(in.cancelled))
        return true;

    for (std::size_t si = 0; ranked && si < S; ++si) {
        if (t.rankRows[si] == 0)
            continue;
        Acc acc;
        acc.rows = t.rankRows[si];
        acc.count = t.rankCount[si];
        acc.isum = t.rankIsum[si];
        acc.overflow = t.rankOverflow[si] != 0;
        acc.rsum = t.rankRsum[si];
        acc.anyReal = !yInteger && acc.count > 0;
        out.ranks[sIds->key(std::uint32_t(si))] = std::move(acc);
    }
    // The series outside the top N become one "other" here, in the arrays, rather than as
    // thousands of groups.
    if (sIds) {
        std::vector<Key> keys(S);
        for (std::uint32_t si = 0; si < S; ++si)
            keys[si] = sIds->key(si);
        const std::vector<std::uint32_t> into = fold(keys);
        for (std::size_t g = 0; g < G; ++g) {
            const std::uint32_t si = std::uint32_t(g % S);
            if (into[si] != si && t.rows[g] > 0)
                t.mergeGroup(g, g - si + into[si], std::size_t(yRange), words);
        }
    }

    const auto typed = [&](std::int64_t v) {
        return yEnc == ColumnEncoding::Day       ? SqlValue::temporal(Type::Day, v)
               : yEnc == ColumnEncoding::EpochMs ? SqlValue::temporal(Type::Ms, v)
                                                 : SqlValue::integer(v);
    };
    for (std::size_t g = 0; g < G; ++g) {
        if (t.rows[g] == 0)
            continue;
        Acc acc;
        acc.rows = t.rows[g];
        acc.count = t.count[g];
        if (!t.rsum.empty()) {
            acc.isum = t.isum[g];
            acc.overflow = t.overflow[g] != 0;
            acc.rsum = t.rsum[g];
            acc.anyReal = op == DenseY::SumReal && acc.count > 0;
        }
        if (acc.count > 0 && op == DenseY::MinMaxInteger) {
            acc.min = typed(t.imin[g]);
            acc.max = typed(t.imax[g]);
        }
        if (acc.count > 0 && op == DenseY::MinMaxReal) {
            acc.min = SqlValue::real(t.rmin[g]);
            acc.max = SqlValue::real(t.rmax[g]);
        }
        if (op == DenseY::Values)
            acc.values = std::move(t.values[g]);
        if (op == DenseY::ValueCounts) {
            const auto from = t.valueCounts.begin() + std::ptrdiff_t(g * std::size_t(yRange));
            acc.valueCounts.assign(from, from + yRange);
            acc.valueBase = yLo;
        }
        if (op == DenseY::Distinct) {
            const auto from = t.distinct.begin() + std::ptrdiff_t(g * words);
            acc.distinctBits.assign(from, from + std::ptrdiff_t(words));
        }
        const auto xi = std::uint32_t(g / S), si = std::uint32_t(g % S);
        out.groups[GroupKey{xIds->key(xi), sIds ? sIds->key(si) : Key{}}] = std::move(acc);
    }
    return true;
}

// Histogram cells: rows per (bin, series value), and the range of the values.
struct HistogramCells {
    double lo = 0, hi = 0;
    std::vector<std::tuple<qint64, Key, qint64>> cells;
};

// As QueryBuilder: round bins (NiceBins) for about `bins` of them, or bins of `bin_width`
// counted from 0.
struct Binning {
    double width;
    NiceBins nice;
    const ChartSpec &spec;

    Binning(const ChartSpec &s, double lo, double hi, bool integers)
        : width(s.binWidth)
        , nice(s.binWidth > 0 ? NiceBins{} : NiceBins::of(lo, hi, s.bins, integers))
        , spec(s) {}

    qint64 binOf(double v) const {
        if (spec.binWidth > 0) {
            const double q = v / width;
            return qint64(q) - (q < double(qint64(q)) ? 1 : 0);
        }
        return nice.binOf(v);
    }
    double start(qint64 bin) const {
        return spec.binWidth > 0 ? double(bin) * width : nice.start(bin);
    }
    double end(qint64 bin, double hi) const {
        if (spec.binWidth > 0)
            return double(bin + 1) * width;
        return nice.width == 0 ? hi : nice.end(bin);
    }
};

// Whether round bins count whole numbers: for a plain integer or boolean column, as QueryBuilder
// decides
// (an expression's type is not always known before it runs).
bool wholeBins(const ChartSpec &spec, const LoadedColumn &x) {
    return spec.x.expr.isEmpty() && x.encoding == ColumnEncoding::Integer;
}

// A histogram of a numeric x, split by a dense series: pass one finds the range, pass two
// counts bins in an array of bin × series id. False when the chart is not of that kind.
bool denseHistogram(const DenseInput &in, HistogramCells &out, Partial &rankedOut) {
    const ChartSpec &spec = in.spec;
    const bool integers = in.x->encoding == ColumnEncoding::Integer;
    if (!integers && in.x->encoding != ColumnEncoding::Real)
        return false;
    std::optional<DenseIds> sIds;
    if (in.s && !(sIds = DenseIds::of(*in.s, TimeBucket::None)))
        return false;
    const std::size_t S = sIds ? sIds->size() : 1;
    const bool ranked = spec.series && spec.top > 0;
    std::vector<std::vector<std::uint8_t>> masks(std::size_t(in.chunks));
    const auto valueAt = [&](const ColumnChunk &xc, int r) {
        return integers ? double(xc.integerAt(r)) : xc.reals()[r];
    };
    // Pass one: the filters, the range and the ranks.
    struct Range {
        double lo = std::numeric_limits<double>::infinity();
        double hi = -std::numeric_limits<double>::infinity();
        bool any = false;
    } ranges[2];
    const auto first = [&](int start, int step, DenseTotals &t) {
        const auto buffers = takeBuffers();
        VectorProgram::Scratch &scratch = buffers->program;
        std::vector<SqlValue> &values = buffers->values;
        std::vector<std::uint32_t> &sid = buffers->sid;
        std::vector<std::int64_t> &wide = buffers->wide;
        Range &range = ranges[start];
        for (int c = start; c < in.chunks; c += step) {
            if (cancelledNow(in.cancelled))
                return;
            const ColumnChunk &xc = *in.x->chunks[std::size_t(c)];
            const int n = xc.rows();
            std::vector<std::uint8_t> &keep = masks[std::size_t(c)];
            applyFilters(in.filters, c, n, keep, values, scratch);
            if (ranked)
                sIds->ids(*in.s->chunks[std::size_t(c)], sid, wide);
            for (int r = 0; r < n; ++r) {
                if (!keep[std::size_t(r)])
                    continue;
                if (ranked)
                    ++t.rankRows[sid[std::size_t(r)]];
                if (xc.isNull(r)) {
                    keep[std::size_t(r)] = 0;
                    continue;
                }
                const double v = valueAt(xc, r);
                range.lo = std::min(range.lo, v);
                range.hi = std::max(range.hi, v);
                range.any = true;
            }
        }
    };
    DenseTotals ranks = onBothCores(
        in.chunks, [&](DenseTotals &t) { t.rankRows.assign(ranked ? S : 0, 0); }, first);
    if (cancelledNow(in.cancelled))
        return true;
    if (!ranges[0].any && !ranges[1].any)
        return true; // no rows: no bins
    const double lo = std::min(ranges[0].lo, ranges[1].lo);
    const double hi = std::max(ranges[0].hi, ranges[1].hi);
    const Binning binning(spec, lo, hi, wholeBins(spec, *in.x));
    const auto binOf = [&](double v) { return binning.binOf(v); };
    const qint64 firstBin = binOf(lo), bins = binOf(hi) - firstBin + 1;
    if (bins <= 0 || bins > DenseIds::kMaxIds || std::size_t(bins) * S > (1u << 22))
        return false;
    // Pass two: the bins.
    const auto second = [&](int start, int step, DenseTotals &t) {
        const auto buffers = takeBuffers();
        std::vector<std::uint32_t> &sid = buffers->sid;
        std::vector<std::int64_t> &wide = buffers->wide;
        for (int c = start; c < in.chunks; c += step) {
            if (cancelledNow(in.cancelled))
                return;
            const ColumnChunk &xc = *in.x->chunks[std::size_t(c)];
            const std::vector<std::uint8_t> &keep = masks[std::size_t(c)];
            if (sIds)
                sIds->ids(*in.s->chunks[std::size_t(c)], sid, wide);
            for (int r = 0; r < xc.rows(); ++r) {
                if (keep[std::size_t(r)])
                    ++t.rows[std::size_t(binOf(valueAt(xc, r)) - firstBin) * S +
                             (sIds ? sid[std::size_t(r)] : 0)];
            }
        }
    };
    const DenseTotals counted = onBothCores(
        in.chunks, [&](DenseTotals &t) { t.rows.assign(std::size_t(bins) * S, 0); }, second);
    out.lo = lo;
    out.hi = hi;
    for (std::size_t cell = 0; cell < counted.rows.size(); ++cell) {
        if (counted.rows[cell] > 0)
            out.cells.emplace_back(firstBin + qint64(cell / S),
                                   sIds ? sIds->key(std::uint32_t(cell % S)) : Key{},
                                   counted.rows[cell]);
    }
    for (std::size_t si = 0; si < ranks.rankRows.size(); ++si) {
        if (ranks.rankRows[si] > 0)
            rankedOut.ranks[sIds->key(std::uint32_t(si))].rows = ranks.rankRows[si];
    }
    return true;
}

// Whether the chart's y must be numeric: summed, averaged, ranked by value, or drawn.
bool needsNumbers(const ChartSpec &spec) {
    const bool box = spec.type == ChartType::Box;
    const bool raw = spec.agg == Aggregate::None && spec.type != ChartType::Histogram && !box;
    return box || raw || spec.agg == Aggregate::Sum || spec.agg == Aggregate::Avg ||
           spec.agg == Aggregate::Median;
}

// An expression as x, series or y: its values computed chunk by chunk into a column of this
// query only, so that the scans take it as any other column. Grouping by it needs one type
// (1 and 1.0 would be two groups here but one in SQL); a measure may mix integers and reals.
struct ComputedColumn {
    ExprNode node; // what `program` runs; it points into it
    VectorProgram program;
    LoadedColumn column;
};

QString computeColumn(const QString &expr, const ColumnSnapshot &snapshot, const Columns &loaded,
                      bool grouping, const std::atomic<bool> *cancelled, ComputedColumn &out) {
    if (!ExpressionCompiler::parse(expr, loaded, out.node))
        return QCoreApplication::translate("tl::ColumnEngine",
                                           "the expression '%1' does not compile")
            .arg(expr);
    QString reason;
    out.program = VectorProgram::compile(out.node, snapshot, reason);
    if (!reason.isEmpty())
        return reason;
    std::optional<Type> type = out.program.resultType();
    if (!type && !grouping && out.program.numeric())
        type = Type::Real;
    if (!type)
        return QCoreApplication::translate(
            "tl::ColumnEngine",
            "an expression whose values are of more than one type is answered by SQL");
    static const std::map<Type, std::pair<ColumnEncoding, ColumnType>> kinds{
        {Type::Integer, {ColumnEncoding::Integer, ColumnType::Integer}},
        {Type::Real, {ColumnEncoding::Real, ColumnType::Real}},
        {Type::Text, {ColumnEncoding::Dictionary, ColumnType::Text}},
        {Type::Day, {ColumnEncoding::Day, ColumnType::Date}},
        {Type::Ms, {ColumnEncoding::EpochMs, ColumnType::Timestamp}}};
    const ColumnEncoding encoding = kinds.at(*type).first;
    out.column.column = Column{expr, kinds.at(*type).second};
    out.column.encoding = encoding;
    out.column.chunks.resize(std::size_t(snapshot.chunks));
    // Texts get codes in the order they first appear, so chunks are built one after another;
    // other values on both cores.
    std::atomic<bool> mixed{false};
    TextCodes codes;
    const auto build = [&](int first, int step) {
        const auto buffers = takeBuffers();
        VectorProgram::IntegerLane lane;
        for (int c = first; c < snapshot.chunks; c += step) {
            if (cancelledNow(cancelled))
                return;
            const int n = snapshot.columns.begin()->chunks[std::size_t(c)]->rows();
            ColumnChunk::Builder builder(encoding);
            if (out.program.runIntegers(c, n, lane, buffers->program)) {
                for (int r = 0; r < n; ++r) {
                    const std::int64_t v = lane.values[std::size_t(r)];
                    if (lane.nulls[std::size_t(r)])
                        builder.appendNull();
                    else if (encoding == ColumnEncoding::Real)
                        builder.appendReal(double(v));
                    else
                        builder.appendInteger(v);
                }
            } else {
                out.program.run(c, n, buffers->values, buffers->program);
                for (const SqlValue &v : buffers->values) {
                    if (v.isNull()) {
                        builder.appendNull();
                    } else if (encoding == ColumnEncoding::Real ? !v.isNumber() : v.type != *type) {
                        mixed = true; // not what the static types promised: SQL answers
                        return;
                    } else if (encoding == ColumnEncoding::Real) {
                        builder.appendReal(v.toReal());
                    } else if (encoding == ColumnEncoding::Dictionary) {
                        const std::string_view text(v.text, v.length);
                        bool added;
                        const std::uint32_t code = codes.codeOf(text, added);
                        if (added)
                            builder.addString(text);
                        builder.appendCode(code);
                    } else {
                        builder.appendInteger(v.i);
                    }
                }
            }
            out.column.chunks[std::size_t(c)] = ColumnChunk::decode(builder.encode());
        }
    };
    if (encoding == ColumnEncoding::Dictionary || snapshot.chunks < 2) {
        build(0, 1);
    } else {
        std::thread other([&] { build(1, 2); });
        build(0, 2);
        other.join();
    }
    if (mixed)
        return QCoreApplication::translate(
            "tl::ColumnEngine",
            "an expression whose values are of more than one type is answered by SQL");
    if (cancelledNow(cancelled))
        return {}; // chunks are missing; the caller stops
    if (encoding == ColumnEncoding::Dictionary)
        out.column.dictionary = ColumnDictionary::of(out.column.chunks);
    return {};
}

} // namespace

QString ColumnEngine::plan(const ChartSpec &spec, const DatasetInfo &info, QStringList &columns) {
    columns.clear();
    const bool histogram = spec.type == ChartType::Histogram;
    const bool box = spec.type == ChartType::Box;
    const bool raw = spec.agg == Aggregate::None && !histogram && !box;
    const std::function<void(const ExprNode &)> collect = [&](const ExprNode &n) {
        if (n.kind == ExprNode::Kind::Column && !columns.contains(n.column.name))
            columns.append(n.column.name);
        for (const ExprNode &a : n.args)
            collect(a);
    };
    // A column, or an expression's columns; an expression's type is checked when it runs.
    const auto use = [&](const ValueRef &ref, const char *role) -> QString {
        if (!ref.expr.isEmpty()) {
            ExprNode node;
            if (!ExpressionCompiler::parse(ref.expr, info.columns, node))
                return tr("the expression as %1 does not compile").arg(QLatin1String(role));
            collect(node);
            return {};
        }
        const auto c = findColumn(info, ref.column);
        if (!c)
            return tr("unknown column '%1'").arg(ref.column);
        if (c->type == ColumnType::Json)
            return tr("JSON column '%1' is read by SQL").arg(c->name);
        if (!columns.contains(c->name))
            columns.append(c->name);
        return {};
    };
    if (!spec.x.isSet())
        return tr("the chart has no x");
    if (QString r = use(spec.x, "x"); !r.isEmpty())
        return r;
    if (spec.x.expr.isEmpty()) {
        const ColumnType xType = findColumn(info, spec.x.column)->type;
        if (!histogram && spec.bucket != TimeBucket::None && xType != ColumnType::Date &&
            xType != ColumnType::Timestamp)
            return tr("time buckets of a column that is not a date are answered by SQL");
        if (histogram && !isNumeric(xType))
            return tr("a histogram of a column that is not numeric is answered by SQL");
    }
    if (spec.series) {
        if (QString r = use(*spec.series, "series"); !r.isEmpty())
            return r;
    }
    const bool usesY = !histogram && spec.y.isSet();
    if (usesY) {
        if (QString r = use(spec.y, "y"); !r.isEmpty())
            return r;
        if (spec.y.expr.isEmpty()) {
            const ColumnType yType = findColumn(info, spec.y.column)->type;
            if (needsNumbers(spec) && !isNumeric(yType))
                return tr("%1 of a column that is not numeric is answered by SQL")
                    .arg(box || raw ? chartTypeName(spec.type) : aggregateName(spec.agg));
        }
    } else if (box || raw || (!histogram && spec.agg != Aggregate::Count)) {
        return tr("the chart has no y");
    }
    if (histogram && spec.bins <= 0 && spec.binWidth <= 0)
        return tr("the histogram has no bins");
    if (histogram && spec.series && spec.agg == Aggregate::Sum && spec.y.isSet())
        return tr("a histogram ranking series by a sum is answered by SQL");
    for (const FilterSpec &f : spec.filters) {
        if (QString r = use(f.value, "filter"); !r.isEmpty())
            return r;
    }
    return {};
}

Status ColumnEngine::run(const ChartSpec &spec, const ColumnSnapshot &snapshot,
                         ChartQuery::Shape &shape, std::vector<QVariantList> &rows, QString &reason,
                         const std::atomic<bool> *cancelled) {
    rows.clear();
    reason.clear();
    const bool histogram = spec.type == ChartType::Histogram;
    const bool box = spec.type == ChartType::Box;
    const bool raw = spec.agg == Aggregate::None && !histogram && !box;
    shape = histogram ? ChartQuery::Shape::Histogram
            : box     ? ChartQuery::Shape::Box
            : raw     ? ChartQuery::Shape::Raw
                      : ChartQuery::Shape::Series;
    const auto column = [&](const ValueRef &ref) -> const LoadedColumn * {
        for (auto it = snapshot.columns.begin(); it != snapshot.columns.end(); ++it) {
            if (it.key().compare(ref.column, Qt::CaseInsensitive) == 0)
                return &it.value();
        }
        return nullptr;
    };
    Columns loaded;
    for (const LoadedColumn &c : snapshot.columns)
        loaded.append(c.column);
    std::deque<ComputedColumn> computed; // a deque: its programs point into its elements
    const auto resolve = [&](const ValueRef &ref, bool grouping) -> const LoadedColumn * {
        if (ref.expr.isEmpty())
            return column(ref);
        if (snapshot.columns.isEmpty()) {
            reason = tr("an expression of no column is answered by SQL");
            return nullptr;
        }
        ComputedColumn &c = computed.emplace_back();
        reason = computeColumn(ref.expr, snapshot, loaded, grouping, cancelled, c);
        return reason.isEmpty() ? &c.column : nullptr;
    };
    const LoadedColumn *x = resolve(spec.x, !histogram);
    const LoadedColumn *s = reason.isEmpty() && spec.series ? resolve(*spec.series, true) : nullptr;
    const LoadedColumn *y = reason.isEmpty() && !histogram && spec.y.isSet()
                                ? resolve(spec.y, !needsNumbers(spec))
                                : nullptr;
    if (cancelledNow(cancelled))
        return Status::cancelled(tr("cancelled"));
    if (!reason.isEmpty())
        return Status::success();
    for (const LoadedColumn *c : {x, s, y}) {
        if (c && c->encoding == ColumnEncoding::None) {
            reason = tr("column '%1' %2").arg(c->column.name, c->reason);
            return Status::success();
        }
    }
    if (!x || (spec.series && !s) || (!histogram && spec.y.isSet() && !y))
        return Status::internal(QStringLiteral("column engine: a column was not loaded"));
    // What plan() could not see of an expression's values.
    const auto number = [](const LoadedColumn *c) {
        return c->encoding == ColumnEncoding::Integer || c->encoding == ColumnEncoding::Real;
    };
    if (!histogram && spec.bucket != TimeBucket::None && x->encoding != ColumnEncoding::Day &&
        x->encoding != ColumnEncoding::EpochMs)
        reason = tr("time buckets of an expression that is not a date are answered by SQL");
    else if (histogram && !number(x))
        reason = tr("a histogram of an expression that is not numeric is answered by SQL");
    else if (y && needsNumbers(spec) && !number(y))
        reason = tr("%1 of an expression that is not numeric is answered by SQL")
                     .arg(box || raw ? chartTypeName(spec.type) : aggregateName(spec.agg));
    if (!reason.isEmpty())
        return Status::success();
    Filters filters;
    for (const FilterSpec &f : spec.filters) {
        auto filter = std::make_unique<Filter>();
        if (f.value.expr.isEmpty()) {
            filter->node.kind = ExprNode::Kind::Column;
            filter->node.column = column(f.value)->column;
        } else if (Status st = ExpressionCompiler::parse(f.value.expr, loaded, filter->node); !st) {
            return st;
        }
        filter->value = VectorProgram::compile(filter->node, snapshot, reason);
        if (!reason.isEmpty())
            return Status::success();
        filter->op = filterOpOf(f.op);
        if (f.op == QLatin1String("in") || f.op == QLatin1String("between")) {
            for (const QJsonValue &v : f.operand.toArray())
                filter->operands.push_back(operandValue(v, filter->arena));
        } else if (f.op == QLatin1String("contains")) {
            filter->pattern = asciiLower(f.operand.toVariant().toString().toStdString());
        } else if (!f.op.isEmpty() && f.op != QLatin1String("isnull") &&
                   f.op != QLatin1String("notnull")) {
            filter->operands.push_back(operandValue(f.operand, filter->arena));
        }
        filters.push_back(std::move(filter));
    }

    const Bucketer bucketer{histogram ? TimeBucket::None : spec.bucket};
    const bool keepValues = box || spec.agg == Aggregate::Median;
    const Aggregate agg = spec.agg;
    const bool rankBySum = spec.series && spec.top > 0 && spec.agg == Aggregate::Sum && y;
    const int chunks = snapshot.chunks;

    const auto scan = [&](int first, int step, Partial &p) {
        std::vector<std::uint8_t> keep;
        std::vector<SqlValue> values;
        for (int c = first; c < chunks; c += step) {
            if (cancelled && cancelled->load(std::memory_order_relaxed))
                return;
            const int n = x->chunks[std::size_t(c)]->rows();
            applyFilters(filters, c, n, keep, values, p.scratch);
            const ColumnChunk &xc = *x->chunks[std::size_t(c)];
            const ColumnChunk *sc = s ? s->chunks[std::size_t(c)].get() : nullptr;
            const ColumnChunk *yc = y ? y->chunks[std::size_t(c)].get() : nullptr;
            for (int r = 0; r < n; ++r) {
                if (!keep[std::size_t(r)])
                    continue;
                const SqlValue yv = yc ? VectorProgram::valueOf(*y, *yc, r) : SqlValue::null();
                const Key sk = sc ? keyAt(*s, *sc, r) : Key{};
                if (spec.series && spec.top > 0)
                    p.ranks[sk].add(yv, rankBySum ? Aggregate::Sum : Aggregate::Count, false);
                if (xc.isNull(r))
                    continue;
                const SqlValue xv = bucketer.apply(VectorProgram::valueOf(*x, xc, r));
                if (histogram) {
                    p.binned.emplace_back(xv.toReal(), sk);
                } else if (raw) {
                    if (!yv.isNull())
                        p.raw.push_back({xv, yv.toReal(), sk, qint64(c) * ColumnChunk::kRows + r});
                } else {
                    const Key xk =
                        x->encoding == ColumnEncoding::Dictionary ? keyAt(*x, xc, r) : keyOf(xv);
                    p.groups[GroupKey{xk, sk}].add(yv, agg, keepValues);
                }
            }
        }
    };
    Partial a, b; // what the scans find (groups, ranks, raw points, histogram values)

    // Series labels: the value as text, "(empty)" for NULL; outside the top N, "other".
    std::unordered_map<Key, std::string, KeyHash> labels;
    const auto labelOf = [&](const Key &k) -> const std::string & {
        auto found = labels.find(k);
        if (found == labels.end())
            found = labels.emplace(k, labelText(valueOfKey(s, k))).first;
        return found->second;
    };
    // The top N, once the ranks are in (both scans fill a.ranks before asking for labels).
    std::optional<std::unordered_set<std::string>> topNames;
    const std::string other = QueryBuilder::otherLabel().toStdString();
    const auto rankTop = [&] {
        std::unordered_set<std::string> top;
        // ORDER BY rank DESC (NULL last), name; LIMIT top — ranks of equal labels add up.
        std::unordered_map<std::string, Acc> byLabel;
        for (auto &[k, acc] : a.ranks)
            byLabel[labelOf(k)].merge(std::move(acc));
        struct Ranked {
            std::string name;
            QVariant rank;
        };
        std::vector<Ranked> ranked;
        for (auto &[name, acc] : byLabel)
            ranked.push_back({name, rankBySum ? acc.sum() : QVariant(qlonglong(acc.rows))});
        std::sort(ranked.begin(), ranked.end(), [](const Ranked &l, const Ranked &r) {
            if (l.rank.isNull() != r.rank.isNull())
                return r.rank.isNull();
            if (!l.rank.isNull()) {
                const double a = l.rank.toDouble(), b = r.rank.toDouble();
                if (l.rank.typeId() == QMetaType::LongLong &&
                    r.rank.typeId() == QMetaType::LongLong) {
                    if (l.rank.toLongLong() != r.rank.toLongLong())
                        return l.rank.toLongLong() > r.rank.toLongLong();
                } else if (a != b) {
                    return a > b;
                }
            }
            return compareBytes(l.name, r.name) < 0;
        });
        for (int i = 0; i < spec.top && i < int(ranked.size()); ++i)
            top.insert(ranked[std::size_t(i)].name);
        return top;
    };
    const auto finalLabel = [&](const Key &k) -> std::optional<std::string> {
        if (!spec.series)
            return std::nullopt;
        const std::string &label = labelOf(k);
        if (spec.top > 0) {
            if (!topNames)
                topNames = rankTop();
            if (!topNames->contains(label))
                return other;
        }
        return label;
    };
    // Series values that end under one label (all of "other") are summed into the first.
    const auto foldSeries = [&](const std::vector<Key> &keys) {
        std::vector<std::uint32_t> into(keys.size());
        std::unordered_map<std::optional<std::string>, std::uint32_t> first;
        for (std::uint32_t i = 0; i < keys.size(); ++i)
            into[i] = first.try_emplace(finalLabel(keys[i]), i).first->second;
        return into;
    };

    // Dense values go through arrays; the rest (reals, wide integers, raw points) through
    // hash maps of the values themselves.
    HistogramCells histogramCells;
    const DenseInput input{spec, x, s, y, filters, chunks, cancelled};
    const bool dense = histogram ? denseHistogram(input, histogramCells, a)
                                 : !raw && denseGroups(input, bucketer.bucket, a, foldSeries);
    if (!dense) {
        if (chunks >= 2) {
            std::thread other([&] { scan(1, 2, b); });
            scan(0, 2, a);
            other.join();
        } else {
            scan(0, 1, a);
        }
    }
    if (cancelledNow(cancelled))
        return Status::cancelled(tr("cancelled"));
    for (auto &[k, acc] : b.groups)
        a.groups[k].merge(std::move(acc));
    for (auto &[k, acc] : b.ranks)
        a.ranks[k].merge(std::move(acc));
    a.raw.insert(a.raw.end(), b.raw.begin(), b.raw.end());
    a.binned.insert(a.binned.end(), b.binned.begin(), b.binned.end());
    if (histogram && !dense && !a.binned.empty()) {
        double lo = a.binned.front().first, hi = lo;
        for (const auto &[v, sk] : a.binned) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        const Binning binning(spec, lo, hi, wholeBins(spec, *x));
        std::unordered_map<GroupKey, qint64, KeyHash> counts;
        for (const auto &[v, sk] : a.binned)
            ++counts[GroupKey{Key{std::uint64_t(binning.binOf(v)), Type::Integer}, sk}];
        histogramCells.lo = lo;
        histogramCells.hi = hi;
        for (const auto &[cell, n] : counts)
            histogramCells.cells.emplace_back(qint64(cell.k.bits), cell.s, n);
    }

    const auto seriesVariant = [](const std::optional<std::string> &label) {
        return label ? QVariant(QString::fromStdString(*label)) : QVariant();
    };
    const auto labelLess = [](const std::optional<std::string> &l,
                              const std::optional<std::string> &r) {
        if (!l || !r)
            return !l && r;
        return compareBytes(*l, *r) < 0;
    };

    if (histogram) {
        if (histogramCells.cells.empty())
            return Status::success();
        const double lo = histogramCells.lo, hi = histogramCells.hi;
        const Binning binning(spec, lo, hi, wholeBins(spec, *x));
        using Cell = std::pair<qint64, std::optional<std::string>>;
        std::map<Cell, qint64, std::function<bool(const Cell &, const Cell &)>> counts(
            [&](const Cell &l, const Cell &r) {
                if (l.first != r.first)
                    return l.first < r.first;
                return labelLess(l.second, r.second);
            });
        std::unordered_map<std::string, qint64> perSeries;
        qint64 unsplit = 0;
        for (const auto &[bin, sk, n] : histogramCells.cells) {
            const auto label = finalLabel(sk);
            counts[{bin, label}] += n;
            if (label)
                perSeries[*label] += n;
            else
                unsplit += n;
        }
        for (const auto &[key, count] : counts) {
            const qint64 bin = key.first;
            const QVariant start = binning.start(bin), end = binning.end(bin, hi);
            const qint64 total = key.second ? perSeries[*key.second] : unsplit;
            rows.push_back({qlonglong(bin), start, end, seriesVariant(key.second),
                            spec.normalize ? QVariant(double(count) * 1.0 / double(total))
                                           : QVariant(qlonglong(count))});
        }
        return Status::success();
    }

    if (raw) {
        std::stable_sort(a.raw.begin(), a.raw.end(), [](const auto &l, const auto &r) {
            const int c = sqlrules::order(l.k, r.k);
            return c != 0 ? c < 0 : l.order < r.order;
        });
        rows.reserve(a.raw.size());
        for (const auto &point : a.raw)
            rows.push_back({bucketer.label(point.k), point.v, seriesVariant(finalLabel(point.s))});
        return Status::success();
    }

    // Series and box: groups by (bucket, label), ordered by key then label.
    struct Out {
        SqlValue k;
        std::optional<std::string> s;
        Acc acc;
    };
    const auto outLess = [&](const std::pair<Key, std::optional<std::string>> &l,
                             const std::pair<Key, std::optional<std::string>> &r) {
        if (l.first.type != r.first.type)
            return l.first.type < r.first.type;
        if (l.first.bits != r.first.bits)
            return l.first.bits < r.first.bits;
        return labelLess(l.second, r.second);
    };
    std::map<std::pair<Key, std::optional<std::string>>, std::size_t, decltype(outLess)> index(
        outLess);
    std::vector<Out> out;
    for (auto &[g, acc] : a.groups) {
        const auto label = finalLabel(g.s);
        const auto [it, added] = index.try_emplace({g.k, label}, out.size());
        if (added)
            out.push_back({valueOfKey(x, g.k), label, std::move(acc)});
        else
            out[it->second].acc.merge(std::move(acc));
    }
    std::sort(out.begin(), out.end(), [&](const Out &l, const Out &r) {
        const int c = sqlrules::order(l.k, r.k);
        if (c != 0)
            return c < 0;
        return labelLess(l.s, r.s);
    });
    for (Out &o : out) {
        const QVariant key = bucketer.label(o.k);
        const QVariant series = seriesVariant(o.s);
        if (box || agg == Aggregate::Median) {
            const OrderedValues values(o.acc);
            if (values.size() == 0)
                continue; // SQL ranks only non-NULL values: such a group has no row
            if (box) {
                rows.push_back({key, series, values.at(0), values.quantile(0.25),
                                values.quantile(0.5), values.quantile(0.75),
                                values.at(values.size() - 1), qlonglong(values.size())});
            } else {
                rows.push_back({key, series, values.quantile(0.5)});
            }
            continue;
        }
        QVariant value;
        switch (agg) {
        case Aggregate::None:
        case Aggregate::Count:
            value = qlonglong(y ? o.acc.count : o.acc.rows);
            break;
        case Aggregate::CountDistinct:
            value = qlonglong(o.acc.distinctCount());
            break;
        case Aggregate::Sum:
            value = o.acc.sum();
            break;
        case Aggregate::Avg:
            value = o.acc.count ? QVariant(o.acc.rsum / double(o.acc.count)) : QVariant();
            break;
        case Aggregate::Min:
            value = sqlrules::toVariant(o.acc.min);
            break;
        case Aggregate::Max:
            value = sqlrules::toVariant(o.acc.max);
            break;
        case Aggregate::Median:
            break;
        }
        rows.push_back({key, series, value});
    }
    return Status::success();
}

} // namespace tl

#include "ColumnEngine.h"

#include "analysis/QueryBuilder.h"
#include "columns/VectorProgram.h"
#include "core/CivilTime.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cstring>
#include <functional>
#include <map>
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
        return {chunk.codes()[row], Type::Text};
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
    std::unordered_set<std::uint64_t> distinct; // count distinct

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
    TextArena arena;
};

double quantile(std::vector<double> &sorted, double p) {
    const double pos = p * double(sorted.size() - 1);
    const auto lo = std::size_t(pos);
    const double frac = pos - double(lo);
    double result = sorted[lo] * (1 - frac);
    if (lo + 1 < sorted.size())
        result += sorted[lo + 1] * frac;
    return result;
}

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

// A filter of the spec as a per-row test.
struct Filter {
    ExprNode node; // what `value` runs; it points into it
    VectorProgram value;
    QString op;
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
    if (f.op == QLatin1String("isnull"))
        return v.isNull();
    if (f.op == QLatin1String("notnull"))
        return !v.isNull();
    if (v.isNull())
        return false;
    if (f.op == QLatin1String("in")) {
        // `IN (SELECT value FROM json_each(?))`: the list's values take a numeric column's
        // affinity, never a text column's (so '12' is not IN [12]).
        const Affinity listAffinity = aff == Affinity::Numeric ? aff : Affinity::None;
        return std::any_of(f.operands.begin(), f.operands.end(), [&](const SqlValue &o) {
            const auto c = compare(v, listAffinity, o, Affinity::None);
            return c && *c == 0;
        });
    }
    if (f.op == QLatin1String("between")) {
        const auto lo = compare(v, aff, f.operands[0], Affinity::None);
        const auto hi = compare(v, aff, f.operands[1], Affinity::None);
        return lo && hi && *lo >= 0 && *hi <= 0;
    }
    if (f.op == QLatin1String("contains")) {
        std::string buffer;
        return asciiLower(sqlrules::textOf(v, buffer)).find(f.pattern) != std::string::npos;
    }
    const auto c = compare(v, aff, f.operands[0], Affinity::None);
    if (!c)
        return false;
    if (f.op == QLatin1String("="))
        return *c == 0;
    if (f.op == QLatin1String("!="))
        return *c != 0;
    if (f.op == QLatin1String("<"))
        return *c < 0;
    if (f.op == QLatin1String("<="))
        return *c <= 0;
    if (f.op == QLatin1String(">"))
        return *c > 0;
    return *c >= 0;
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

} // namespace

QString ColumnEngine::plan(const ChartSpec &spec, const DatasetInfo &info, QStringList &columns) {
    columns.clear();
    const bool histogram = spec.type == ChartType::Histogram;
    const bool box = spec.type == ChartType::Box;
    const bool raw = spec.agg == Aggregate::None && !histogram && !box;
    const auto plain = [&](const ValueRef &ref, const char *role) -> QString {
        if (!ref.expr.isEmpty())
            return tr("an expression as %1 is answered by SQL").arg(QLatin1String(role));
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
    if (QString r = plain(spec.x, "x"); !r.isEmpty())
        return r;
    const ColumnType xType = findColumn(info, spec.x.column)->type;
    if (!histogram && spec.bucket != TimeBucket::None && xType != ColumnType::Date &&
        xType != ColumnType::Timestamp)
        return tr("time buckets of a column that is not a date are answered by SQL");
    if (histogram && !isNumeric(xType))
        return tr("a histogram of a column that is not numeric is answered by SQL");
    if (spec.series) {
        if (QString r = plain(*spec.series, "series"); !r.isEmpty())
            return r;
    }
    const bool usesY = !histogram && spec.y.isSet();
    if (usesY) {
        if (QString r = plain(spec.y, "y"); !r.isEmpty())
            return r;
        const ColumnType yType = findColumn(info, spec.y.column)->type;
        const bool numericAgg = box || raw || spec.agg == Aggregate::Sum ||
                                spec.agg == Aggregate::Avg || spec.agg == Aggregate::Median;
        if (numericAgg && !isNumeric(yType))
            return tr("%1 of a column that is not numeric is answered by SQL")
                .arg(box || raw ? chartTypeName(spec.type) : aggregateName(spec.agg));
    } else if (box || raw || (!histogram && spec.agg != Aggregate::Count)) {
        return tr("the chart has no y");
    }
    if (histogram && spec.bins <= 0 && spec.binWidth <= 0)
        return tr("the histogram has no bins");
    if (histogram && spec.series && spec.agg == Aggregate::Sum && spec.y.isSet())
        return tr("a histogram ranking series by a sum is answered by SQL");
    for (const FilterSpec &f : spec.filters) {
        if (f.value.expr.isEmpty()) {
            if (QString r = plain(f.value, "filter"); !r.isEmpty())
                return r;
            continue;
        }
        ExprNode node;
        if (!ExpressionCompiler::parse(f.value.expr, info.columns, node))
            return tr("the filter expression does not compile");
        const std::function<void(const ExprNode &)> collect = [&](const ExprNode &n) {
            if (n.kind == ExprNode::Kind::Column && !columns.contains(n.column.name))
                columns.append(n.column.name);
            for (const ExprNode &a : n.args)
                collect(a);
        };
        collect(node);
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
    const LoadedColumn *x = column(spec.x);
    const LoadedColumn *s = spec.series ? column(*spec.series) : nullptr;
    const LoadedColumn *y = !histogram && spec.y.isSet() ? column(spec.y) : nullptr;
    for (const LoadedColumn *c : {x, s, y}) {
        if (c && c->encoding == ColumnEncoding::None) {
            reason = tr("column '%1' %2").arg(c->column.name, c->reason);
            return Status::success();
        }
    }
    if (!x || (spec.series && !s) || (!histogram && spec.y.isSet() && !y))
        return Status::internal(QStringLiteral("column engine: a column was not loaded"));

    Columns loaded;
    for (const LoadedColumn &c : snapshot.columns)
        loaded.append(c.column);
    std::vector<std::unique_ptr<Filter>> filters;
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
        filter->op = f.op;
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
    const int chunks = int(snapshot.rowids.size());

    const auto scan = [&](int first, int step, Partial &p) {
        std::vector<std::uint8_t> keep;
        std::vector<SqlValue> values;
        for (int c = first; c < chunks; c += step) {
            if (cancelled && cancelled->load(std::memory_order_relaxed))
                return;
            const int n = snapshot.rowids[std::size_t(c)]->rows();
            keep.assign(std::size_t(n), 1);
            for (const auto &f : filters) {
                if (f->op.isEmpty()) {
                    f->value.filter(c, n, keep, p.arena);
                    continue;
                }
                f->value.run(c, n, values, p.arena);
                for (int r = 0; r < n; ++r) {
                    if (keep[std::size_t(r)] && !passes(*f, values[std::size_t(r)]))
                        keep[std::size_t(r)] = 0;
                }
            }
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
    // Group keys point at dictionary strings and keep their values here for the output.
    Partial a, b;
    if (chunks >= 2) {
        std::thread other([&] { scan(1, 2, b); });
        scan(0, 2, a);
        other.join();
    } else {
        scan(0, 1, a);
    }
    if (cancelled && cancelled->load())
        return Status::cancelled(tr("cancelled"));
    for (auto &[k, acc] : b.groups)
        a.groups[k].merge(std::move(acc));
    for (auto &[k, acc] : b.ranks)
        a.ranks[k].merge(std::move(acc));
    a.raw.insert(a.raw.end(), b.raw.begin(), b.raw.end());
    a.binned.insert(a.binned.end(), b.binned.begin(), b.binned.end());

    // Series labels: the value as text, "(empty)" for NULL; outside the top N, "other".
    std::unordered_map<Key, std::string, KeyHash> labels;
    const auto labelOf = [&](const Key &k) -> const std::string & {
        auto found = labels.find(k);
        if (found == labels.end())
            found = labels.emplace(k, labelText(valueOfKey(s, k))).first;
        return found->second;
    };
    std::unordered_set<std::string> top;
    const std::string other = QueryBuilder::otherLabel().toStdString();
    if (spec.series && spec.top > 0) {
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
    }
    const auto finalLabel = [&](const Key &k) -> std::optional<std::string> {
        if (!spec.series)
            return std::nullopt;
        const std::string &label = labelOf(k);
        if (spec.top > 0 && !top.contains(label))
            return other;
        return label;
    };
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
        // As QueryBuilder: bins from min to max in `bins` steps, or of `bin_width`.
        struct Bin {
            qint64 b;
            std::optional<std::string> s;
            qint64 count = 0;
        };
        std::vector<Bin> bins;
        if (a.binned.empty())
            return Status::success();
        const bool integers = x->encoding == ColumnEncoding::Integer;
        double lo = a.binned.front().first, hi = lo;
        for (const auto &[v, sk] : a.binned) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        const double width = spec.binWidth > 0 ? spec.binWidth : (hi - lo) / double(spec.bins);
        std::map<std::pair<qint64, std::optional<std::string>>, qint64,
                 std::function<bool(const std::pair<qint64, std::optional<std::string>> &,
                                    const std::pair<qint64, std::optional<std::string>> &)>>
            counts([&](const auto &l, const auto &r) {
                if (l.first != r.first)
                    return l.first < r.first;
                return labelLess(l.second, r.second);
            });
        std::unordered_map<std::string, qint64> perSeries;
        qint64 unsplit = 0;
        for (const auto &[v, sk] : a.binned) {
            qint64 bin = 0;
            if (spec.binWidth > 0) {
                const double q = v / width;
                bin = qint64(q) - (q < double(qint64(q)) ? 1 : 0);
            } else if (hi != lo) {
                bin = std::min<qint64>(qint64((v - lo) / width), spec.bins - 1);
            }
            const auto label = finalLabel(sk);
            ++counts[{bin, label}];
            if (label)
                ++perSeries[*label];
            else
                ++unsplit;
        }
        for (const auto &[key, count] : counts) {
            const qint64 bin = key.first;
            QVariant start, end;
            if (spec.binWidth > 0) {
                start = double(bin) * width;
                end = double(bin + 1) * width;
            } else {
                start = lo + double(bin) * width;
                end = hi == lo ? (integers ? QVariant(qlonglong(hi)) : QVariant(hi))
                               : QVariant(lo + double(bin + 1) * width);
            }
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
            if (o.acc.values.empty())
                continue; // SQL ranks only non-NULL values: such a group has no row
            std::sort(o.acc.values.begin(), o.acc.values.end());
            if (box) {
                rows.push_back({key, series, o.acc.values.front(), quantile(o.acc.values, 0.25),
                                quantile(o.acc.values, 0.5), quantile(o.acc.values, 0.75),
                                o.acc.values.back(), qlonglong(o.acc.values.size())});
            } else {
                rows.push_back({key, series, quantile(o.acc.values, 0.5)});
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
            value = qlonglong(o.acc.distinct.size());
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

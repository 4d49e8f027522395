#include "ChartRunner.h"

#include "analysis/BucketLabels.h"
#include "analysis/Forecast.h"
#include "analysis/QueryBuilder.h"
#include "analysis/TermCounter.h"
#include "columns/ColumnEngine.h"
#include "columns/ColumnStore.h"
#include "columns/WallClockColumns.h"
#include "core/Log.h"
#include "core/WallClock.h"
#include "ingest/BatchQueue.h"
#include "store/Catalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <cmath>
#include <thread>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::ChartRunner", text);
}

QString refTitle(const ValueRef &ref) {
    return ref.expr.isEmpty() ? ref.column : ref.expr;
}

double toNumber(const QVariant &v) {
    return v.isNull() ? ChartData::kNone : v.toDouble();
}

// Series by total, largest first; "other" always last, where a legend reader looks for it.
// A table's keys by their total, largest first (ties in key order), each key's points kept
// together in series order.
void largestFirst(ChartData &data) {
    QHash<QString, double> totals;
    for (const ChartData::Point &p : data.points)
        totals[p.key] += p.value;
    std::stable_sort(data.keys.begin(), data.keys.end(), [&](const QString &a, const QString &b) {
        return totals.value(a) > totals.value(b);
    });
    QHash<QString, qsizetype> rank;
    for (qsizetype i = 0; i < data.keys.size(); ++i)
        rank.insert(data.keys[i], i);
    std::stable_sort(data.points.begin(), data.points.end(),
                     [&](const ChartData::Point &a, const ChartData::Point &b) {
                         return rank.value(a.key) < rank.value(b.key);
                     });
}

QStringList orderSeries(const std::vector<ChartData::Point> &points) {
    QHash<QString, double> totals;
    QStringList order;
    for (const auto &p : points) {
        if (!totals.contains(p.series))
            order.append(p.series);
        totals[p.series] += std::isnan(p.value) ? 0 : p.value;
    }
    std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) {
        const bool aOther = a == QueryBuilder::otherLabel(),
                   bOther = b == QueryBuilder::otherLabel();
        if (aOther != bOther)
            return bOther;
        return totals[a] > totals[b];
    });
    return order;
}

void appendForecast(const ChartSpec &spec, ChartData &data) {
    if (spec.forecast.method.isEmpty() || spec.forecast.horizon <= 0 || data.keys.isEmpty())
        return;
    const QString last = data.keys.back();
    QStringList future;
    for (int h = 1; h <= spec.forecast.horizon; ++h) {
        const QString next = BucketLabels::advance(spec.bucket, last, h);
        future.append(next.isEmpty() ? QStringLiteral("+%1").arg(h) : next);
    }
    std::vector<ChartData::Point> added;
    for (const QString &series : std::as_const(data.series)) {
        // Missing buckets of a count are zero; of anything else they are unknown and skipped.
        QHash<QString, double> byKey;
        for (const auto &p : data.points) {
            if (p.series == series)
                byKey.insert(p.key, p.value);
        }
        std::vector<double> history;
        const bool counts = spec.agg == Aggregate::Count || spec.agg == Aggregate::CountDistinct;
        for (const QString &key : std::as_const(data.keys)) {
            if (byKey.contains(key) && !std::isnan(byKey[key]))
                history.push_back(byKey[key]);
            else if (counts)
                history.push_back(0);
        }
        const auto predicted =
            spec.forecast.method == QLatin1String("linear")
                ? Forecast::linear(history, spec.forecast.horizon, spec.forecast.window)
                : Forecast::holt(history, spec.forecast.horizon);
        // Audiences, counts and prices never go below zero; neither does their forecast.
        const bool nonNegative =
            std::all_of(history.begin(), history.end(), [](double v) { return v >= 0; });
        auto floorAt0 = [nonNegative](double v) { return nonNegative ? std::max(0.0, v) : v; };
        for (std::size_t h = 0; h < predicted.size(); ++h)
            added.push_back({future[int(h)], series, floorAt0(predicted[h].value), true,
                             floorAt0(predicted[h].low), floorAt0(predicted[h].high)});
    }
    data.keys += future;
    data.points.insert(data.points.end(), added.begin(), added.end());
}

void fillEmptyBins(const ChartSpec &spec, ChartData &data) {
    if (spec.bins <= 0 || data.bins.empty())
        return;
    const auto &any = data.bins.front();
    const double width = any.end - any.start;
    if (width <= 0)
        return;
    // Round bins (NiceBins) run from the lowest value's to the highest's, both present; the
    // empty ones between are drawn too, at height 0.
    double first = any.start, last = any.start;
    for (const auto &b : data.bins) {
        first = std::min(first, b.start);
        last = std::max(last, b.start);
    }
    const auto count = qint64(std::llround((last - first) / width)) + 1;
    std::vector<ChartData::Bin> full;
    for (const QString &series : std::as_const(data.series)) {
        for (qint64 i = 0; i < count; ++i) {
            const double start = first + double(i) * width;
            auto found = std::find_if(data.bins.begin(), data.bins.end(), [&](const auto &b) {
                return b.series == series && std::abs(b.start - start) < width * 1e-6;
            });
            full.push_back(found != data.bins.end()
                               ? *found
                               : ChartData::Bin{start, start + width, series, 0});
        }
    }
    std::stable_sort(full.begin(), full.end(),
                     [](const auto &a, const auto &b) { return a.start < b.start; });
    data.bins = std::move(full);
}

} // namespace

QString ChartRunner::xTitle(const ChartSpec &spec) {
    return xTitle(spec, TitleWords{});
}

QString ChartRunner::yTitle(const ChartSpec &spec) {
    return yTitle(spec, TitleWords{});
}

QString ChartRunner::xTitle(const ChartSpec &spec, const TitleWords &words, const QString &zone) {
    if (spec.type == ChartType::Terms)
        return words.term;
    const QString x = refTitle(spec.x);
    QStringList notes;
    // A histogram's x is a measure in bins: a time bucket left in the spec means nothing there.
    if (spec.bucket != TimeBucket::None && spec.type != ChartType::Histogram)
        notes.append(words.bucket(spec.bucket));
    if (!zone.isEmpty())
        notes.append(zone);
    return notes.isEmpty() ? x : QStringLiteral("%1 (%2)").arg(x, notes.join(QLatin1String(", ")));
}

QString ChartRunner::yTitle(const ChartSpec &spec, const TitleWords &words) {
    if (spec.type == ChartType::Terms)
        return words.count;
    if (spec.type == ChartType::Histogram)
        return spec.normalize ? words.share : words.count;
    if (spec.agg == Aggregate::None || spec.type == ChartType::Box)
        return refTitle(spec.y);
    if (!spec.y.isSet())
        return words.aggregate(spec.agg);
    return QStringLiteral("%1(%2)").arg(words.aggregate(spec.agg), refTitle(spec.y));
}

namespace {

// Turns the rows of a chart's query (from SQL or the column engine, the same either way) into
// the chart's data.
class RowReader {
public:
    RowReader(ChartQuery::Shape shape, ChartData &out)
        : m_shape(shape)
        , m_out(out) {
        out.shape = shape;
    }

    void add(const QVariantList &row) {
        switch (m_shape) {
        case ChartQuery::Shape::Series: {
            if (row[0].isNull())
                break; // an x that is not a date cannot be bucketed
            ChartData::Point p{row[0].toString(), row[1].toString(), toNumber(row[2])};
            if (m_out.keys.isEmpty() || m_out.keys.back() != p.key)
                m_out.keys.append(p.key);
            m_out.points.push_back(p);
            break;
        }
        case ChartQuery::Shape::Histogram:
            m_out.bins.push_back(
                {row[1].toDouble(), row[2].toDouble(), row[3].toString(), row[4].toDouble()});
            note(m_seen, row[3].toString());
            break;
        case ChartQuery::Shape::Box:
            m_out.boxes.push_back({row[0].toString(), row[1].toString(), row[2].toDouble(),
                                   row[3].toDouble(), row[4].toDouble(), row[5].toDouble(),
                                   row[6].toDouble(), row[7].toLongLong()});
            note(m_out.keys, row[0].toString());
            note(m_seen, row[1].toString());
            break;
        case ChartQuery::Shape::Raw: {
            if (row[0].isNull())
                break;
            const QVariant &x = row[0];
            bool numeric = false;
            double xv = x.toDouble(&numeric);
            if (!numeric) {
                // Dates and timestamps plot on a time axis: milliseconds since the epoch (UTC).
                QDateTime t = QDateTime::fromString(x.toString(), Qt::ISODateWithMs);
                t.setTimeSpec(Qt::UTC);
                xv = t.isValid() ? double(t.toMSecsSinceEpoch()) : double(m_out.rawX.size());
                m_out.rawKeys.append(x.toString());
            }
            m_out.rawX.push_back(xv);
            m_out.rawY.push_back(row[1].toDouble());
            break;
        }
        }
    }

    // A normalized histogram whose engine has no window function: each bin as its share of
    // its series' values.
    void shareOfSeries() {
        QHash<QString, double> totals;
        for (const ChartData::Bin &b : m_out.bins)
            totals[b.series] += b.value;
        for (ChartData::Bin &b : m_out.bins)
            b.value /= totals.value(b.series);
    }

    void finish(const ChartSpec &spec) {
        if (m_shape == ChartQuery::Shape::Series && spec.type == ChartType::Table)
            largestFirst(m_out);
        if (m_shape == ChartQuery::Shape::Series)
            m_out.series = orderSeries(m_out.points);
        else
            m_out.series = m_seen.isEmpty() ? QStringList{QString()} : m_seen;
        fillEmptyBins(spec, m_out);
        appendForecast(spec, m_out);
    }

private:
    static void note(QStringList &list, const QString &value) {
        if (list.isEmpty() || !list.contains(value))
            list.append(value);
    }

    ChartQuery::Shape m_shape;
    ChartData &m_out;
    QStringList m_seen;
};

// A workspace connection's way of running a chart's queries: forward only, every value bound.
ChartRunner::QueryRows rowsOf(QSqlDatabase &db) {
    return [&db](const SqlFragment &fragment, const ChartRunner::Row &row) -> Status {
        QSqlQuery sql(db);
        sql.setForwardOnly(true);
        if (!sql.prepare(fragment.sql))
            return Status::internal(sql.lastError().text());
        for (const QVariant &value : fragment.bindings)
            sql.addBindValue(value);
        const auto failed = [&] {
            return Status::badInput(
                QCoreApplication::translate("tl::ChartRunner", "chart query failed: %1")
                    .arg(sql.lastError().text()));
        };
        if (!sql.exec())
            return failed();
        const int columns = sql.record().count();
        QVariantList values;
        while (sql.next()) {
            values.clear();
            for (int i = 0; i < columns; ++i)
                values.append(sql.value(i));
            if (!row(values))
                return Status::success();
        }
        if (sql.lastError().isValid())
            return failed();
        return Status::success();
    };
}

Status runSql(const ChartRunner::QueryRows &rows, const Dialect &dialect, const DatasetInfo &info,
              const ChartSpec &spec, const QByteArray &zone, ChartData &out) {
    const QueryBuilder builder(dialect, info, zone);
    // An engine that cannot choose a histogram's round bins in SQL is asked for x's range
    // first; they are chosen here (NiceBins) and the bins counted there.
    std::optional<std::pair<double, double>> range;
    if (builder.needsRange(spec)) {
        SqlFragment bounds;
        if (Status s = builder.histogramRange(spec, bounds); !s)
            return s;
        QVariantList found;
        if (Status s = rows(bounds,
                            [&](const QVariantList &values) {
                                found = values;
                                return false;
                            });
            !s)
            return s;
        if (found.size() < 2 || found[0].isNull() || found[1].isNull()) {
            RowReader(ChartQuery::Shape::Histogram, out).finish(spec); // no values: no bins
            return Status::success();
        }
        range = std::pair{found[0].toDouble(), found[1].toDouble()};
    }
    ChartQuery query;
    if (Status s = builder.build(spec, query, range); !s)
        return s;
    RowReader reader(query.shape, out);
    if (Status s = rows(query.sql,
                        [&](const QVariantList &values) {
                            reader.add(values);
                            return true;
                        });
        !s)
        return s;
    if (query.shareOfSeries)
        reader.shareOfSeries();
    reader.finish(spec);
    return Status::success();
}

// Rows of text and series in one buffer: the thread that counts them frees one string, not
// two per row (freeing strings another thread made contends on the allocator's lock).
class TextBatch {
public:
    void add(const QString &text, const QString &series) {
        m_chars += text;
        m_ends.push_back(m_chars.size());
        m_chars += series;
        m_ends.push_back(m_chars.size());
    }
    std::size_t rows() const { return m_ends.size() / 2; }
    template<typename F> void forEach(F f) const {
        const QStringView chars(m_chars);
        qsizetype start = 0;
        for (std::size_t i = 0; i < m_ends.size(); i += 2) {
            const qsizetype textEnd = m_ends[i];
            const qsizetype seriesEnd = m_ends[i + 1];
            f(chars.mid(start, textEnd - start), chars.mid(textEnd, seriesEnd - textEnd));
            start = seriesEnd;
        }
    }

private:
    QString m_chars;
    std::vector<qsizetype> m_ends; // of each row's text, then of its series
};

// A terms chart: each row's text tokenized, the rows that contain each term counted.
Status runTerms(const ChartRunner::QueryRows &rows, const Dialect &dialect, const DatasetInfo &info,
                const ChartSpec &spec, const ChartRunner::Options &options, ChartData &out) {
    SqlFragment texts;
    if (Status s = QueryBuilder(dialect, info, options.zone).termTexts(spec, texts); !s)
        return s;
    // Tokenizing is the work: batches of rows go to a second thread while it keeps up, and
    // are counted here when it does not.
    constexpr std::size_t kBatchRows = 2048;
    BatchQueue<TextBatch> queue(2);
    TermCounter counter(spec.terms), other(spec.terms);
    std::thread helper([&] {
        while (std::optional<TextBatch> batch = queue.pop())
            batch->forEach(
                [&](QStringView text, QStringView series) { other.add(text, series, 1); });
    });
    const auto countHere = [&](const TextBatch &batch) {
        batch.forEach([&](QStringView text, QStringView series) { counter.add(text, series, 1); });
    };
    TextBatch batch;
    bool cancelled = false;
    const Status read = rows(texts, [&](const QVariantList &values) {
        batch.add(values[0].toString(), values[1].toString());
        if (batch.rows() < kBatchRows)
            return true;
        if (std::optional<TextBatch> back = queue.tryPush(std::move(batch)))
            countHere(*back);
        batch = {};
        cancelled = options.cancelled && options.cancelled->load(std::memory_order_relaxed);
        return !cancelled;
    });
    countHere(batch);
    queue.close();
    helper.join();
    if (cancelled)
        return Status::cancelled(QCoreApplication::translate("tl::ChartRunner", "cancelled"));
    if (!read)
        return read;
    counter.merge(other);
    counter.finish(out);
    return Status::success();
}

// The column engine's answer, or an empty `reason` left unset: then `note` says why not.
Status runColumns(QSqlDatabase &db, const DatasetInfo &info, const ChartSpec &spec,
                  const ChartRunner::Options &options, ChartData &out, QString &note) {
    QStringList columns;
    note = ColumnEngine::plan(spec, info, columns);
    if (!note.isEmpty())
        return Status::success();
    ColumnSnapshot snapshot;
    if (Status s = readFreshColumns(db, info, columns, false, options.progress, options.cancelled,
                                    snapshot, note);
        !s || !note.isEmpty())
        return s;
    toWallClock(snapshot, WallClock(options.zone), options.cancelled);
    if (options.cancelled && *options.cancelled)
        return Status::cancelled(QCoreApplication::translate("tl::ChartRunner", "cancelled"));
    ChartQuery::Shape shape;
    std::vector<QVariantList> rows;
    if (Status s = ColumnEngine::run(spec, snapshot, shape, rows, note, options.cancelled); !s)
        return s;
    if (!note.isEmpty())
        return Status::success();
    RowReader reader(shape, out);
    for (const QVariantList &row : rows)
        reader.add(row);
    reader.finish(spec);
    return Status::success();
}

} // namespace

Status ChartRunner::run(QSqlDatabase &db, const Dialect &dialect, const ChartSpec &spec,
                        ChartData &out, const Options &options) {
    const auto found = Catalog(db, dialect).find(spec.dataset);
    if (!found)
        return found.status();
    if (!found->has_value())
        return Status::badInput(tr("no dataset named '%1'").arg(spec.dataset));
    return run(db, dialect, **found, spec, out, options);
}

namespace {

// Titles, the engine that answered and the time it took, on a chart's data.
void describe(const ChartSpec &spec, const DatasetInfo &dataset,
              const ChartRunner::Options &options, const QString &engine,
              const QElapsedTimer &timer, ChartData &out) {
    if (spec.x.expr.isEmpty() && spec.type != ChartType::Histogram) {
        const auto c =
            std::find_if(dataset.columns.begin(), dataset.columns.end(), [&](const Column &c) {
                return c.name.compare(spec.x.column, Qt::CaseInsensitive) == 0;
            });
        if (c != dataset.columns.end() && c->type == ColumnType::Timestamp)
            out.xZone = WallClock(options.zone).abbreviation();
    }
    out.xLabel = ChartRunner::xTitle(spec, ChartRunner::TitleWords{}, out.xZone);
    out.yLabel = ChartRunner::yTitle(spec);
    out.engine = engine;
    out.queryMs = double(timer.nsecsElapsed()) / 1e6;
    qCDebug(lcCharts).noquote() << QStringLiteral("%1 by %2: %3 in %4 ms%5")
                                       .arg(spec.dataset, spec.x.column, engine)
                                       .arg(out.queryMs, 0, 'f', 1)
                                       .arg(out.engineNote.isEmpty()
                                                ? QString()
                                                : QStringLiteral(" (%1)").arg(out.engineNote));
}

// The chart from SQL: a terms chart's texts, or the query QueryBuilder makes.
Status runQueries(const ChartRunner::QueryRows &rows, const Dialect &dialect,
                  const DatasetInfo &dataset, const ChartSpec &spec, const QString &note,
                  const QElapsedTimer &timer, ChartData &out, const ChartRunner::Options &options) {
    out = ChartData{};
    if (spec.type == ChartType::Terms) {
        if (options.engine == ChartRunner::Engine::Columns)
            return Status::badInput(
                tr("the column engine cannot answer this chart: terms are counted from the text"));
        if (Status s = runTerms(rows, dialect, dataset, spec, options, out); !s)
            return s;
        out.engineNote = tr("terms are counted from the rows' text");
    } else {
        if (Status s = runSql(rows, dialect, dataset, spec, options.zone, out); !s)
            return s;
        out.engineNote = note;
    }
    describe(spec, dataset, options, QStringLiteral("sql"), timer, out);
    return Status::success();
}

} // namespace

Status ChartRunner::run(const QueryRows &rows, const Dialect &dialect, const DatasetInfo &dataset,
                        const ChartSpec &spec, ChartData &out, const Options &options) {
    QElapsedTimer timer;
    timer.start();
    if (options.engine == Engine::Columns && spec.type != ChartType::Terms)
        return Status::badInput(tr("the column engine cannot answer this chart: %1")
                                    .arg(tr("the column store is local")));
    return runQueries(rows, dialect, dataset, spec,
                      options.engine == Engine::Sql ? tr("SQL was asked for")
                                                    : tr("the column store is local"),
                      timer, out, options);
}

Status ChartRunner::run(QSqlDatabase &db, const Dialect &dialect, const DatasetInfo &dataset,
                        const ChartSpec &spec, ChartData &out, const Options &options) {
    QElapsedTimer timer;
    timer.start();
    if (spec.type == ChartType::Terms || dialect.name() != QLatin1String("sqlite"))
        return run(rowsOf(db), dialect, dataset, spec, out, options);
    if (options.engine == Engine::Sql)
        return runQueries(rowsOf(db), dialect, dataset, spec, tr("SQL was asked for"), timer, out,
                          options);
    out = ChartData{};
    QString note;
    if (Status s = runColumns(db, dataset, spec, options, out, note); !s)
        return s;
    if (note.isEmpty()) {
        describe(spec, dataset, options, QStringLiteral("columns"), timer, out);
        return Status::success();
    }
    if (options.engine == Engine::Columns)
        return Status::badInput(tr("the column engine cannot answer this chart: %1").arg(note));
    return runQueries(rowsOf(db), dialect, dataset, spec, note, timer, out, options);
}

} // namespace tl

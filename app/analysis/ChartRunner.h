#pragma once

#include "analysis/ChartData.h"
#include "analysis/ChartSpec.h"
#include "analysis/SqlFragment.h"
#include "core/Status.h"
#include "store/DatasetInfo.h"
#include "store/Dialect.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

namespace tl {

// Runs a ChartSpec on a workspace connection: from the column store (ColumnEngine) when it
// can, else one SQL query (QueryBuilder), saying why in ChartData::engineNote; then the small
// C++ finishing touches on the result — series ordered by total with "other" last, empty
// histogram bins filled in, forecasts appended.
class ChartRunner {
public:
    enum class Engine { Auto, Columns, Sql };
    struct Options {
        Engine engine = Engine::Auto;
        const std::atomic<bool> *cancelled = nullptr;
        // Building a dataset's columns the first time (an older workspace): rows done, total.
        std::function<void(qint64, qint64)> progress;
        // Timestamps are bucketed, filtered and labelled as the wall-clock time of this zone
        // (an IANA id); empty is UTC, the stored time.
        QByteArray zone;
    };
    static Status run(QSqlDatabase &db, const Dialect &dialect, const ChartSpec &spec,
                      ChartData &out, const Options &options);
    // On `dataset` as the caller found it (a server's table, not the workspace's catalog).
    static Status run(QSqlDatabase &db, const Dialect &dialect, const DatasetInfo &dataset,
                      const ChartSpec &spec, ChartData &out, const Options &options);
    static Status run(QSqlDatabase &db, const Dialect &dialect, const ChartSpec &spec,
                      ChartData &out) {
        return run(db, dialect, spec, out, Options{});
    }
    // Runs one of a chart's queries, every value bound, and hands its rows over in order; a
    // row callback returning false stops reading. A server without a Qt driver (ClickHouse)
    // answers charts through one of these.
    using Row = std::function<bool(const QVariantList &values)>;
    using QueryRows = std::function<Status(const SqlFragment &query, const Row &row)>;
    static Status run(const QueryRows &rows, const Dialect &dialect, const DatasetInfo &dataset,
                      const ChartSpec &spec, ChartData &out, const Options &options);
    // The words axis titles are made of: the engine's English names by default, which head the
    // data's CSV; the window draws them in the reader's language (ChartTitles).
    struct TitleWords {
        std::function<QString(TimeBucket)> bucket = bucketName;
        std::function<QString(Aggregate)> aggregate = aggregateName;
        QString count = QStringLiteral("count");
        QString share = QStringLiteral("share");
        QString term = QStringLiteral("term");
    };
    // The axis titles a spec implies: "review_date (month)", "avg(rating)"; a timestamp's
    // title names the zone it is read in: "created_at (hour, KST)".
    static QString xTitle(const ChartSpec &spec, const TitleWords &words, const QString &zone = {});
    static QString yTitle(const ChartSpec &spec, const TitleWords &words);
    static QString xTitle(const ChartSpec &spec);
    static QString yTitle(const ChartSpec &spec);
};

} // namespace tl

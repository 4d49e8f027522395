#include "analysis/BucketLabels.h"
#include "analysis/ChartRunner.h"
#include "analysis/NiceBins.h"
#include "analysis/QueryBuilder.h"
#include "core/WallClock.h"
#include "ingest/ImportJob.h"
#include "store/Workspace.h"
#include "support/RowsBehind.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <set>

using namespace tl;

namespace {

// One generated row; the test computes every expected figure from these with plain loops.
struct Row {
    QDate day;
    QDateTime at;  // UTC
    QString movie; // empty for NULL
    int rating;
    int level;
    QString name;
    double score;
};

const QStringList kSyllables{QStringLiteral("가"), QStringLiteral("나"), QStringLiteral("다"),
                             QStringLiteral("라")};

std::vector<Row> makeRows() {
    static const QStringList movies{QStringLiteral("Alpha"),     QStringLiteral("Alpha"),
                                    QStringLiteral("Alpha"),     QStringLiteral("Alpha"),
                                    QStringLiteral("베타"),      QStringLiteral("베타"),
                                    QStringLiteral("Gamma"),     QStringLiteral("Delta"),
                                    QStringLiteral("Eps, ilon"), QString()};
    std::vector<Row> rows;
    for (int i = 0; i < 1000; ++i) {
        Row r;
        r.day = QDate(2023, 12, 20).addDays(i % 120);
        r.at = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i) * 37 * 60);
        r.movie = movies[i % 10];
        r.rating = (i * 7) % 10 + 1;
        r.level = (i * 13) % 300;
        for (int k = 0; k <= i % 4; ++k)
            r.name += kSyllables[(i + k) % 4];
        r.score = (i % 17) * 1.5;
        rows.push_back(r);
    }
    return rows;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double quantile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    const double pos = p * double(v.size() - 1);
    const std::size_t lo = std::size_t(pos);
    const double frac = pos - double(lo);
    return lo + 1 < v.size() ? v[lo] * (1 - frac) + v[lo + 1] * frac : v[lo];
}

QString tenDay(const QDate &d) {
    return QStringLiteral("%1-%2")
        .arg(d.toString(QStringLiteral("yyyy-MM")))
        .arg(d.day() <= 10   ? QStringLiteral("01")
             : d.day() <= 20 ? QStringLiteral("11")
                             : QStringLiteral("21"));
}

} // namespace

class TestQueryBuilder : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::vector<Row> m_rows;

    ChartData chart(const QByteArray &json) {
        ChartSpec spec;
        const Status parsed = ChartSpec::fromJson(QJsonDocument::fromJson(json).object(), spec);
        if (!parsed)
            qFatal("bad spec in test: %s", qPrintable(parsed.message()));
        ChartData data;
        const Status s =
            ChartRunner::run(m_workspace->database(), m_workspace->dialect(), spec, data);
        if (!s)
            qWarning("%s", qPrintable(s.message()));
        return data;
    }

    Status chartStatus(const QByteArray &json) {
        ChartSpec spec;
        if (Status s = ChartSpec::fromJson(QJsonDocument::fromJson(json).object(), spec); !s)
            return s;
        ChartData data;
        return ChartRunner::run(m_workspace->database(), m_workspace->dialect(), spec, data);
    }

    // key → value of a chart that is not split.
    static QMap<QString, double> values(const ChartData &data, const QString &series = {}) {
        QMap<QString, double> out;
        for (const auto &p : data.points) {
            if (p.series == series && !p.forecast)
                out.insert(p.key, p.value);
        }
        return out;
    }

    template<class Key, class Value>
    QMap<QString, double> expected(Key key, Value value,
                                   std::optional<std::function<bool(const Row &)>> keep = {}) {
        QMap<QString, double> out;
        for (const Row &r : m_rows) {
            if (keep && !(*keep)(r))
                continue;
            out[key(r)] += value(r);
        }
        return out;
    }

    static void compareMaps(const QMap<QString, double> &actual,
                            const QMap<QString, double> &want) {
        QCOMPARE(actual.keys(), want.keys());
        for (auto it = want.begin(); it != want.end(); ++it)
            QVERIFY2(std::abs(actual[it.key()] - it.value()) < 1e-9,
                     qPrintable(QStringLiteral("%1: %2 != %3")
                                    .arg(it.key())
                                    .arg(actual[it.key()])
                                    .arg(it.value())));
    }

private Q_SLOTS:
    void initTestCase() {
        m_rows = makeRows();
        const QString csv = m_dir.filePath(QStringLiteral("rows.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("day,at,movie,rating,level,name,score\n");
        for (const Row &r : m_rows) {
            const QString movie = r.movie.contains(u',') ? u'"' + r.movie + u'"' : r.movie;
            file.write(QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                           .arg(r.day.toString(Qt::ISODate), r.at.toString(Qt::ISODate), movie)
                           .arg(r.rating)
                           .arg(r.level)
                           .arg(r.name)
                           .arg(r.score)
                           .toUtf8());
        }
        file.close();
        const QString path = m_dir.filePath(QStringLiteral("w.trendlens"));
        ImportOptions options;
        options.files = {csv};
        options.dataset = QStringLiteral("rows");
        ImportResult result;
        const Status s = ImportJob(path, options).run(result);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QVERIFY(Workspace::open(path, m_workspace).ok());
        const auto info = m_workspace->catalog().find(QStringLiteral("rows")).value();
        QCOMPARE(info->columns[0].type, ColumnType::Date);
        QCOMPARE(info->columns[1].type, ColumnType::Timestamp);
        QCOMPARE(info->columns[6].type, ColumnType::Real);
    }

    // Axis titles: a bucket on a time x, none on a histogram's bins (a bucket left over from
    // another chart type means nothing there).
    void axisTitles() {
        ChartSpec spec;
        spec.x = {QStringLiteral("review_date"), {}};
        spec.bucket = TimeBucket::Month;
        spec.y = {QStringLiteral("rating"), {}};
        spec.agg = Aggregate::Avg;
        QCOMPARE(ChartRunner::xTitle(spec), QStringLiteral("review_date (month)"));
        QCOMPARE(ChartRunner::yTitle(spec), QStringLiteral("avg(rating)"));
        spec.type = ChartType::Histogram;
        spec.x = {QStringLiteral("rating"), {}};
        QCOMPARE(ChartRunner::xTitle(spec), QStringLiteral("rating"));
        QCOMPARE(ChartRunner::yTitle(spec), QStringLiteral("count"));
    }

    void buckets_data() {
        QTest::addColumn<QString>("bucket");
        QTest::newRow("day") << "day";
        QTest::newRow("10-day") << "10-day";
        QTest::newRow("week") << "week";
        QTest::newRow("month") << "month";
        QTest::newRow("quarter") << "quarter";
        QTest::newRow("year") << "year";
    }
    void buckets() {
        QFETCH(QString, bucket);
        const ChartData data = chart(QStringLiteral("{\"dataset\": \"rows\", \"x\": {\"column\": "
                                                    "\"day\", \"bucket\": \"%1\"}}")
                                         .arg(bucket)
                                         .toUtf8());
        auto key = [&](const Row &r) -> QString {
            const QDate d = r.day;
            if (bucket == QLatin1String("day"))
                return d.toString(Qt::ISODate);
            if (bucket == QLatin1String("10-day"))
                return tenDay(d);
            if (bucket == QLatin1String("week"))
                return d.addDays(1 - d.dayOfWeek()).toString(Qt::ISODate);
            if (bucket == QLatin1String("month"))
                return d.toString(QStringLiteral("yyyy-MM"));
            if (bucket == QLatin1String("quarter"))
                return QStringLiteral("%1-Q%2").arg(d.year()).arg((d.month() + 2) / 3);
            return QString::number(d.year());
        };
        compareMaps(values(data), expected(key, [](const Row &) { return 1.0; }));
        QCOMPARE(data.keys, values(data).keys()); // in time order
    }

    void tenDayAcrossMonthEnds() {
        // 2024-01-21..31 is one period (11 days), February's third runs to the 29th.
        const ChartData data =
            chart("{\"dataset\": \"rows\", \"x\": {\"column\": \"day\", \"bucket\": \"10-day\"}, "
                  "\"filters\": [{\"column\": \"day\", \"op\": \"between\", \"value\": "
                  "[\"2024-01-15\", \"2024-03-05\"]}]}");
        QCOMPARE(data.keys, (QStringList{"2024-01-11", "2024-01-21", "2024-02-01", "2024-02-11",
                                         "2024-02-21", "2024-03-01"}));
        const auto v = values(data);
        const auto perDay = expected([](const Row &r) { return r.day.toString(Qt::ISODate); },
                                     [](const Row &) { return 1.0; });
        double jan21to31 = 0, feb21to29 = 0;
        for (int d = 21; d <= 31; ++d)
            jan21to31 += perDay.value(QDate(2024, 1, d).toString(Qt::ISODate));
        for (int d = 21; d <= 29; ++d)
            feb21to29 += perDay.value(QDate(2024, 2, d).toString(Qt::ISODate));
        QCOMPARE(v["2024-01-21"], jan21to31);
        QCOMPARE(v["2024-02-21"], feb21to29);
        QCOMPARE(BucketLabels::advance(TimeBucket::TenDay, QStringLiteral("2024-01-21"), 1),
                 QStringLiteral("2024-02-01"));
        QCOMPARE(BucketLabels::advance(TimeBucket::TenDay, QStringLiteral("2024-02-11"), 2),
                 QStringLiteral("2024-03-01"));
        QCOMPARE(BucketLabels::advance(TimeBucket::Quarter, QStringLiteral("2024-Q4"), 1),
                 QStringLiteral("2025-Q1"));
    }

    void hourBucketOnTimestamps() {
        const ChartData data =
            chart("{\"dataset\": \"rows\", \"x\": {\"column\": \"at\", \"bucket\": \"hour\"}}");
        compareMaps(
            values(data),
            expected([](const Row &r) { return r.at.toString(QStringLiteral("yyyy-MM-dd HH:00")); },
                     [](const Row &) { return 1.0; }));
    }

    // Tweets per minute: a prefix of the timestamp, and forecasts step a minute at a time.
    void minuteBucketOnTimestamps() {
        const ChartData data =
            chart("{\"dataset\": \"rows\", \"x\": {\"column\": \"at\", \"bucket\": \"minute\"}}");
        compareMaps(
            values(data),
            expected([](const Row &r) { return r.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")); },
                     [](const Row &) { return 1.0; }));
        QCOMPARE(BucketLabels::advance(TimeBucket::Minute, QStringLiteral("2024-05-09 23:59"), 2),
                 QStringLiteral("2024-05-10 00:01"));
    }

    void aggregates_data() {
        QTest::addColumn<QString>("agg");
        for (const char *a : {"sum", "avg", "min", "max", "count_distinct", "median"})
            QTest::newRow(a) << a;
    }
    void aggregates() {
        QFETCH(QString, agg);
        const ChartData data = chart(QStringLiteral("{\"dataset\": \"rows\", \"type\": \"bar\", "
                                                    "\"x\": {\"column\": \"movie\"}, \"y\": "
                                                    "{\"column\": \"score\", \"agg\": \"%1\"}}")
                                         .arg(agg)
                                         .toUtf8());
        QMap<QString, std::vector<double>> groups;
        for (const Row &r : m_rows) {
            if (!r.movie.isEmpty())
                groups[r.movie].push_back(r.score);
        }
        QMap<QString, double> want;
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            const auto &v = it.value();
            double result = 0;
            if (agg == QLatin1String("sum") || agg == QLatin1String("avg")) {
                for (double x : v)
                    result += x;
                if (agg == QLatin1String("avg"))
                    result /= double(v.size());
            } else if (agg == QLatin1String("min")) {
                result = *std::min_element(v.begin(), v.end());
            } else if (agg == QLatin1String("max")) {
                result = *std::max_element(v.begin(), v.end());
            } else if (agg == QLatin1String("count_distinct")) {
                result = double(std::set<double>(v.begin(), v.end()).size());
            } else {
                result = median(v);
            }
            want.insert(it.key(), result);
        }
        auto got = values(data);
        got.remove(QString()); // the NULL movie is its own (empty) key
        compareMaps(got, want);
    }

    void medianEvenAndOdd() {
        // Alpha has 400 rows (even); filtered to rating 1 it has an odd count.
        for (const char *filter : {"", ", \"filters\": [{\"column\": \"rating\", \"op\": \"=\", "
                                       "\"value\": 1}]"}) {
            const ChartData data = chart(QByteArray("{\"dataset\": \"rows\", \"x\": {\"column\": "
                                                    "\"movie\"}, \"y\": {\"column\": \"level\", "
                                                    "\"agg\": \"median\"}") +
                                         filter + "}");
            std::vector<double> levels;
            for (const Row &r : m_rows) {
                if (r.movie == QLatin1String("Alpha") && (!*filter || r.rating == 1))
                    levels.push_back(r.level);
            }
            QCOMPARE(values(data)[QStringLiteral("Alpha")], median(levels));
        }
    }

    void topNAndOther() {
        const ChartData data =
            chart("{\"dataset\": \"rows\", \"x\": {\"column\": \"day\", \"bucket\": \"month\"}, "
                  "\"series\": {\"column\": \"movie\", \"top\": 2}}");
        QCOMPARE(data.series, (QStringList{"Alpha", "베타", "other"}));
        for (const QString &month : data.keys) {
            auto count = [&](auto pred) {
                double n = 0;
                for (const Row &r : m_rows)
                    n += r.day.toString(QStringLiteral("yyyy-MM")) == month && pred(r);
                return n;
            };
            QCOMPARE(values(data, QStringLiteral("Alpha"))[month],
                     count([](const Row &r) { return r.movie == QLatin1String("Alpha"); }));
            QCOMPARE(values(data, QStringLiteral("other"))[month], count([](const Row &r) {
                         return r.movie != QLatin1String("Alpha") &&
                                r.movie != QStringLiteral("베타");
                     }));
        }
    }

    // A table lists a bar chart's rows largest first, by either engine; a split keeps each
    // key's rows together, ordered by the key's total.
    void tableListsLargestFirst() {
        const auto want = expected([](const Row &r) { return r.movie; },
                                   [](const Row &r) { return double(r.rating); },
                                   [](const Row &r) { return !r.movie.isEmpty(); }); // no NULL x
        for (const auto engine : {ChartRunner::Engine::Sql, ChartRunner::Engine::Columns}) {
            ChartSpec spec;
            QVERIFY(ChartSpec::fromJson(QJsonDocument::fromJson(
                                            "{\"dataset\": \"rows\", \"type\": \"table\", "
                                            "\"x\": {\"column\": \"movie\"}, \"y\": {\"column\": "
                                            "\"rating\", \"agg\": \"sum\"}}")
                                            .object(),
                                        spec)
                        .ok());
            ChartData data;
            QVERIFY(ChartRunner::run(m_workspace->database(), m_workspace->dialect(), spec, data,
                                     {engine})
                        .ok());
            compareMaps(values(data), want);
            QCOMPARE(data.keys.size(), want.size());
            for (qsizetype i = 1; i < data.keys.size(); ++i)
                QVERIFY(want[data.keys[i - 1]] >= want[data.keys[i]]);
            QCOMPARE(data.table().rows.front().front().toString(), data.keys.front());
        }

        const ChartData split =
            chart("{\"dataset\": \"rows\", \"type\": \"table\", \"x\": {\"column\": \"movie\"}, "
                  "\"series\": {\"column\": \"level\"}}");
        QMap<QString, double> totals;
        for (const ChartData::Point &p : split.points)
            totals[p.key] += p.value;
        QStringList order; // the keys in the order of the points, each once
        for (const ChartData::Point &p : split.points) {
            if (order.isEmpty() || order.back() != p.key) {
                QVERIFY2(!order.contains(p.key), qPrintable(p.key));
                order.append(p.key);
            }
        }
        QCOMPARE(order, split.keys);
        for (qsizetype i = 1; i < order.size(); ++i)
            QVERIFY(totals[order[i - 1]] >= totals[order[i]]);
        QCOMPARE(chartTypeFromName(QStringLiteral("table")), ChartType::Table);
    }

    void rowsBehindAPointMatchItsValue() {
        ChartSpec spec;
        QVERIFY(ChartSpec::fromJson(
                    QJsonDocument::fromJson(
                        "{\"dataset\": \"rows\", \"x\": {\"column\": \"day\", \"bucket\": "
                        "\"10-day\"}, \"series\": {\"column\": \"movie\", \"top\": 2}, "
                        "\"filters\": [{\"column\": \"rating\", \"op\": \">\", \"value\": 2}]}")
                        .object(),
                    spec)
                    .ok());
        ChartData data;
        QVERIFY(ChartRunner::run(m_workspace->database(), m_workspace->dialect(), spec, data).ok());
        const auto info = m_workspace->catalog().find(QStringLiteral("rows")).value();
        const QueryBuilder builder(m_workspace->dialect(), *info);
        int checked = 0;
        for (const auto &point : data.points) {
            QCOMPARE(
                rowsBehind(m_workspace->database(), builder, spec, point, QStringLiteral("rows")),
                point.value);
            ++checked;
        }
        QVERIFY(checked > 20);
    }

    void filters_data() {
        QTest::addColumn<QByteArray>("filter");
        QTest::addColumn<int>("rows");
        auto count = [this](auto pred) {
            return int(std::count_if(m_rows.begin(), m_rows.end(), pred));
        };
        QTest::newRow("=") << QByteArray("{\"column\": \"rating\", \"op\": \"=\", \"value\": 3}")
                           << count([](const Row &r) { return r.rating == 3; });
        QTest::newRow("≠") << QByteArray("{\"column\": \"rating\", \"op\": \"≠\", \"value\": 3}")
                           << count([](const Row &r) { return r.rating != 3; });
        QTest::newRow("<") << QByteArray("{\"column\": \"level\", \"op\": \"<\", \"value\": 61}")
                           << count([](const Row &r) { return r.level < 61; });
        QTest::newRow("≤") << QByteArray("{\"column\": \"level\", \"op\": \"<=\", \"value\": 61}")
                           << count([](const Row &r) { return r.level <= 61; });
        QTest::newRow(">") << QByteArray("{\"column\": \"score\", \"op\": \">\", \"value\": 12}")
                           << count([](const Row &r) { return r.score > 12; });
        QTest::newRow("≥") << QByteArray("{\"column\": \"score\", \"op\": \">=\", \"value\": 12}")
                           << count([](const Row &r) { return r.score >= 12; });
        QTest::newRow("in") << QByteArray("{\"column\": \"movie\", \"op\": \"in\", \"value\": "
                                          "[\"Gamma\", \"베타\"]}")
                            << count([](const Row &r) {
                                   return r.movie == QLatin1String("Gamma") ||
                                          r.movie == QStringLiteral("베타");
                               });
        QTest::newRow("contains") << QByteArray("{\"column\": \"movie\", \"op\": \"contains\", "
                                                "\"value\": \"s, i\"}")
                                  << count([](const Row &r) { return r.movie.contains("s, i"); });
        QTest::newRow("is null") << QByteArray("{\"column\": \"movie\", \"op\": \"is null\"}")
                                 << count([](const Row &r) { return r.movie.isEmpty(); });
        QTest::newRow("between") << QByteArray("{\"column\": \"rating\", \"op\": \"between\", "
                                               "\"value\": [2, 4]}")
                                 << count([](const Row &r) {
                                        return r.rating >= 2 && r.rating <= 4;
                                    });
        QTest::newRow("expression") << QByteArray("{\"expr\": \"length(name) = 2\"}")
                                    << count([](const Row &r) { return r.name.size() == 2; });
    }
    void filters() {
        QFETCH(QByteArray, filter);
        QFETCH(int, rows);
        const ChartData data = chart("{\"dataset\": \"rows\", \"type\": \"pie\", \"x\": "
                                     "{\"expr\": \"1\"}, \"filters\": [" +
                                     filter + "]}");
        QCOMPARE(values(data).value(QStringLiteral("1")), double(rows));
    }

    void expressionSeries() {
        // The MapleStory use: levels ≤ 61 are "to be deleted", by name length 2 only.
        const ChartData data = chart(
            "{\"dataset\": \"rows\", \"type\": \"bar\", \"x\": {\"column\": \"rating\"}, "
            "\"series\": {\"expr\": \"if(level <= 61, \\\"to be deleted\\\", \\\"kept\\\")\"}, "
            "\"filters\": [{\"expr\": \"length(name) = 2\"}]}");
        QCOMPARE(data.series.size(), 2);
        for (const QString &group : data.series) {
            const auto got = values(data, group);
            const auto want =
                expected([](const Row &r) { return QString::number(r.rating); },
                         [](const Row &) { return 1.0; },
                         std::function<bool(const Row &)>([&](const Row &r) {
                             return r.name.size() == 2 &&
                                    (r.level <= 61) == (group == QLatin1String("to be deleted"));
                         }));
            compareMaps(got, want);
        }
        // Arithmetic, year(), real division, text literals with quotes bound, not inlined.
        const ChartData derived =
            chart("{\"dataset\": \"rows\", \"x\": {\"expr\": \"year(day) * 100 + month(day)\"}, "
                  "\"y\": {\"expr\": \"(rating + 1) / 2\", \"agg\": \"max\"}, \"filters\": "
                  "[{\"expr\": \"lower(movie) = 'alpha' or movie = \\\"it's\\\"\"}]}");
        // Alpha's ratings are 1, 8, 5 and 2: (8 + 1) / 2 is 4.5, not SQL's integer 4.
        QCOMPARE(values(derived)[QStringLiteral("202401")], 4.5);
    }

    void injectionIsRejected_data() {
        QTest::addColumn<QByteArray>("spec");
        QTest::newRow("statement") << QByteArray("{\"dataset\": \"rows\", \"x\": {\"expr\": "
                                                 "\"rating; DROP TABLE rows\"}}");
        QTest::newRow("unbalanced") << QByteArray("{\"dataset\": \"rows\", \"x\": {\"column\": "
                                                  "\"rating\"}, \"filters\": [{\"expr\": "
                                                  "\"length(name) = 2) OR (1=1\"}]}");
        QTest::newRow("comment") << QByteArray("{\"dataset\": \"rows\", \"x\": {\"expr\": "
                                               "\"rating -- x\"}}");
        QTest::newRow("unknown column") << QByteArray("{\"dataset\": \"rows\", \"x\": {\"column\": "
                                                      "\"rating\\\" FROM sqlite_master --\"}}");
        QTest::newRow("unknown function") << QByteArray("{\"dataset\": \"rows\", \"x\": {\"expr\": "
                                                        "\"load_extension('x')\"}}");
        QTest::newRow("deep") << QByteArray("{\"dataset\": \"rows\", \"x\": {\"expr\": \"") +
                                     QByteArray(5000, '(') + "1" + QByteArray(5000, ')') + "\"}}";
    }
    void injectionIsRejected() {
        QFETCH(QByteArray, spec);
        const Status s = chartStatus(spec);
        QVERIFY(!s.ok());
        QCOMPARE(s.kind(), ErrorKind::BadInput);
        // The table is still there.
        QVERIFY(m_workspace->catalog().find(QStringLiteral("rows")).value());
        QCOMPARE(
            values(chart("{\"dataset\": \"rows\", \"x\": {\"expr\": \"1\"}}"))[QStringLiteral("1")],
            1000.0);
    }

    // Every field is checked for its type and range when a spec is read, and the message
    // names the field.
    void unboundedSpecsAreRefused_data() {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<QString>("message");
        QTest::newRow("bins 1e9") << QByteArray("\"type\": \"histogram\", \"bins\": 1e9")
                                  << "\"bins\" must be a whole number from 0 to 10000";
        QTest::newRow("bins text") << QByteArray("\"type\": \"histogram\", \"bins\": \"20\"")
                                   << "\"bins\" must be a whole number";
        QTest::newRow("horizon 1e9")
            << QByteArray("\"forecast\": {\"method\": \"holt\", \"horizon\": 1e9}")
            << "\"forecast.horizon\" must be a whole number from 1 to 1000";
        QTest::newRow("horizon -3")
            << QByteArray("\"forecast\": {\"method\": \"linear\", \"horizon\": -3}")
            << "\"forecast.horizon\" must be a whole number from 1 to 1000 (not -3)";
        QTest::newRow("top -1") << QByteArray("\"series\": {\"column\": \"movie\", \"top\": -1}")
                                << "\"series.top\" must be a whole number from 0 to 1000 (not -1)";
        QTest::newRow("top \"5\"")
            << QByteArray("\"series\": {\"column\": \"movie\", \"top\": \"5\"}")
            << "\"series.top\" must be a whole number from 0 to 1000 (not \"5\")";
        QTest::newRow("top 2.5") << QByteArray("\"series\": {\"column\": \"movie\", \"top\": 2.5}")
                                 << "\"series.top\" must be a whole number";
        QTest::newRow("value object")
            << QByteArray("\"filters\": [{\"column\": \"rating\", \"op\": \"=\", \"value\": "
                          "{\"a\": 1}}]")
            << "\"filters[0].value\" must be a number or text (not an object)";
        QTest::newRow("in of objects")
            << QByteArray("\"filters\": [{\"column\": \"rating\", \"op\": \"in\", \"value\": "
                          "[1, [2]]}]")
            << "\"filters[0].value\" must hold numbers or text (not a list)";
        QTest::newRow("between of three")
            << QByteArray("\"filters\": [{\"column\": \"rating\", \"op\": \"between\", "
                          "\"value\": [1, 2, 3]}]")
            << "\"filters[0].value\" must be a list of two values";
        QTest::newRow("filter not object")
            << QByteArray("\"filters\": [3]") << "\"filters[0]\" must be an object (not 3)";
        QTest::newRow("filters not list")
            << QByteArray("\"filters\": {\"column\": \"rating\"}") << "\"filters\" must be a list";
        QTest::newRow("bin_width 1e-300")
            << QByteArray("\"type\": \"histogram\", \"bin_width\": 1e-300")
            << "\"bin_width\" must be a number from 1e-09";
        QTest::newRow("bin_width negative")
            << QByteArray("\"type\": \"histogram\", \"bin_width\": -1")
            << "\"bin_width\" must be a number from 1e-09";
        QTest::newRow("normalize text")
            << QByteArray("\"normalize\": \"yes\"") << "\"normalize\" must be true or false";
        QTest::newRow("x not object")
            << QByteArray("\"x\": \"rating\"") << "\"x\" must be an object";
        QTest::newRow("column number")
            << QByteArray("\"y\": {\"column\": 3}") << "\"y.column\" must be text (not 3)";
        QTest::newRow("version") << QByteArray("\"version\": 1.5")
                                 << "\"version\" must be a whole number";
    }
    void unboundedSpecsAreRefused() {
        QFETCH(QByteArray, fields);
        QFETCH(QString, message);
        ChartSpec spec;
        const QByteArray json =
            "{\"dataset\": \"rows\", \"x\": {\"column\": \"rating\"}, " + fields + "}";
        const QJsonDocument document = QJsonDocument::fromJson(json);
        QVERIFY2(document.isObject(), json.constData());
        // The later key wins in Qt's JSON objects, so "x" given twice tests the second.
        const Status s = ChartSpec::fromJson(document.object(), spec);
        QCOMPARE(s.kind(), ErrorKind::BadInput);
        QVERIFY2(s.message().contains(message), qPrintable(s.message()));
    }

    // 100,000 values in an `in` filter are one bound JSON list, not 100,000 placeholders.
    void longInListIsOneValue() {
        QByteArray list;
        for (int i = 0; i < ChartSpec::kMaxInValues; ++i)
            list += (i ? "," : "") + QByteArray::number(i % 2 == 0 ? i / 2 : -i);
        const ChartData data = chart("{\"dataset\": \"rows\", \"type\": \"pie\", \"x\": {\"expr\": "
                                     "\"1\"}, \"filters\": [{\"column\": \"rating\", \"op\": "
                                     "\"in\", \"value\": [" +
                                     list + "]}]}");
        const double all = values(data).value(QStringLiteral("1"));
        QCOMPARE(all, double(m_rows.size()));
        QCOMPARE(chartStatus("{\"dataset\": \"rows\", \"x\": {\"column\": \"rating\"}, "
                             "\"filters\": [{\"column\": \"rating\", \"op\": \"in\", \"value\": [" +
                             list + ",1]}]}")
                     .kind(),
                 ErrorKind::BadInput);
        const ChartData some = chart("{\"dataset\": \"rows\", \"type\": \"pie\", \"x\": {\"expr\": "
                                     "\"1\"}, \"filters\": [{\"column\": \"movie\", \"op\": "
                                     "\"in\", \"value\": [\"alpha\", \"it's\"]}]}");
        QCOMPARE(values(some).value(QStringLiteral("1")),
                 double(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) {
                     return r.movie == QLatin1String("alpha") || r.movie == QLatin1String("it's");
                 })));
    }

    // Long sums compile to one flat SQL chain; past the term limit they are refused by name.
    void longExpressions() {
        QStringList terms;
        for (int i = 0; i < 400; ++i)
            terms.append(QStringLiteral("rating"));
        const QByteArray sum = terms.join(QStringLiteral(" + ")).toUtf8();
        const ChartData data = chart("{\"dataset\": \"rows\", \"type\": \"pie\", \"x\": {\"expr\": "
                                     "\"1\"}, \"y\": {\"expr\": \"" +
                                     sum + " / 4\", \"agg\": \"sum\"}}");
        double want = 0;
        for (const Row &r : m_rows)
            want += 399 * r.rating + r.rating / 4.0;
        QVERIFY(std::abs(values(data).value(QStringLiteral("1")) - want) < 1e-6);
        for (int i = 0; i < 200; ++i)
            terms.append(QStringLiteral("rating"));
        const Status s = chartStatus("{\"dataset\": \"rows\", \"x\": {\"expr\": \"" +
                                     terms.join(QStringLiteral("+")).toUtf8() + "\"}}");
        QCOMPARE(s.kind(), ErrorKind::BadInput);
        QVERIFY2(s.message().contains(QStringLiteral("more than 500 terms")),
                 qPrintable(s.message()));
        const Status tooLong = chartStatus("{\"dataset\": \"rows\", \"x\": {\"expr\": \"" +
                                           QByteArray(30000, '1') + "\"}}");
        QVERIFY2(tooLong.message().contains(QStringLiteral("\"x.expr\" is longer than 20000")),
                 qPrintable(tooLong.message()));
    }

    void literalTextIsBound() {
        const QString sneaky = QStringLiteral("x' OR '1'='1");
        const ChartData data = chart(QStringLiteral("{\"dataset\": \"rows\", \"x\": {\"expr\": "
                                                    "\"1\"}, \"filters\": [{\"column\": \"movie\", "
                                                    "\"op\": \"=\", \"value\": \"%1\"}]}")
                                         .arg(sneaky)
                                         .toUtf8());
        QVERIFY(data.points.empty());
    }

    // "bins": N gives round bins near N: level (integers 0..299) in 10 is 12 bins of 25 from
    // 0; score (reals 0..24) in 10 is 10 bins of 2.5; a real maximum on an edge closes the
    // last bin rather than opening one of its own.
    void histogram() {
        const ChartData data = chart("{\"dataset\": \"rows\", \"type\": \"histogram\", \"x\": "
                                     "{\"column\": \"level\"}, \"bins\": 10}");
        QCOMPARE(int(data.bins.size()), 12);
        std::vector<double> want(12, 0);
        for (const Row &r : m_rows)
            want[r.level / 25] += 1;
        for (int b = 0; b < 12; ++b) {
            QCOMPARE(data.bins[b].value, want[b]);
            QCOMPARE(data.bins[b].start, b * 25.0);
            QCOMPARE(data.bins[b].end, (b + 1) * 25.0);
        }
        const ChartData scores = chart("{\"dataset\": \"rows\", \"type\": \"histogram\", "
                                       "\"x\": {\"column\": \"score\"}, \"bins\": 10}");
        QCOMPARE(int(scores.bins.size()), 10);
        QCOMPARE(scores.bins[3].start, 7.5);
        QCOMPARE(scores.bins[9].end, 25.0);
        const ChartData closed =
            chart("{\"dataset\": \"rows\", \"type\": \"histogram\", \"x\": {\"column\": "
                  "\"score\"}, \"bins\": 9, \"filters\": [{\"column\": \"score\", \"op\": "
                  "\"<=\", \"value\": 22.5}]}");
        QCOMPARE(int(closed.bins.size()), 9);
        QCOMPARE(closed.bins[8].start, 20.0);
        QCOMPARE(closed.bins[8].end, 22.5);
        QCOMPARE(closed.bins[8].value,
                 double(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) {
                     return r.score >= 20 && r.score <= 22.5;
                 })));
        // The rule itself, at the ends of its range.
        QCOMPARE(NiceBins::of(5, 5, 10, true).count, 1);
        QCOMPARE(NiceBins::of(5, 5, 10, true).width, 1.0);
        QCOMPARE(NiceBins::of(0.5, 0.5, 10, false).width, 0.0);
        QCOMPARE(NiceBins::of(-7, 3, 5, true).origin, -8.0);
        QCOMPARE(NiceBins::of(0, 1e-20, 4, false).width, 2.5e-21);
        QVERIFY(NiceBins::of(-1e300, 1e300, 20, false).count <= 20);
        const ChartData width = chart("{\"dataset\": \"rows\", \"type\": \"histogram\", \"x\": "
                                      "{\"column\": \"score\"}, \"bin_width\": 5}");
        std::map<int, double> byBin;
        for (const Row &r : m_rows)
            byBin[int(std::floor(r.score / 5))] += 1;
        QCOMPARE(int(width.bins.size()), int(byBin.size()));
        for (const auto &b : width.bins)
            QCOMPARE(b.value, byBin[int(b.start / 5)]);
    }

    void normalisedHistogramComparesGroups() {
        const ChartData data = chart(
            "{\"dataset\": \"rows\", \"type\": \"histogram\", \"x\": {\"column\": \"score\"}, "
            "\"bins\": 4, \"normalize\": true, \"series\": {\"expr\": \"if(level <= 61, "
            "\\\"to be deleted\\\", \\\"kept\\\")\"}}");
        QCOMPARE(data.series.size(), 2);
        for (const QString &group : data.series) {
            double total = 0;
            int n = 0;
            for (const auto &b : data.bins) {
                if (b.series == group) {
                    total += b.value;
                    ++n;
                }
            }
            QCOMPARE(n, 5); // 4 asked: 5 round bins of 5 over 0..24; empty ones filled in
            QVERIFY(std::abs(total - 1.0) < 1e-9);
        }
    }

    void boxPlot() {
        const ChartData data = chart("{\"dataset\": \"rows\", \"type\": \"box\", \"x\": "
                                     "{\"column\": \"movie\"}, \"y\": {\"column\": \"score\"}}");
        for (const auto &box : data.boxes) {
            if (box.key.isEmpty())
                continue;
            std::vector<double> v;
            for (const Row &r : m_rows) {
                if (r.movie == box.key)
                    v.push_back(r.score);
            }
            QCOMPARE(box.count, qint64(v.size()));
            QCOMPARE(box.min, *std::min_element(v.begin(), v.end()));
            QCOMPARE(box.max, *std::max_element(v.begin(), v.end()));
            QVERIFY(std::abs(box.q1 - quantile(v, 0.25)) < 1e-9);
            QVERIFY(std::abs(box.median - median(v)) < 1e-9);
            QVERIFY(std::abs(box.q3 - quantile(v, 0.75)) < 1e-9);
        }
        QCOMPARE(data.boxes.size(), std::size_t(5)); // rows without a movie have no place on x
    }

    void rawPointsInXOrder() {
        const ChartData data = chart("{\"dataset\": \"rows\", \"type\": \"scatter\", \"x\": "
                                     "{\"column\": \"level\"}, \"y\": {\"column\": \"score\"}}");
        QCOMPARE(data.rawX.size(), m_rows.size());
        QVERIFY(std::is_sorted(data.rawX.begin(), data.rawX.end()));
    }

    void forecastAppendsBuckets() {
        // Reviews per day over the last 20 days, then 3 days ahead.
        const ChartData data = chart(
            "{\"dataset\": \"rows\", \"x\": {\"column\": \"day\", \"bucket\": \"day\"}, "
            "\"filters\": [{\"column\": \"day\", \"op\": \">=\", \"value\": \"2024-04-01\"}], "
            "\"forecast\": {\"method\": \"linear\", \"horizon\": 3}}");
        QCOMPARE(data.keys.mid(data.keys.size() - 3),
                 (QStringList{"2024-04-18", "2024-04-19", "2024-04-20"}));
        int forecasts = 0;
        for (const auto &p : data.points) {
            if (p.forecast) {
                ++forecasts;
                QVERIFY(p.low <= p.value && p.value <= p.high);
            }
        }
        QCOMPARE(forecasts, 3);
    }

    // A zone's offsets, summer time included: Korea's of 1988 and New York's of 2024.
    void wallClockFollowsTheZone() {
        const auto ms = [](const char *utc) {
            return QDateTime::fromString(QString::fromLatin1(utc), Qt::ISODate).toMSecsSinceEpoch();
        };
        const WallClock seoul(QByteArrayLiteral("Asia/Seoul"));
        QCOMPARE(seoul.toLocal(ms("2024-01-01T15:00:00Z")), ms("2024-01-02T00:00:00Z"));
        QCOMPARE(seoul.toLocal(ms("1988-07-01T00:00:00Z")), ms("1988-07-01T10:00:00Z"));
        QCOMPARE(seoul.abbreviation(), QStringLiteral("KST"));
        const WallClock newYork(QByteArrayLiteral("America/New_York"));
        QCOMPARE(newYork.toLocal(ms("2024-03-10T06:59:59Z")), ms("2024-03-10T01:59:59Z"));
        QCOMPARE(newYork.toLocal(ms("2024-03-10T07:00:00Z")), ms("2024-03-10T03:00:00Z"));
        QCOMPARE(newYork.toLocal(ms("2150-07-01T12:00:00Z")), ms("2150-07-01T08:00:00Z"));
        QCOMPARE(seoul.localText("2024-01-01 15:30:00.250"),
                 std::optional<std::string>("2024-01-02 00:30:00.250"));
        QCOMPARE(seoul.localText("2024-01-01"), std::nullopt);
        QVERIFY(WallClock(QByteArrayLiteral("Mars/Olympus")).isUtc());
        QVERIFY(!WallClock::isValidZone(QByteArrayLiteral("Mars/Olympus")));
        // The suites run with TZ=UTC: automatic is UTC, or Korea's for a Korean window.
        QCOMPARE(DisplayClock::resolve({}, QStringLiteral("en")).zoneId(), QByteArray("UTC"));
        QCOMPARE(DisplayClock::resolve({}, QStringLiteral("ko")).zoneId(),
                 QByteArray("Asia/Seoul"));
        QCOMPARE(DisplayClock::resolve("Europe/Berlin", QStringLiteral("ko")).zoneId(),
                 QByteArray("Europe/Berlin"));
    }

    // Charts bucket, filter and click through by the zone's days and hours, in both engines,
    // across summer-time changes; the figures come from Qt's own zone conversion.
    void timestampsAreReadInTheChosenZone_data() {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("abbreviation");
        QTest::newRow("Seoul") << QByteArray("Asia/Seoul") << "KST";
        QTest::newRow("New York") << QByteArray("America/New_York") << "EST";
        QTest::newRow("UTC") << QByteArray() << "UTC";
    }
    void timestampsAreReadInTheChosenZone() {
        QFETCH(QByteArray, zone);
        QFETCH(QString, abbreviation);
        std::vector<QDateTime> moments;
        for (const QDate start : {QDate(1988, 5, 6), QDate(2024, 3, 8), QDate(2024, 11, 1)}) {
            for (int i = 0; i < 400; ++i)
                moments.push_back(QDateTime(start, QTime(0, 0), Qt::UTC).addSecs(qint64(i) * 997));
        }
        if (!m_workspace->catalog().find(QStringLiteral("moments")).value()) {
            const QString csv = m_dir.filePath(QStringLiteral("moments.csv"));
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("at\n");
            for (const QDateTime &t : moments)
                file.write(t.toString(Qt::ISODate).toUtf8() + '\n');
            file.close();
            ImportOptions options;
            options.files = {csv};
            options.dataset = QStringLiteral("moments");
            ImportResult result;
            QVERIFY(ImportJob(m_workspace->path(), options).run(result).ok());
        }
        const QTimeZone qtZone(zone.isEmpty() ? QByteArray("UTC") : zone);
        const auto local = [&](const QDateTime &t) { return t.toTimeZone(qtZone); };
        for (const char *bucket : {"day", "hour"}) {
            QMap<QString, double> want, midnight;
            for (const QDateTime &t : moments) {
                const QDateTime l = local(t);
                want[l.toString(qstrcmp(bucket, "day") == 0
                                    ? QStringLiteral("yyyy-MM-dd")
                                    : QStringLiteral("yyyy-MM-dd HH:00"))] += 1;
                if (l.time().hour() == 0 && l.date().month() == 3)
                    midnight[l.toString(QStringLiteral("yyyy-MM-dd HH:00"))] += 1;
            }
            for (const auto engine : {ChartRunner::Engine::Columns, ChartRunner::Engine::Sql}) {
                ChartSpec spec;
                spec.dataset = QStringLiteral("moments");
                spec.x = {QStringLiteral("at"), {}};
                spec.bucket = *bucketFromName(QString::fromLatin1(bucket));
                ChartRunner::Options options;
                options.engine = engine;
                options.zone = zone;
                ChartData data;
                QVERIFY(ChartRunner::run(m_workspace->database(), m_workspace->dialect(), spec,
                                         data, options)
                            .ok());
                compareMaps(values(data), want);
                QCOMPARE(data.xZone, abbreviation);
                QCOMPARE(data.xLabel,
                         QStringLiteral("at (%1, %2)").arg(QLatin1String(bucket), abbreviation));

                // hour() and a range are the zone's too: local midnights of March.
                spec.bucket = TimeBucket::Hour;
                spec.filters = {
                    FilterSpec{
                        {{}, QStringLiteral("hour(at)")}, QStringLiteral("="), QJsonValue(0)},
                    FilterSpec{{QStringLiteral("at"), {}},
                               QStringLiteral("between"),
                               QJsonArray{"2024-03-01 00:00:00", "2024-03-31 23:59:59"}}};
                QVERIFY(ChartRunner::run(m_workspace->database(), m_workspace->dialect(), spec,
                                         data, options)
                            .ok());
                compareMaps(values(data), midnight);
            }
        }
        // The rows behind each day are the zone's day.
        ChartSpec spec;
        spec.dataset = QStringLiteral("moments");
        spec.x = {QStringLiteral("at"), {}};
        spec.bucket = TimeBucket::Day;
        ChartRunner::Options options;
        options.zone = zone;
        ChartData data;
        QVERIFY(
            ChartRunner::run(m_workspace->database(), m_workspace->dialect(), spec, data, options)
                .ok());
        const auto info = m_workspace->catalog().find(QStringLiteral("moments")).value();
        const QueryBuilder builder(m_workspace->dialect(), *info, zone);
        for (const auto &point : data.points) {
            QCOMPARE(rowsBehind(m_workspace->database(), builder, spec, point,
                                QStringLiteral("moments")),
                     point.value);
        }
    }

    void specRoundTrips() {
        const QByteArray json =
            "{\"version\": 1, \"dataset\": \"imdb\", \"type\": \"stacked_bar\", \"title\": "
            "\"리뷰\", "
            "\"x\": {\"column\": \"review_date\", \"bucket\": \"10-day\"}, \"y\": {\"column\": "
            "\"rating\", \"agg\": \"median\"}, \"series\": {\"expr\": \"lower(movie)\", \"top\": "
            "5}, "
            "\"filters\": [{\"column\": \"rating\", \"op\": \"between\", \"value\": [1, 8]}, "
            "{\"expr\": \"length(movie) > 2\"}], \"bins\": 20, \"bin_width\": 0.5, \"normalize\": "
            "true, \"forecast\": {\"method\": \"holt\", \"horizon\": 3, \"window\": 9}}";
        ChartSpec spec;
        QVERIFY(ChartSpec::fromJson(QJsonDocument::fromJson(json).object(), spec).ok());
        ChartSpec again;
        QVERIFY(ChartSpec::fromJson(spec.toJson(), again).ok());
        QVERIFY(again == spec);
        QCOMPARE(spec.toJson(), QJsonDocument::fromJson(json).object());
        QVERIFY(!ChartSpec::fromJson(
                     QJsonDocument::fromJson("{\"dataset\": \"x\", \"type\": \"radar\"}").object(),
                     spec)
                     .ok());
        QVERIFY(!ChartSpec::fromJson(QJsonDocument::fromJson(
                                         "{\"dataset\": \"x\", \"x\": {\"bucket\": \"fortnight\"}}")
                                         .object(),
                                     spec)
                     .ok());
        QVERIFY(!ChartSpec::fromJson(
                     QJsonDocument::fromJson("{\"version\": 2, \"dataset\": \"x\"}").object(), spec)
                     .ok());
    }
};

QTEST_APPLESS_MAIN(TestQueryBuilder)
#include "tst_querybuilder.moc"

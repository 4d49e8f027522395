#include "analysis/ChartDefaults.h"
#include "demo/DemoBuilder.h"
#include "store/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tl;

// The chart a dataset starts with: count over time by the bucket its span calls for, the
// distribution of a measure, and aggregates that mean something.
class TestChartDefaults : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    DatasetInfo dataset(const QString &name) { return *m_workspace->catalog().find(name).value(); }

private Q_SLOTS:
    void initTestCase() {
        const QString path = m_dir.filePath(QStringLiteral("demo.trendlens"));
        QVERIFY(DemoBuilder(path).build().ok());
        QVERIFY(Workspace::open(path, m_workspace).ok());
    }

    void bucketFollowsTheSpan_data() {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("bucket");
        const int ts = int(ColumnType::Timestamp), date = int(ColumnType::Date);
        QTest::newRow("an hour of tweets") << qint64(3600) << ts << int(TimeBucket::Minute);
        QTest::newRow("a day of snapshots") << qint64(86400) << ts << int(TimeBucket::Hour);
        QTest::newRow("a day of dates") << qint64(86400) << date << int(TimeBucket::Day);
        QTest::newRow("two months") << qint64(59 * 86400) << date << int(TimeBucket::Day);
        QTest::newRow("a year") << qint64(365 * 86400) << date << int(TimeBucket::Week);
        QTest::newRow("nine years") << qint64(9 * 365 * 86400) << date << int(TimeBucket::Month);
        QTest::newRow("forty years") << qint64(40LL * 365 * 86400) << date << int(TimeBucket::Year);
    }
    void bucketFollowsTheSpan() {
        QFETCH(qint64, span);
        QFETCH(int, type);
        QFETCH(int, bucket);
        QCOMPARE(int(ChartDefaults::naturalBucket(span, ColumnType(type))), bucket);
    }

    void ratingsAreAveragedAmountsSummed_data() {
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("aggregate");
        const int avg = int(Aggregate::Avg), sum = int(Aggregate::Sum);
        for (const char *name : {"rating", "review_score", "rank", "character_level", "price",
                                 "평점", "순위", "share_pct"})
            QTest::newRow(name) << QString::fromUtf8(name) << avg;
        for (const char *name : {"audi_cnt", "sales_amt", "like_count", "관객수"})
            QTest::newRow(name) << QString::fromUtf8(name) << sum;
    }
    void ratingsAreAveragedAmountsSummed() {
        QFETCH(QString, column);
        QFETCH(int, aggregate);
        QCOMPARE(int(ChartDefaults::aggregateFor({column, ColumnType::Real, ColumnRole::Measure})),
                 aggregate);
    }

    // Spans sampled from the demo's tables, each a few rowid lookups.
    void demoDatasetsStartWithTheirNaturalBucket_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("bucket");
        QTest::newRow("box office, two months") << "kobis_boxoffice_daily" << int(TimeBucket::Day);
        QTest::newRow("reviews, nine years") << "imdb_reviews" << int(TimeBucket::Month);
        QTest::newRow("tweets, one hour") << "x_tweets" << int(TimeBucket::Minute);
        QTest::newRow("best-sellers, hourly") << "gmarket_best" << int(TimeBucket::Minute);
    }
    void demoDatasetsStartWithTheirNaturalBucket() {
        QFETCH(QString, name);
        QFETCH(int, bucket);
        const DatasetInfo info = dataset(name);
        const Column *time = ChartDefaults::timeColumn(info);
        QVERIFY(time);
        const auto span = ChartDefaults::sampleTimeSpan(m_workspace->database(), info, *time);
        QVERIFY(span.has_value());
        const ChartSpec spec = ChartDefaults::forDataset(info, span);
        QCOMPARE(spec.type, ChartType::Line);
        QCOMPARE(spec.x.column, time->name);
        QCOMPARE(spec.agg, Aggregate::Count);
        QCOMPARE(int(spec.bucket), bucket);
    }

    void exactSpanOfSmallTables() {
        const DatasetInfo info = dataset(QStringLiteral("kobis_boxoffice_daily"));
        // 600 rows: every row is sampled, so the span is exact (2024-01-01 to 2024-02-29).
        QCOMPARE(ChartDefaults::sampleTimeSpan(m_workspace->database(), info,
                                               *ChartDefaults::timeColumn(info)),
                 std::optional<qint64>(59 * 86400));
    }

    // Without a time column: a measure's distribution, else counts per category.
    void measuresGetHistograms() {
        DatasetInfo info;
        info.name = QStringLiteral("scores");
        info.columns = {{"name", ColumnType::Text, ColumnRole::Category},
                        {"score", ColumnType::Real, ColumnRole::Measure}};
        ChartSpec spec = ChartDefaults::forDataset(info, std::nullopt);
        QCOMPARE(spec.type, ChartType::Histogram);
        QCOMPARE(spec.x.column, QStringLiteral("score"));
        info.columns.removeLast();
        spec = ChartDefaults::forDataset(info, std::nullopt);
        QCOMPARE(spec.type, ChartType::Bar);
        QCOMPARE(spec.x.column, QStringLiteral("name"));
        QCOMPARE(spec.agg, Aggregate::Count);
    }
};

QTEST_GUILESS_MAIN(TestChartDefaults)
#include "tst_chartdefaults.moc"

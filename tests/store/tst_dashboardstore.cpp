#include "store/DashboardStore.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;

// Dashboards saved in the workspace come back exactly, every property of every chart.
class TestDashboardStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static Dashboard sample() {
        Dashboard d;
        d.name = QStringLiteral("박스오피스");
        d.columns = 3;
        DashboardChart line;
        line.spec.dataset = QStringLiteral("kobis_boxoffice_daily");
        line.spec.type = ChartType::Line;
        line.spec.title = QStringLiteral("일별 관객");
        line.spec.x = {QStringLiteral("target_date"), {}};
        line.spec.bucket = TimeBucket::TenDay;
        line.spec.y = {QStringLiteral("audi_cnt"), {}};
        line.spec.agg = Aggregate::Median;
        line.spec.series = ValueRef{{}, QStringLiteral("lower(movie_nm)")};
        line.spec.top = 5;
        line.spec.filters = {
            FilterSpec{{QStringLiteral("rank"), {}}, QStringLiteral("between"), QJsonArray{1, 5}},
            FilterSpec{{{}, QStringLiteral("length(movie_nm) > 2")}, {}, {}}};
        line.spec.forecast = {QStringLiteral("linear"), 3, 7};
        line.row = 0;
        line.column = 0;
        line.columnSpan = 3;
        DashboardChart hist;
        hist.spec.dataset = QStringLiteral("maple_ranking");
        hist.spec.type = ChartType::Histogram;
        hist.spec.x = {QStringLiteral("character_level"), {}};
        hist.spec.bins = 20;
        hist.spec.binWidth = 2.5;
        hist.spec.normalize = true;
        hist.row = 1;
        hist.column = 2;
        hist.rowSpan = 2;
        d.charts = {line, hist};
        return d;
    }

private Q_SLOTS:
    void roundTripsEveryProperty() {
        const QString path = m_dir.filePath(QStringLiteral("d.trendlens"));
        const Dashboard saved = sample();
        {
            std::unique_ptr<Workspace> workspace;
            QVERIFY(Workspace::open(path, workspace).ok());
            QVERIFY(DashboardStore(workspace->database()).save(saved).ok());
        }
        // Reopened from the file, as after a restart.
        std::unique_ptr<Workspace> workspace;
        QVERIFY(Workspace::open(path, workspace).ok());
        DashboardStore store(workspace->database());
        QCOMPARE(store.names(), QStringList{QStringLiteral("박스오피스")});
        Dashboard loaded;
        QVERIFY(store.load(QStringLiteral("박스오피스"), loaded).ok());
        QVERIFY(loaded == saved);

        // Saving again replaces it (one chart fewer, no leftovers).
        Dashboard smaller = saved;
        smaller.charts.removeLast();
        QVERIFY(store.save(smaller).ok());
        QVERIFY(store.load(QStringLiteral("박스오피스"), loaded).ok());
        QVERIFY(loaded == smaller);
        QSqlQuery count(workspace->database());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM _tl_charts")) && count.next());
        QCOMPARE(count.value(0).toInt(), 1);

        QVERIFY(store.remove(QStringLiteral("박스오피스")).ok());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM _tl_charts")) && count.next());
        QCOMPARE(count.value(0).toInt(), 0); // the charts go with their dashboard
        QVERIFY(!store.load(QStringLiteral("박스오피스"), loaded).ok());
        QVERIFY(!store.remove(QStringLiteral("박스오피스")).ok());
        QVERIFY(!store.save(Dashboard{}).ok());
    }

    // A rename keeps the charts and refuses a name another dashboard has.
    void renameKeepsChartsAndRefusesTakenNames() {
        std::unique_ptr<Workspace> workspace;
        QVERIFY(Workspace::open(m_dir.filePath(QStringLiteral("r.trendlens")), workspace).ok());
        DashboardStore store(workspace->database());
        Dashboard first = sample();
        Dashboard second = sample();
        second.name = QStringLiteral("other");
        QVERIFY(store.save(first).ok());
        QVERIFY(store.save(second).ok());
        const Status taken = store.rename(first.name, QStringLiteral("other"));
        QVERIFY(!taken.ok());
        QVERIFY(taken.message().contains(QStringLiteral("'other' exists already")));
        QVERIFY(store.rename(first.name, QStringLiteral("주간 박스오피스")).ok());
        QCOMPARE(store.names(),
                 (QStringList{QStringLiteral("other"), QStringLiteral("주간 박스오피스")}));
        Dashboard renamed;
        QVERIFY(store.load(QStringLiteral("주간 박스오피스"), renamed).ok());
        QCOMPARE(renamed.charts, first.charts);
        QVERIFY(!store.rename(QStringLiteral("gone"), QStringLiteral("new")).ok());
        QVERIFY(!store.rename(QStringLiteral("other"), QStringLiteral("  ")).ok());
    }
};

QTEST_APPLESS_MAIN(TestDashboardStore)
#include "tst_dashboardstore.moc"

#include "demo/DemoBuilder.h"
#include "ingest/ImportJob.h"
#include "models/DatasetTableModel.h"
#include "ui/Appearance.h"
#include "ui/DashboardTabs.h"
#include "ui/MainWindow.h"
#include "ui/WorkspaceController.h"
#include "ui/chart/ChartCanvas.h"
#include "ui/chart/ChartEditor.h"
#include "ui/chart/ChartPanel.h"
#include "ui/chart/DashboardView.h"

#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;

// Dashboards in the window: the demo's open and draw, editing a field redraws, a point opens
// its rows, saving and reopening restores every chart, and all charts export at once.
class TestDashboard : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Appearance> m_appearance;
    std::unique_ptr<MainWindow> m_window;

    static bool settled(DashboardView *view) {
        return QTest::qWaitFor([view] { return !view->isLoading(); }, 20000);
    }

private Q_SLOTS:
    void initTestCase() {
        m_path = m_dir.filePath(QStringLiteral("demo.trendlens"));
        QVERIFY(DemoBuilder(m_path).build().ok());
    }

    void init() {
        m_appearance = std::make_unique<Appearance>();
        m_appearance->setLanguage(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>(*m_appearance);
        QVERIFY(m_window->openWorkspace(m_path).ok());
        m_window->resize(1400, 900);
        m_window->show();
    }

    void cleanup() {
        m_window.reset();
        m_appearance.reset();
    }

    void demoDashboardOpensAndDraws() {
        QCOMPARE(m_window->workspace()->dashboards().size(), 5);
        DashboardView *view = m_window->dashboards()->openDashboard(QStringLiteral("IMDb reviews"));
        QVERIFY(view);
        QVERIFY(settled(view));
        QCOMPARE(view->panels().size(), 4);
        for (ChartPanel *panel : view->panels()) {
            QVERIFY2(panel->error().isEmpty(), qPrintable(panel->error()));
            QVERIFY(panel->data().rowCount() > 0);
        }
        // Opening it again shows the same tab.
        QCOMPARE(m_window->dashboards()->openDashboard(QStringLiteral("IMDb reviews")), view);
        QCOMPARE(m_window->dashboards()->tabs()->count(), 2);
    }

    // A dataset that appears while a dashboard is open (an import, a stream's first batch)
    // is offered by its charts' editors without reopening it.
    void newDatasetsReachOpenEditors() {
        DashboardView *view = m_window->dashboards()->openDashboard(QStringLiteral("X 트윗"));
        QVERIFY(settled(view));
        auto *choices = view->panels().front()->findChild<QComboBox *>(QStringLiteral("dataset"));
        QVERIFY(choices);
        QCOMPARE(choices->findText(QStringLiteral("added_later")), -1);
        ImportOptions options;
        options.files = {QStringLiteral(TL_FIXTURES "/csv/semicolon.csv")};
        options.dataset = QStringLiteral("added_later");
        ImportResult result;
        QVERIFY(ImportJob(m_path, options).run(result).ok());
        m_window->workspace()->refresh();
        QVERIFY(choices->findText(QStringLiteral("added_later")) >= 0);
        QCOMPARE(choices->currentText(), QStringLiteral("x_tweets")); // the chart's own stays
    }

    void editingAFieldRedraws() {
        DashboardView *view = m_window->dashboards()->openDashboard(QStringLiteral("IMDb reviews"));
        QVERIFY(settled(view));
        ChartPanel *panel = view->panels().front(); // reviews per year, bars
        QCOMPARE(panel->data().keys.size(), 9);
        panel->setEditorVisible(true);
        auto *editor = panel->findChild<ChartEditor *>();
        auto *bucket = editor->findChildren<QComboBox *>().at(3);
        QCOMPARE(bucket->currentData().toString(), QStringLiteral("year"));
        bucket->setCurrentIndex(bucket->findData(QStringLiteral("quarter")));
        QTRY_COMPARE_WITH_TIMEOUT(panel->data().keys.size(), 36, 10000);
        QCOMPARE(panel->spec().bucket, TimeBucket::Quarter);
        QVERIFY(view->isModified());
    }

    void clickingAPointOpensItsRows() {
        DashboardView *view = m_window->dashboards()->openDashboard(QStringLiteral("IMDb reviews"));
        QVERIFY(settled(view));
        ChartPanel *panel = view->panels().front();
        const auto &point = panel->data().points.at(2);
        Q_EMIT panel->canvas().pointActivated(point.key, point.series);
        DatasetTableModel *model = m_window->tableModel();
        QCOMPARE(m_window->dashboards()->tabs()->currentIndex(), 0);
        QCOMPARE(m_window->currentDataset(), QStringLiteral("imdb_reviews"));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(point.value), 10000);
        QVERIFY(model->conditionDescription().contains(point.key));
    }

    void savedDashboardReopensExactly() {
        m_window->dashboards()->newChart(QStringLiteral("maple_ranking"));
        DashboardView *view = m_window->dashboards()->currentDashboard();
        QVERIFY(view);
        QCOMPARE(view->name(), QStringLiteral("Untitled"));
        ChartSpec histogram;
        histogram.dataset = QStringLiteral("maple_ranking");
        histogram.type = ChartType::Histogram;
        histogram.title = QStringLiteral("레벨");
        histogram.x = {QStringLiteral("character_level"), {}};
        histogram.bins = 15;
        histogram.normalize = true;
        histogram.series = ValueRef{{}, QStringLiteral("if(character_level <= 61, \"a\", \"b\")")};
        view->addChart(histogram);
        QVERIFY(settled(view));
        QVERIFY(m_window->dashboards()->saveCurrent().ok());
        const Dashboard saved = view->dashboard();
        QCOMPARE(saved.charts.size(), 2);
        QCOMPARE(saved.charts[1].column, 1);

        // Another window on the same file, as after a restart.
        MainWindow again(*m_appearance);
        QVERIFY(again.openWorkspace(m_path).ok());
        DashboardView *reopened = again.dashboards()->openDashboard(QStringLiteral("Untitled"));
        QVERIFY(reopened);
        QVERIFY(reopened->dashboard() == saved);
        QVERIFY(settled(reopened));
        QCOMPARE(reopened->panels()[1]->data().bins.size(), std::size_t(30));
        QVERIFY(m_window->workspace()->removeDashboard(QStringLiteral("Untitled")).ok());
    }

    void exportAllWritesEveryChart() {
        DashboardView *view =
            m_window->dashboards()->openDashboard(QStringLiteral("메이플스토리 랭킹"));
        QVERIFY(settled(view));
        const QString folder = m_dir.filePath(QStringLiteral("export"));
        QVERIFY(QDir().mkpath(folder));
        QStringList written;
        QVERIFY(view->exportAll(folder, QStringLiteral("png"), written).ok());
        QCOMPARE(written.size(), 3);
        for (const QString &file : written)
            QVERIFY(!QImage(file).isNull());
        QVERIFY(view->exportAll(folder, QStringLiteral("svg"), written).ok());
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*.svg")}).size(), 3);
        QVERIFY(written.front().endsWith(QStringLiteral("01_레벨 분포.svg")));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"

#include "../ch/ChCluster.h"
#include "../pg/PgServer.h"
#include "demo/DemoBuilder.h"
#include "models/TaskRunner.h"
#include "store/DashboardStore.h"
#include "ui/Appearance.h"
#include "ui/ConnectionsPanel.h"
#include "ui/DashboardTabs.h"
#include "ui/MainWindow.h"
#include "ui/PublishController.h"
#include "ui/WorkspaceController.h"
#include "ui/chart/ChartPanel.h"
#include "ui/chart/DashboardView.h"

#include <QDockWidget>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace tl;

// Team databases in the window, on a real PostgreSQL 15 and a real ClickHouse 18.16: a
// connection is added, a dataset is published to it, its tables show as remote datasets, and a
// chart of one runs on the server with the workspace's answer, and keeps its server when the
// dashboard is saved.
class TestTeamDatabases : public QObject {
    Q_OBJECT

    pgtest::PgServer m_server;
    chtest::ChCluster m_clickhouse;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Appearance> m_appearance;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        const QString why = m_server.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_path = m_dir.filePath(QStringLiteral("demo.trendlens"));
        QVERIFY(DemoBuilder(m_path).build().ok());
        m_appearance = std::make_unique<Appearance>();
        m_appearance->setLanguage(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>(*m_appearance);
        QVERIFY(m_window->openWorkspace(m_path).ok());
        m_window->show();
    }

    void cleanupTestCase() {
        m_window.reset();
        m_appearance.reset();
        m_server.stop();
    }

    void publishThenChartOnTheServer() {
        ConnectionsPanel *panel = m_window->connections();
        QVERIFY(!panel->add(QStringLiteral("team"), QStringLiteral("not an address"), {}).ok());
        QVERIFY(panel->add(QStringLiteral("team"), m_server.url(), {}).ok());
        QVERIFY(TaskRunner::shared().waitForIdle(20000));
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(panel->model()->item(0)->text(), QStringLiteral("team"));
        QCOMPARE(panel->model()->item(0)->rowCount(), 0); // an empty server
        QTRY_VERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("connections"))->isVisible());

        std::optional<Status> published;
        QString said;
        QObject listening; // the connection ends with this test
        connect(m_window->publishes(), &PublishController::finished, &listening,
                [&](const Status &status, const QString &message) {
                    published = status;
                    said = message;
                });
        PublishOptions options;
        options.datasets = {QStringLiteral("kobis_boxoffice_daily")};
        options.table = QStringLiteral("mart.boxoffice");
        m_window->publishes()->publish(QStringLiteral("team"), options);
        QTRY_VERIFY_WITH_TIMEOUT(published.has_value(), 60000);
        QVERIFY2(published->ok(), qPrintable(published->message()));
        QVERIFY2(said.startsWith(QStringLiteral("Published 600 rows")), qPrintable(said));

        // The published table is a remote dataset now, typed and counted.
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->item(0)->rowCount(), 1, 20000);
        QStandardItem *table = panel->model()->item(0)->child(0, 0);
        QCOMPARE(table->text(), QStringLiteral("mart.boxoffice"));
        QCOMPARE(table->toolTip(), QStringLiteral("Columns: 11"));
        QCOMPARE(panel->model()->item(0)->child(0, 1)->text(), QStringLiteral("600"));

        // Charted from the panel: on the server, as the workspace answers it.
        QSignalSpy requested(panel, &ConnectionsPanel::chartRequested);
        auto *tree = panel->findChild<QTreeView *>();
        QVERIFY(tree);
        Q_EMIT tree->activated(table->index());
        QCOMPARE(requested.size(), 1);
        DashboardView *view = m_window->dashboards()->currentDashboard();
        QVERIFY(view);
        QVERIFY(QTest::qWaitFor([view] { return !view->isLoading(); }, 20000));
        ChartPanel *remote = view->panels().back();
        QCOMPARE(remote->spec().connection, QStringLiteral("team"));
        QCOMPARE(remote->spec().dataset, QStringLiteral("mart.boxoffice"));
        QVERIFY(remote->data().rowCount() > 0);
        ChartSpec local = remote->spec();
        local.connection.clear();
        local.dataset = QStringLiteral("kobis_boxoffice_daily");
        ChartPanel *mine = view->addChart(local);
        QVERIFY(QTest::qWaitFor([view] { return !view->isLoading(); }, 20000));
        QCOMPARE(remote->data().keys, mine->data().keys);
        QCOMPARE(remote->data().rowCount(), mine->data().rowCount());

        // The dashboard keeps the chart's server.
        Dashboard dashboard = view->dashboard();
        dashboard.name = QStringLiteral("Team mart");
        QVERIFY(m_window->workspace()->saveDashboard(dashboard).ok());
        Dashboard stored;
        QVERIFY(m_window->workspace()->loadDashboard(QStringLiteral("Team mart"), stored).ok());
        QCOMPARE(stored.charts.front().spec.connection, QStringLiteral("team"));
    }

    // The same on ClickHouse: the KOBIS mart published with its keys as the MergeTree's order,
    // listed with the parts' row count, and charted there.
    void publishThenChartOnClickHouse() {
        const QString why = m_clickhouse.start(1);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        ConnectionsPanel *panel = m_window->connections();
        QVERIFY(panel->add(QStringLiteral("warehouse"), m_clickhouse.url(0), {}).ok());
        QVERIFY(TaskRunner::shared().waitForIdle(20000));
        const auto server = [panel]() -> QStandardItem * {
            for (int i = 0; i < panel->model()->rowCount(); ++i)
                if (panel->model()->item(i)->text() == QLatin1String("warehouse"))
                    return panel->model()->item(i);
            return nullptr;
        };
        QVERIFY(server());

        std::optional<Status> published;
        QObject listening;
        connect(m_window->publishes(), &PublishController::finished, &listening,
                [&](const Status &status, const QString &) { published = status; });
        PublishOptions options;
        options.datasets = {QStringLiteral("kobis_boxoffice_daily")};
        options.table = QStringLiteral("default.boxoffice");
        m_window->publishes()->publish(QStringLiteral("warehouse"), options);
        QTRY_VERIFY_WITH_TIMEOUT(published.has_value(), 60000);
        QVERIFY2(published->ok(), qPrintable(published->message()));
        QCOMPARE(m_clickhouse.client(0, QStringLiteral("SELECT sorting_key FROM system.tables "
                                                       "WHERE name = 'boxoffice'")),
                 QStringLiteral("target_date, movie_cd"));

        QTRY_COMPARE_WITH_TIMEOUT(server()->rowCount(), 1, 20000);
        QStandardItem *table = server()->child(0, 0);
        QCOMPARE(table->text(), QStringLiteral("default.boxoffice"));
        QCOMPARE(server()->child(0, 1)->text(), QStringLiteral("600"));

        auto *tree = panel->findChild<QTreeView *>();
        Q_EMIT tree->activated(table->index());
        DashboardView *view = m_window->dashboards()->currentDashboard();
        QVERIFY(QTest::qWaitFor([view] { return !view->isLoading(); }, 20000));
        ChartPanel *remote = view->panels().back();
        QCOMPARE(remote->spec().connection, QStringLiteral("warehouse"));
        QVERIFY(remote->data().rowCount() > 0);
        ChartSpec local = remote->spec();
        local.connection.clear();
        local.dataset = QStringLiteral("kobis_boxoffice_daily");
        ChartPanel *mine = view->addChart(local);
        QVERIFY(QTest::qWaitFor([view] { return !view->isLoading(); }, 20000));
        QCOMPARE(remote->data().keys, mine->data().keys);
        QCOMPARE(remote->data().rowCount(), mine->data().rowCount());
    }
};

QTEST_MAIN(TestTeamDatabases)
#include "tst_teamdatabases.moc"

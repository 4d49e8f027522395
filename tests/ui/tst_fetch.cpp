#include "../sources/WorkspaceQuery.h"
#include "../sources/XServer.h"
#include "models/RunLogModel.h"
#include "ui/Appearance.h"
#include "ui/DashboardTabs.h"
#include "ui/FetchController.h"
#include "ui/FetchDialog.h"
#include "ui/JobProgress.h"
#include "ui/MainWindow.h"
#include "ui/SourceForm.h"
#include "ui/WorkspaceController.h"
#include "ui/chart/ChartPanel.h"
#include "ui/chart/DashboardView.h"

#include <QDockWidget>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace tl;

Q_DECLARE_METATYPE(tl::Status)

// Fetching from the window: the dialog's choices run in the background against a local
// server; the dataset appears and the run log shows the run — a failed one in plain sight.
class TestFetch : public QObject {
    Q_OBJECT

    QHttpServer m_server;
    QString m_base;
    QTemporaryDir m_dir;
    xtest::XServer m_x;

    static double total(const ChartData &data) {
        double sum = 0;
        for (const ChartData::Point &p : data.points)
            sum += p.value;
        return sum;
    }

    // A new chart on the window's dashboard: rows of `dataset` counted by `column`, once
    // drawn; null when it did not draw.
    static ChartPanel *barChart(MainWindow &window, const QString &dataset, const QString &column) {
        window.dashboards()->newChart(dataset);
        DashboardView *view = window.dashboards()->currentDashboard();
        if (!view)
            return nullptr;
        ChartSpec spec;
        spec.dataset = dataset;
        spec.type = ChartType::Bar;
        spec.x = {column, {}};
        ChartPanel *panel = view->panels().first();
        QSignalSpy loaded(panel, &ChartPanel::loaded);
        panel->setSpec(spec);
        return loaded.wait(10000) ? panel : nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<tl::Status>();
        m_server.route(
            QStringLiteral("/maplestory/v1/ranking/overall"),
            [](const QHttpServerRequest &request) {
                const bool good = request.value("x-nxopen-api-key") == "gui-key";
                QFile f(QStringLiteral(TL_FIXTURES "/maple/") +
                        (good ? QStringLiteral("ranking/2024-01-01/page%1.json")
                                    .arg(request.query().queryItemValue(QStringLiteral("page")))
                              : QStringLiteral("errors/invalid_key.json")));
                f.open(QIODevice::ReadOnly);
                return QHttpServerResponse(QByteArrayLiteral("application/json"), f.readAll(),
                                           good ? QHttpServerResponse::StatusCode::Ok
                                                : QHttpServerResponse::StatusCode::BadRequest);
            });
        m_server.route(QStringLiteral("/n/best"), [](const QHttpServerRequest &request) {
            QFile f(QStringLiteral(TL_FIXTURES "/gmarket/2024-01-01T10/best_%1.html")
                        .arg(request.query().queryItemValue(QStringLiteral("groupCode"))));
            f.open(QIODevice::ReadOnly);
            return QHttpServerResponse(QByteArrayLiteral("text/html"), f.readAll());
        });
        const int port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        QVERIFY(m_x.listen(QHostAddress::LocalHost, 0));
    }

    // A live stream from the dialog: a chart over x_tweets redraws while tweets arrive, not
    // only at the end, and Stop keeps what arrived.
    void liveStreamRedrawsItsCharts() {
        Appearance appearance;
        appearance.setLanguage(QStringLiteral("en"));
        MainWindow window(appearance);
        const QString path = m_dir.filePath(QStringLiteral("x.trendlens"));
        QVERIFY(window.openWorkspace(path).ok());
        window.show();
        QSignalSpy finished(window.fetches(), &FetchController::finished);

        FetchDialog dialog;
        dialog.setSource(QStringLiteral("x-stream"));
        QVERIFY(dialog.needsKey());
        dialog.setKey(xtest::kToken);
        dialog.setBaseUrl(m_x.base());
        SourceForm *form = dialog.form(QStringLiteral("x-stream"));
        form->setValue(QStringLiteral("max-tweets"), 0);
        m_x.plans = {{200, {}, 0, 20, {}, xtest::ConnectionPlan::End::KeepOpen}};
        window.fetches()->fetch(dialog);
        // The stream's first batch lists x_tweets among the datasets while it still runs.
        QVERIFY(QTest::qWaitFor(
            [&] { return window.workspace()->catalog()->rowOf(QStringLiteral("x_tweets")) >= 0; },
            30000));
        QCOMPARE(finished.size(), 0);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return workspaceScalar(path, QStringLiteral("SELECT count(*) FROM x_tweets"))
                           .toInt() == 20;
            },
            30000));
        window.findChild<JobProgress *>()->cancel();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.back().at(0).value<Status>().ok(),
                 qPrintable(finished.back().at(0).value<Status>().message()));
        QVERIFY(finished.back().at(1).toString().contains(QStringLiteral("20 tweets")));

        ChartPanel *panel = barChart(window, QStringLiteral("x_tweets"), QStringLiteral("lang"));
        QVERIFY(panel);
        QCOMPARE(total(panel->data()), 20.0);

        // Tweets 20–319, then only keep-alives until Stop: the chart grows on its own.
        QList<double> seen;
        connect(panel, &ChartPanel::loaded, this, [&] { seen.append(total(panel->data())); });
        m_x.plans = {{200, {}, 20, 320, {}, xtest::ConnectionPlan::End::KeepOpen}};
        window.fetches()->fetch(dialog);
        QVERIFY(QTest::qWaitFor([&] { return !seen.isEmpty() && seen.last() == 320.0; }, 30000));
        QCOMPARE(finished.size(), 1); // still streaming: the chart redrew live
        window.findChild<JobProgress *>()->cancel();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.back().at(0).value<Status>().ok());
        QCOMPARE(window.workspace()->find(QStringLiteral("x_tweets"))->rowCount, qint64(320));
    }

    // A Kafka topic from the dialog: the dataset is the one the form names, and a chart over
    // it redraws while messages arrive, as for the X stream.
    void liveKafkaTopicRedrawsItsCharts() {
        QProcess cluster;
        cluster.start(QStringLiteral(TL_KAFKA_MOCK), {QStringLiteral("1")});
        QVERIFY(cluster.waitForStarted() && cluster.waitForReadyRead(30000));
        const QByteArray hello = cluster.readLine().trimmed();
        QVERIFY2(hello.startsWith("bootstrap "), hello.constData());
        const auto command = [&cluster](const QByteArray &line) -> QByteArray {
            cluster.write(line + '\n');
            while (!cluster.canReadLine())
                if (!cluster.waitForReadyRead(30000))
                    return "timeout";
            return cluster.readLine().trimmed();
        };
        const auto produce = [&](int from, int to) {
            for (int i = from; i <= to; ++i)
                if (command(QStringLiteral("produce ranking 0 {\"world\": \"%1\", \"n\": %2}")
                                .arg(i % 2 ? QStringLiteral("스카니아") : QStringLiteral("베라"))
                                .arg(i)
                                .toUtf8()) != "ok")
                    return false;
            return true;
        };
        QCOMPARE(command("topic ranking 1"), QByteArray("ok"));
        QVERIFY(produce(1, 10));

        Appearance appearance;
        appearance.setLanguage(QStringLiteral("en"));
        MainWindow window(appearance);
        const QString path = m_dir.filePath(QStringLiteral("kafka.trendlens"));
        QVERIFY(window.openWorkspace(path).ok());
        window.show();
        QSignalSpy finished(window.fetches(), &FetchController::finished);
        FetchDialog dialog;
        dialog.setSource(QStringLiteral("kafka"));
        SourceForm *form = dialog.form(QStringLiteral("kafka"));
        form->setValue(QStringLiteral("brokers"), QString::fromLatin1(hello.mid(10)));
        form->setValue(QStringLiteral("topic"), QStringLiteral("ranking"));
        form->setValue(QStringLiteral("dataset"), QStringLiteral("live_ranking"));
        window.fetches()->fetch(dialog);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window.workspace()->catalog()->rowOf(QStringLiteral("live_ranking")) >= 0;
            },
            60000));

        ChartPanel *panel =
            barChart(window, QStringLiteral("live_ranking"), QStringLiteral("world"));
        QVERIFY(panel);
        QVERIFY(QTest::qWaitFor([&] { return total(panel->data()) == 10.0; }, 30000));

        QVERIFY(produce(11, 40));
        QVERIFY(QTest::qWaitFor([&] { return total(panel->data()) == 40.0; }, 30000));
        QCOMPARE(finished.size(), 0); // still consuming: the chart redrew live
        window.findChild<JobProgress *>()->cancel();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.back().at(0).value<Status>().ok(),
                 qPrintable(finished.back().at(0).value<Status>().message()));
        QCOMPARE(window.workspace()->find(QStringLiteral("live_ranking"))->rowCount, qint64(40));
        cluster.write("quit\n");
        QVERIFY(cluster.waitForFinished(30000));
    }

    // Fetch without a key (none typed, in the environment or a keychain): the form says so
    // beside the key field and keeps what was filled in; with a key typed, it goes.
    void missingKeyIsAskedInTheForm() {
        qunsetenv("TRENDLENS_NEXON_KEY");
        FetchDialog dialog;
        dialog.setSource(QStringLiteral("maple-ranking"));
        dialog.form(QStringLiteral("maple-ranking"))
            ->setValue(QStringLiteral("date"), QDate(2024, 1, 1));
        dialog.show();
        dialog.accept();
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("keyError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
        QVERIFY(error->text().contains(QStringLiteral("TRENDLENS_NEXON_KEY")));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.values().value(QStringLiteral("date")).toDate(), QDate(2024, 1, 1));

        dialog.setKey(QStringLiteral("typed"));
        QVERIFY(!error->isVisible());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.key(), QStringLiteral("typed"));
    }

    void fetchLandsAndIsLogged() {
        Appearance appearance;
        appearance.setLanguage(QStringLiteral("en"));
        MainWindow window(appearance);
        QVERIFY(window.openWorkspace(m_dir.filePath(QStringLiteral("f.trendlens"))).ok());
        window.show();

        FetchDialog dialog;
        dialog.setSource(QStringLiteral("maple-ranking"));
        dialog.form(QStringLiteral("maple-ranking"))
            ->setValue(QStringLiteral("date"), QDate(2024, 1, 1));
        dialog.setKey(QStringLiteral("gui-key"));
        dialog.setBaseUrl(m_base);
        QSignalSpy finished(window.fetches(), &FetchController::finished);
        window.fetches()->fetch(dialog);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.front().at(0).value<Status>().ok());
        QVERIFY(finished.front().at(1).toString().contains(QStringLiteral("600 rows")));
        QCOMPARE(window.workspace()->find(QStringLiteral("maple_ranking"))->rowCount, qint64(600));
        RunLogModel *log = window.runLog();
        QCOMPARE(log->data(log->index(0, RunLogModel::Kind)).toString(),
                 QStringLiteral("maple-ranking"));
        QCOMPARE(log->data(log->index(0, RunLogModel::Status)).toString(), QStringLiteral("done"));
        QCOMPARE(log->data(log->index(0, RunLogModel::Rows)).toString(), QStringLiteral("600"));

        // A wrong key: the run fails, nothing changes, the run log opens showing why.
        dialog.setKey(QStringLiteral("wrong"));
        window.fetches()->fetch(dialog);
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.back().at(0).value<Status>().ok());
        QCOMPARE(log->data(log->index(0, RunLogModel::Status)).toString(),
                 QStringLiteral("failed"));
        QVERIFY(log->data(log->index(0, RunLogModel::Error))
                    .toString()
                    .contains(QStringLiteral("OPENAPI00005")));
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("runLog"))->isVisible());
        QCOMPARE(window.workspace()->find(QStringLiteral("maple_ranking"))->rowCount, qint64(600));

        // No key typed, none in the environment or a keychain: asked for, nothing run.
        qunsetenv("TRENDLENS_NEXON_KEY");
        dialog.setKey(QString());
        const int runs = log->rowCount();
        window.fetches()->fetch(dialog);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.back().at(0).value<Status>().kind(), ErrorKind::BadInput);
        QVERIFY(finished.back().at(0).value<Status>().message().contains(
            QStringLiteral("TRENDLENS_NEXON_KEY")));
        QCOMPARE(log->rowCount(), runs);

        // A source without a key: every category of the shipped recipe, checked by default.
        FetchDialog gmarket;
        gmarket.setSource(QStringLiteral("gmarket-best"));
        gmarket.setBaseUrl(m_base);
        QVERIFY(!gmarket.needsKey());
        QCOMPARE(gmarket.values().value(QStringLiteral("category")).toStringList().size(), 5);
        window.fetches()->fetch(gmarket);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.back().at(0).value<Status>().ok());
        QCOMPARE(window.workspace()->find(QStringLiteral("gmarket_best"))->rowCount, qint64(500));
    }
};

QTEST_MAIN(TestFetch)
#include "tst_fetch.moc"

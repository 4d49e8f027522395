#include "demo/DemoBuilder.h"
#include "ingest/ImportJob.h"
#include "models/DatasetTableModel.h"
#include "ui/Appearance.h"
#include "ui/DashboardTabs.h"
#include "ui/MainWindow.h"
#include "ui/SessionState.h"
#include "ui/WorkspaceController.h"
#include "ui/chart/ChartCanvas.h"
#include "ui/chart/ChartEditor.h"
#include "ui/chart/ChartPanel.h"
#include "ui/chart/DashboardView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QtMath>

#include <functional>
#include <utility>

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

    // Answers the next modal dialog once it shows: `answer` gets it (type a name, press a
    // button). Returns at once; the dialog is answered from the event loop.
    static void whenDialogShows(std::function<void(QWidget *)> answer) {
        auto *poll = new QTimer;
        poll->setInterval(10);
        QObject::connect(poll, &QTimer::timeout, [poll, answer] {
            for (QWidget *window : QApplication::topLevelWidgets()) {
                if (qobject_cast<QDialog *>(window) && window->isVisible()) {
                    poll->stop();
                    poll->deleteLater();
                    answer(window);
                    return;
                }
            }
        });
        poll->start();
    }

    // Ctrl+S as a key press on the window.
    // A widget's place once the dashboard's layout has settled (its scroll bar may come and go
    // first): where a pointer can be aimed.
    static QRect settledGeometry(QWidget *widget) {
        QRect before;
        for (int polls = 0; polls < 200; ++polls) {
            if (std::exchange(before, widget->geometry()) == widget->geometry() && polls > 0)
                break;
            QTest::qWait(50);
        }
        return before;
    }

    void pressSave() { QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier); }

    // A dashboard action by its text, as the menu triggers it.
    void trigger(const QString &text) {
        for (QAction *action : m_window->dashboards()->actions())
            if (action->text() == text)
                action->trigger();
    }

    static void typeName(QWidget *dialog, const QString &name) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        QVERIFY(input);
        input->setTextValue(name);
        input->accept();
    }

    static void press(QWidget *dialog, QMessageBox::StandardButton button) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // the sessions saved go to a test folder
        m_path = m_dir.filePath(QStringLiteral("demo.trendlens"));
        QVERIFY(DemoBuilder(m_path).build().ok());
    }

    void init() {
        m_appearance = std::make_unique<Appearance>();
        m_appearance->setLanguage(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>(*m_appearance);
        QVERIFY(m_window->openWorkspace(m_path).ok());
        m_window->show();
        m_window->resize(1400, 900); // beyond the offscreen screen, which the first show keeps to
    }

    void cleanup() {
        m_window.reset();
        m_appearance.reset();
    }

    void demoDashboardOpensAndDraws() {
        QCOMPARE(m_window->workspace()->dashboards().size(), 6);
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

    // A terms chart's own settings appear in the editor when the type is Top terms, and
    // redraw it: how many terms, and whether stopwords ("a") are left out.
    void termsOptionsInTheEditor() {
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->selectDataset(QStringLiteral("x_tweets")));
        QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier);
        ChartPanel *panel = m_window->dashboards()->currentDashboard()->panels().back();
        panel->setEditorVisible(true);
        auto *editor = panel->findChild<ChartEditor *>();
        auto *termsTop = editor->findChild<QSpinBox *>(QStringLiteral("termsTop"));
        auto *stopwords = editor->findChild<QCheckBox *>(QStringLiteral("stopwords"));
        QVERIFY(termsTop && stopwords);
        QVERIFY(!termsTop->isVisibleTo(editor) && !stopwords->isVisibleTo(editor));

        auto *type = editor->findChildren<QComboBox *>().at(1);
        auto *x = editor->findChildren<QComboBox *>().at(2);
        type->setCurrentIndex(type->findData(QStringLiteral("terms")));
        x->setCurrentText(QStringLiteral("text"));
        QVERIFY(termsTop->isVisibleTo(editor) && stopwords->isVisibleTo(editor));
        QCOMPARE(termsTop->value(), 20);
        QVERIFY(stopwords->isChecked());
        termsTop->setValue(3);
        QTRY_COMPARE_WITH_TIMEOUT(panel->data().keys.size(), 3, 10000);
        QCOMPARE(panel->spec().terms.top, 3);

        termsTop->setValue(40);
        QTRY_VERIFY_WITH_TIMEOUT(panel->data().keys.size() > 3, 10000);
        QVERIFY(!panel->data().keys.contains(QStringLiteral("a")));
        stopwords->setChecked(false);
        QTRY_VERIFY_WITH_TIMEOUT(panel->data().keys.contains(QStringLiteral("a")), 10000);
        QVERIFY(!panel->spec().terms.stopwords);
    }

    // Real mouse events on the shown chart view, as an analyst's hand gives them: hovering a
    // bar shows its value beside the pointer without moving the dashboard, leaving hides it,
    // clicking the bar opens the rows behind it.
    void clickingABarOpensItsRows() {
        DashboardView *view = m_window->dashboards()->openDashboard(QStringLiteral("IMDb reviews"));
        QVERIFY(settled(view));
        ChartPanel *panel = view->panels().front(); // reviews per year, bars
        const auto &point = panel->data().points.at(2);
        auto *chartView = qobject_cast<QChartView *>(panel->canvas().widget());
        QVERIFY(chartView && chartView->isVisible());
        QChart *chart = chartView->chart();
        const QRect panelBefore = settledGeometry(panel);
        // Aimed again until the pointer is over it: the axes relabel as the layout lands, which
        // can move the plot a little after the panel has its place (slow under sanitizers).
        const auto barCentre = [chart, chartView, &point] {
            const QPointF inChart =
                chart->mapToPosition(QPointF(2, point.value / 2), chart->series().front());
            return chartView->mapFromScene(chart->mapToScene(inChart));
        };
        QVERIFY(chartView->viewport()->rect().contains(barCentre()));
        QTRY_VERIFY((QTest::mouseMove(chartView->viewport(), barCentre()), QToolTip::isVisible()));
        QCOMPARE(QToolTip::text(),
                 QStringLiteral("count · %1: %2").arg(point.key).arg(int(point.value)));
        QCOMPARE(panel->geometry(), panelBefore);
        QTest::mouseMove(chartView->viewport(), QPoint(4, 4)); // off the bars
        QTRY_VERIFY(!QToolTip::isVisible());

        QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, barCentre());
        DatasetTableModel *model = m_window->tableModel();
        QTRY_COMPARE(m_window->dashboards()->tabs()->currentIndex(), 0);
        QCOMPARE(m_window->currentDataset(), QStringLiteral("imdb_reviews"));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(point.value), 10000);
        QVERIFY(model->conditionDescription().contains(point.key));
    }

    // A histogram bar and a pie slice click through the same way.
    void clickingASliceOpensItsRows() {
        DashboardView *view = m_window->dashboards()->openDashboard(QStringLiteral("X 트윗"));
        QVERIFY(settled(view));
        ChartPanel *panel = view->panels().front(); // tweets by language, a pie
        QCOMPARE(panel->spec().type, ChartType::Pie);
        settledGeometry(panel);
        auto *chartView = qobject_cast<QChartView *>(panel->canvas().widget());
        auto *pie = qobject_cast<QPieSeries *>(chartView->chart()->series().front());
        QVERIFY(pie);
        // The largest slice starts at twelve o'clock, clockwise: a point inside it.
        const QPieSlice *first = pie->slices().front();
        const double angle = qDegreesToRadians(first->startAngle() + first->angleSpan() / 2);
        const QRectF area = chartView->chart()->plotArea();
        const double radius = std::min(area.width(), area.height()) * pie->pieSize() / 4;
        const QPointF centre(area.left() + area.width() * pie->horizontalPosition(),
                             area.top() + area.height() * pie->verticalPosition());
        const QPointF inChart = centre + QPointF(std::sin(angle), -std::cos(angle)) * radius;
        const QPoint at = chartView->mapFromScene(chartView->chart()->mapToScene(inChart));
        QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(m_window->dashboards()->tabs()->currentIndex(), 0);
        QCOMPARE(m_window->currentDataset(), QStringLiteral("x_tweets"));
        const QString key = first->property("key").toString();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tableModel()->conditionDescription().contains(key),
                                 10000);
    }

    // Quitting and opening the workspace again shows what was open: the dataset, the saved
    // dashboards in their order, the one in front. An unsaved one is not brought back.
    // A point of a line clicks through too: the rows of its 10-day period.
    void clickingALinePointOpensItsRows() {
        DashboardView *view = m_window->dashboards()->openDashboard(QStringLiteral("IMDb reviews"));
        QVERIFY(settled(view));
        ChartPanel *panel = view->panels().at(2); // reviews per 10-day period, a line
        QCOMPARE(panel->spec().type, ChartType::Line);
        const auto &point = panel->data().points.at(5);
        settledGeometry(panel);
        auto *chartView = qobject_cast<QChartView *>(panel->canvas().widget());
        QChart *chart = chartView->chart();
        const QPointF inChart =
            chart->mapToPosition(QPointF(5, point.value), chart->series().front());
        QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {},
                          chartView->mapFromScene(chart->mapToScene(inChart)));
        QTRY_COMPARE(m_window->dashboards()->tabs()->currentIndex(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tableModel()->rowCount(), int(point.value), 10000);
        QVERIFY(m_window->tableModel()->conditionDescription().contains(point.key));
    }

    // A box read by hovering it: its five numbers and how many rows it sums up.
    void hoveringABoxShowsItsFiveNumbers() {
        DashboardView *view = m_window->dashboards()->openDashboard(QStringLiteral("X 트윗"));
        QVERIFY(settled(view));
        ChartPanel *panel = view->panels().at(1); // likes by language, boxes
        QCOMPARE(panel->spec().type, ChartType::Box);
        const ChartData::Box &box = panel->data().boxes.front();
        settledGeometry(panel);
        auto *chartView = qobject_cast<QChartView *>(panel->canvas().widget());
        QChart *chart = chartView->chart();
        const auto boxCentre = [chart, chartView, &box] {
            const QPointF inChart =
                chart->mapToPosition(QPointF(0, (box.q1 + box.q3) / 2), chart->series().front());
            return chartView->mapFromScene(chart->mapToScene(inChart));
        };
        QTRY_VERIFY((QTest::mouseMove(chartView->viewport(), boxCentre()), QToolTip::isVisible()));
        QCOMPARE(QToolTip::text(),
                 QStringLiteral("%1: min %2 · Q1 %3 · median %4 · Q3 %5 · max %6 (%7 rows)")
                     .arg(box.key, QLocale().toString(box.min), QLocale().toString(box.q1),
                          QLocale().toString(box.median), QLocale().toString(box.q3),
                          QLocale().toString(box.max), QLocale().toString(box.count)));
    }

    void reopenedWorkspaceShowsWhatWasOpen() {
        QVERIFY(m_window->selectDataset(QStringLiteral("maple_ranking")));
        DashboardTabs *tabs = m_window->dashboards();
        QVERIFY(settled(tabs->openDashboard(QStringLiteral("X 트윗"))));
        QVERIFY(settled(tabs->openDashboard(QStringLiteral("IMDb reviews"))));
        QVERIFY(tabs->openDashboard(QStringLiteral("X 트윗")));
        QVERIFY(m_window->close());

        m_window = std::make_unique<MainWindow>(*m_appearance);
        QVERIFY(m_window->openWorkspace(m_path).ok());
        m_window->show();
        m_window->restoreSession();
        tabs = m_window->dashboards();
        QCOMPARE(m_window->currentDataset(), QStringLiteral("maple_ranking"));
        QCOMPARE(tabs->openStoredNames(), QStringList({"X 트윗", "IMDb reviews"}));
        QCOMPARE(tabs->currentDashboard()->name(), QStringLiteral("X 트윗"));

        // A dashboard deleted in between is skipped, and the data tab comes to the front.
        QVERIFY(m_window->close());
        SessionState{QStringLiteral("imdb_reviews"),
                     {"deleted since", "IMDb reviews"},
                     QStringLiteral("deleted since")}
            .save(m_path);
        m_window = std::make_unique<MainWindow>(*m_appearance);
        QVERIFY(m_window->openWorkspace(m_path).ok());
        m_window->show();
        m_window->restoreSession();
        QCOMPARE(m_window->currentDataset(), QStringLiteral("imdb_reviews"));
        QCOMPARE(m_window->dashboards()->openStoredNames(), QStringList({"IMDb reviews"}));
        QCOMPARE(m_window->dashboards()->tabs()->currentIndex(), 0);
    }

    // Ctrl+G on box office: the count per day (two months of data), shown at once; choosing a
    // measure for y sums an audience and averages a rank.
    void newChartStartsWithItsNaturalDefaults() {
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->selectDataset(QStringLiteral("kobis_boxoffice_daily")));
        QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier);
        DashboardView *view = m_window->dashboards()->currentDashboard();
        QVERIFY(view && view->isVisible());
        ChartPanel *panel = view->panels().back();
        QCOMPARE(panel->spec().bucket, TimeBucket::Day);
        QCOMPARE(panel->spec().agg, Aggregate::Count);
        QCOMPARE(panel->spec().x.column, QStringLiteral("target_date"));
        QTRY_COMPARE_WITH_TIMEOUT(panel->data().keys.size(), 60, 10000);

        panel->setEditorVisible(true);
        auto *editor = panel->findChild<ChartEditor *>();
        auto *y = editor->findChildren<QComboBox *>().at(4);
        auto *aggregate = editor->findChildren<QComboBox *>().at(5);
        y->setCurrentText(QStringLiteral("audi_cnt"));
        QCOMPARE(aggregate->currentData().toString(), QStringLiteral("sum"));
        y->setCurrentText(QStringLiteral("rank"));
        QCOMPARE(aggregate->currentData().toString(), QStringLiteral("avg"));
        QTRY_COMPARE_WITH_TIMEOUT(panel->spec().agg, Aggregate::Avg, 10000);
    }

    // View ▸ Time zone: the open charts redraw by Seoul's hours and the table shows Seoul's
    // time, while the workspace keeps UTC; Automatic brings UTC back (TZ=UTC, English).
    void timeZoneRedrawsChartsAndTable() {
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->selectDataset(QStringLiteral("x_tweets")));
        QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier);
        ChartPanel *panel = m_window->dashboards()->currentDashboard()->panels().back();
        QCOMPARE(panel->spec().x.column, QStringLiteral("created_at"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->data().keys.isEmpty(), 10000);
        QCOMPARE(panel->data().xZone, QStringLiteral("UTC"));
        const QString utcFirst = panel->data().keys.front();

        QMenu *zones = nullptr;
        for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>())
            if (menu->title() == QStringLiteral("Time &zone"))
                zones = menu;
        QVERIFY(zones);
        QAction *korea = nullptr, *automatic = nullptr;
        for (QAction *action : zones->actions()) {
            if (action->text() == QStringLiteral("&Korea (KST, Asia/Seoul)"))
                korea = action;
            if (action->text().startsWith(QStringLiteral("&Automatic (UTC")))
                automatic = action;
        }
        QVERIFY(korea && automatic && automatic->isChecked());
        korea->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(panel->data().xZone, QStringLiteral("KST"), 10000);
        const auto shifted = [](const QString &key, int hours) {
            const QString format = key.size() == 16 ? QStringLiteral("yyyy-MM-dd HH:mm")
                                                    : QStringLiteral("yyyy-MM-dd HH:00");
            QDateTime t = QDateTime::fromString(key, format);
            t.setTimeSpec(Qt::UTC);
            return t.addSecs(hours * 3600).toString(format);
        };
        QCOMPARE(panel->data().keys.front(), shifted(utcFirst, 9));

        m_window->dashboards()->tabs()->setCurrentIndex(0); // the table
        DatasetTableModel *model = m_window->tableModel();
        int column = 0;
        while (model->headerData(column, Qt::Horizontal).toString() != QLatin1String("created_at"))
            QVERIFY(++column < model->columnCount());
        const QModelIndex cell = model->index(0, column);
        QTRY_VERIFY(cell.data(Qt::EditRole).isValid());
        const QString stored = cell.data(Qt::EditRole).toString();
        QCOMPARE(stored.size(), 23); // the demo's tweets carry milliseconds
        QDateTime utc = QDateTime::fromString(stored, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        utc.setTimeSpec(Qt::UTC);
        QCOMPARE(cell.data().toString(),
                 utc.addSecs(9 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
        QCOMPARE(cell.data(DatasetTableModel::TimeNoteRole).toString(),
                 QStringLiteral("Shown in KST; stored as %1 UTC.").arg(stored));

        automatic->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(panel->data().xZone, QStringLiteral("UTC"), 10000);
        QCOMPARE(panel->data().keys.front(), utcFirst);
        QCOMPARE(cell.data().toString(), stored);
    }

    // Switching language or theme reaches the charts already open: their buttons, axis titles
    // and date labels in Korean, their colours on dark.
    void liveLanguageAndThemeReachOpenCharts() {
        DashboardView *view = m_window->dashboards()->openDashboard(QStringLiteral("IMDb reviews"));
        QVERIFY(settled(view));
        ChartPanel *panel = view->panels().at(2); // reviews per 10-day period, 2020
        auto *chartView = qobject_cast<QChartView *>(panel->canvas().widget());
        QChart *chart = chartView->chart();
        auto axisTitle = [chart](Qt::Orientation o) { return chart->axes(o).front()->titleText(); };
        auto firstLabel = [chart] {
            return qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).front())
                ->categoriesLabels()
                .value(0);
        };
        QCOMPARE(axisTitle(Qt::Horizontal), QStringLiteral("review_date (10 days)"));
        QTRY_COMPARE(firstLabel(), QStringLiteral("Jan 1, 2020"));

        m_appearance->setLanguage(QStringLiteral("ko"));
        QTRY_COMPARE(axisTitle(Qt::Horizontal), QStringLiteral("review_date (10일(순))"));
        QCOMPARE(axisTitle(Qt::Vertical), QStringLiteral("개수"));
        QTRY_COMPARE(firstLabel(), QStringLiteral("2020년 1월 1일"));
        QStringList buttons;
        for (auto *button : panel->findChildren<QToolButton *>())
            buttons.append(button->text());
        QVERIFY2(buttons.contains(QStringLiteral("편집")), qPrintable(buttons.join(u',')));
        QCOMPARE(m_window->dashboards()->tabs()->tabText(0), QStringLiteral("데이터"));

        QCOMPARE(chart->theme(), QChart::ChartThemeLight);
        m_appearance->setTheme(Appearance::Theme::Dark);
        QTRY_COMPARE(chart->theme(), QChart::ChartThemeDark);
        m_appearance->setTheme(Appearance::Theme::System);
        QTRY_COMPARE(chart->theme(), QChart::ChartThemeLight);
        m_appearance->setLanguage(QStringLiteral("en"));
    }

    // Ctrl+Z and Ctrl+Shift+Z step through chart edits, added and removed charts; undoing
    // back to the saved state leaves the dashboard unmodified.
    void undoAndRedoEditsAndLayout() {
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        DashboardView *view = m_window->dashboards()->openDashboard(QStringLiteral("IMDb reviews"));
        QVERIFY(settled(view));
        const Dashboard saved = view->dashboard();
        auto undo = [this] { QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier); };
        auto redo = [this] {
            QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        };

        // An edit in the chart's form.
        ChartPanel *panel = view->panels().front();
        panel->setEditorVisible(true);
        auto *bucket = panel->findChild<ChartEditor *>()->findChildren<QComboBox *>().at(3);
        bucket->setCurrentIndex(bucket->findData(QStringLiteral("quarter")));
        QTRY_COMPARE(panel->spec().bucket, TimeBucket::Quarter);
        QVERIFY(view->isModified());
        undo();
        QCOMPARE(view->panels().front()->spec().bucket, TimeBucket::Year);
        QCOMPARE(bucket->currentData().toString(), QStringLiteral("year"));
        QTRY_COMPARE_WITH_TIMEOUT(view->panels().front()->data().keys.size(), 9, 10000);
        QVERIFY(!view->isModified());
        redo();
        QCOMPARE(view->panels().front()->spec().bucket, TimeBucket::Quarter);
        undo();

        // A removed chart comes back in its place, and goes again.
        const ChartSpec second = view->panels().at(1)->spec();
        Q_EMIT view->panels().at(1)->removeRequested();
        QCOMPARE(view->panels().size(), 3);
        undo();
        QCOMPARE(view->panels().size(), 4);
        QCOMPARE(view->panels().at(1)->spec(), second);
        QVERIFY(view->dashboard() == saved);
        QVERIFY(!view->isModified());
        redo();
        QCOMPARE(view->panels().size(), 3);
        undo();

        // An added chart.
        view->addChart(view->panels().front()->spec());
        QCOMPARE(view->panels().size(), 5);
        QVERIFY(m_window->dashboards()->actions().front()->text().contains(
            QStringLiteral("Add chart")));
        undo();
        QCOMPARE(view->panels().size(), 4);
        QVERIFY(view->dashboard() == saved);
        QVERIFY(!view->isModified());
    }

    // A laptop window: two charts side by side without scrolling sideways; narrower still,
    // one under the other (the saved layout unchanged).
    void dashboardFitsSmallWindows() {
        m_window->resize(1024, 700);
        DashboardView *view = m_window->dashboards()->openDashboard(QStringLiteral("IMDb reviews"));
        QVERIFY(settled(view));
        auto *scroll = view->findChild<QScrollArea *>();
        const QList<ChartPanel *> panels = view->panels();
        QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        QCOMPARE(settledGeometry(panels[1]).top(), panels[0]->geometry().top());
        QVERIFY(panels[1]->geometry().left() > panels[0]->geometry().right());

        m_window->resize(760, 700);
        QTRY_COMPARE(panels[1]->geometry().left(), panels[0]->geometry().left());
        QVERIFY(panels[1]->geometry().top() > panels[0]->geometry().bottom());
        QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        QCOMPARE(view->dashboard().charts[1].column, 1);
        QVERIFY(!view->isModified());
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
        // Never saved: Ctrl+S asks for its name.
        whenDialogShows([](QWidget *dialog) { typeName(dialog, QStringLiteral("Levels")); });
        QVERIFY(m_window->dashboards()->saveCurrent());
        QCOMPARE(view->name(), QStringLiteral("Levels"));
        const Dashboard saved = view->dashboard();
        QCOMPARE(saved.charts.size(), 2);
        QCOMPARE(saved.charts[1].column, 1);

        // Another window on the same file, as after a restart.
        MainWindow again(*m_appearance);
        QVERIFY(again.openWorkspace(m_path).ok());
        DashboardView *reopened = again.dashboards()->openDashboard(QStringLiteral("Levels"));
        QVERIFY(reopened);
        QVERIFY(reopened->dashboard() == saved);
        QVERIFY(settled(reopened));
        QCOMPARE(reopened->panels()[1]->data().bins.size(), std::size_t(30));
        QVERIFY(m_window->workspace()->removeDashboard(QStringLiteral("Levels")).ok());
    }

    // Ctrl+S on a shown window: a new dashboard asks for its name, a taken name is never
    // replaced without asking, Save as keeps the original, rename refuses a taken name, and
    // quitting with unsaved changes asks (Cancel keeps the window and the changes).
    void savingNeverReplacesWithoutAsking() {
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        DashboardTabs *tabs = m_window->dashboards();
        tabs->tabs()->setCurrentIndex(0);
        tabs->newChart(QStringLiteral("x_tweets"));
        DashboardView *first = tabs->currentDashboard();
        QVERIFY(first && !first->isStored());
        whenDialogShows([](QWidget *dialog) { typeName(dialog, QStringLiteral("Tweets")); });
        pressSave();
        QTRY_VERIFY(first->isStored());
        QCOMPARE(first->name(), QStringLiteral("Tweets"));
        QVERIFY(m_window->workspace()->dashboards().contains(QStringLiteral("Tweets")));

        // A second new dashboard, saved under the same name: asked, refused, named again.
        tabs->tabs()->setCurrentIndex(0);
        tabs->newChart(QStringLiteral("gmarket_best"));
        DashboardView *second = tabs->currentDashboard();
        QVERIFY(second != first);
        whenDialogShows([](QWidget *dialog) {
            typeName(dialog, QStringLiteral("Tweets"));
            whenDialogShows([](QWidget *replace) {
                press(replace, QMessageBox::No);
                whenDialogShows(
                    [](QWidget *again) { typeName(again, QStringLiteral("Best sellers")); });
            });
        });
        trigger(QStringLiteral("&Save dashboard"));
        QTRY_VERIFY(second->isStored());
        QCOMPARE(second->name(), QStringLiteral("Best sellers"));
        Dashboard tweets;
        QVERIFY(m_window->workspace()->loadDashboard(QStringLiteral("Tweets"), tweets).ok());
        QCOMPARE(tweets.charts.front().spec.dataset, QStringLiteral("x_tweets"));

        // Rename to a taken name is refused; to a free one renames in the workspace.
        whenDialogShows([](QWidget *dialog) {
            typeName(dialog, QStringLiteral("Tweets"));
            whenDialogShows([](QWidget *refused) {
                QVERIFY(qobject_cast<QMessageBox *>(refused));
                qobject_cast<QMessageBox *>(refused)->accept();
                whenDialogShows([](QWidget *again) { typeName(again, QStringLiteral("Shop")); });
            });
        });
        trigger(QStringLiteral("&Rename dashboard…"));
        QCOMPARE(second->name(), QStringLiteral("Shop"));
        QStringList names = m_window->workspace()->dashboards();
        QVERIFY(names.contains(QStringLiteral("Shop")) &&
                !names.contains(QStringLiteral("Best sellers")));

        // Unsaved changes and quit: Cancel keeps the window open and the chart there.
        second->addChart(m_window->workspace()->defaultChart(
            *m_window->workspace()->find(QStringLiteral("gmarket_best"))));
        QVERIFY(second->isModified());
        whenDialogShows([](QWidget *dialog) { press(dialog, QMessageBox::Cancel); });
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        QCOMPARE(second->panels().size(), 2);
        // Save: stored with both charts, then the window closes.
        whenDialogShows([](QWidget *dialog) { press(dialog, QMessageBox::Save); });
        QVERIFY(m_window->close());
        Dashboard shop;
        QVERIFY(m_window->workspace()->loadDashboard(QStringLiteral("Shop"), shop).ok());
        QCOMPARE(shop.charts.size(), 2);
        QVERIFY(m_window->workspace()->removeDashboard(QStringLiteral("Shop")).ok());
        QVERIFY(m_window->workspace()->removeDashboard(QStringLiteral("Tweets")).ok());
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

    // The nickname study's recommended names are a table chart: its rows best score first,
    // titled, a row's double-click opens the candidates behind it; Export all writes it as
    // CSV beside the other charts' images.
    void tableChartListsAndOpensItsRows() {
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        DashboardView *view = m_window->dashboards()->openDashboard(QStringLiteral("닉네임 연구"));
        QVERIFY(settled(view));
        ChartPanel *panel = view->panels().back();
        QCOMPARE(panel->spec().type, ChartType::Table);
        auto *table = panel->findChild<QTableView *>();
        QVERIFY(table && table->isVisible());
        QCOMPARE(table->model()->rowCount(), qsizetype(panel->data().points.size()));
        QVERIFY(table->model()->rowCount() > 10);
        for (int row = 1; row < table->model()->rowCount(); ++row)
            QVERIFY(table->model()->index(row - 1, 1).data().toDouble() >=
                    table->model()->index(row, 1).data().toDouble());
        bool titled = false;
        for (QLabel *label : panel->findChildren<QLabel *>())
            titled = titled || (label->isVisible() && label->text() == panel->spec().title);
        QVERIFY(titled);

        const QString name = table->model()->index(0, 0).data().toString();
        const QRect cell = table->visualRect(table->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE(m_window->dashboards()->tabs()->currentIndex(), 0);
        QCOMPARE(m_window->currentDataset(), QStringLiteral("maple_ranking"));
        DatasetTableModel *model = m_window->tableModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 1, 10000);
        QVERIFY(model->conditionDescription().contains(name));

        const QString folder = m_dir.filePath(QStringLiteral("tables"));
        QVERIFY(QDir().mkpath(folder));
        QStringList written;
        QVERIFY(view->exportAll(folder, QStringLiteral("png"), written).ok());
        QCOMPARE(written.size(), 4);
        QVERIFY(written.back().endsWith(QStringLiteral(".csv")));
        QFile csv(written.back());
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readLine().trimmed(), QByteArray("character_name,max(name_score)"));
        QVERIFY(csv.readLine().startsWith(QByteArray(name.toUtf8() + ',')));
        QVERIFY(!panel->exportTo(m_dir.filePath(QStringLiteral("table.png"))).ok());
    }

    // A new dashboard saved over one that is open leaves one tab of that name: the new one.
    void replacingAnOpenDashboardLeavesOneTab() {
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        Dashboard scratch;
        QVERIFY(m_window->workspace()->loadDashboard(QStringLiteral("X 트윗"), scratch).ok());
        scratch.name = QStringLiteral("Scratch");
        QVERIFY(m_window->workspace()->saveDashboard(scratch).ok());
        DashboardTabs *tabs = m_window->dashboards();
        DashboardView *old = tabs->openDashboard(QStringLiteral("Scratch"));
        QVERIFY(settled(old));
        whenDialogShows([](QWidget *dialog) {
            typeName(dialog, QStringLiteral("Scratch"));
            whenDialogShows([](QWidget *replace) { press(replace, QMessageBox::Yes); });
        });
        trigger(QStringLiteral("New &dashboard…"));
        QStringList open;
        for (int i = 1; i < tabs->tabs()->count(); ++i)
            open.append(qobject_cast<DashboardView *>(tabs->tabs()->widget(i))->name());
        QCOMPARE(open.count(QStringLiteral("Scratch")), 1);
        QVERIFY(tabs->currentDashboard() != old);
        QVERIFY(tabs->currentDashboard()->panels().isEmpty());
        Dashboard stored;
        QVERIFY(m_window->workspace()->loadDashboard(QStringLiteral("Scratch"), stored).ok());
        QVERIFY(stored.charts.isEmpty());
        QVERIFY(m_window->workspace()->removeDashboard(QStringLiteral("Scratch")).ok());
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"

#include "analysis/ChartDefaults.h"
#include "analysis/ChartSpec.h"
#include "models/DatasetTableModel.h"
#include "schedule/ScheduleStore.h"
#include "store/Workspace.h"
#include "ui/Appearance.h"
#include "ui/DatasetPropertiesDialog.h"
#include "ui/DatasetTableView.h"
#include "ui/ExportController.h"
#include "ui/HelpMenu.h"
#include "ui/ImportController.h"
#include "ui/ImportDialog.h"
#include "ui/JobProgress.h"
#include "ui/MainWindow.h"
#include "ui/ScheduleController.h"
#include "ui/ScheduleHistoryView.h"
#include "ui/SchedulesPanel.h"
#include "ui/ScoreController.h"
#include "ui/ScoreDialog.h"
#include "ui/SqlConsole.h"
#include "ui/WorkspaceController.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringDecoder>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

using namespace tl;

Q_DECLARE_METATYPE(tl::Status)
Q_DECLARE_METATYPE(tl::ImportResult)

namespace {

QString fixture(const QString &path) {
    return QStringLiteral(TL_FIXTURES "/") + path;
}

} // namespace

// The window as an analyst uses it, offscreen: files dropped on it go through the import
// dialog into the workspace; cancelling leaves nothing; theme and language switch live.
class TestMainWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Appearance> m_appearance;
    std::unique_ptr<MainWindow> m_window;

    // Drops `files` on the window as a file manager would.
    void drop(const QStringList &files) {
        auto *mime = new QMimeData;
        QList<QUrl> urls;
        for (const QString &f : files)
            urls.append(QUrl::fromLocalFile(f));
        mime->setUrls(urls);
        const QPointF at(m_window->width() / 2.0, m_window->height() / 2.0);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &dropEvent);
        delete mime;
    }

    ImportDialog *dialogWithPreview() {
        ImportDialog *dialog = m_window->imports()->currentDialog();
        if (!dialog || !QTest::qWaitFor([dialog] { return dialog->previewReady(); }, 10000))
            return nullptr;
        return dialog;
    }

    // Accepts the dialog and waits for the import's outcome.
    std::pair<Status, ImportResult> importWith(ImportDialog *dialog) {
        QSignalSpy finished(m_window->imports(), &ImportController::finished);
        dialog->accept();
        if (!finished.wait(30000))
            return {Status::internal(QStringLiteral("no answer")), {}};
        return {finished.front().at(0).value<Status>(),
                finished.front().at(1).value<ImportResult>()};
    }

    QStringList datasetNames() {
        QStringList names;
        for (int i = 0; i < m_window->workspace()->catalog()->rowCount(); ++i)
            names.append(m_window->workspace()->catalog()->datasetAt(i)->name);
        return names;
    }

    // Imports the fixture through the engine, through the dialog, and shows it.
    void importFixture(const QString &path, const QString &dataset) {
        drop({fixture(path)});
        ImportDialog *dialog = dialogWithPreview();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("dataset"))->setText(dataset);
        QVERIFY(importWith(dialog).first.ok());
        QCOMPARE(m_window->currentDataset(), dataset);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        // The trendlens processes started here keep their settings (recent workspaces) apart
        // from the user's.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qRegisterMetaType<tl::Status>();
        qRegisterMetaType<tl::ImportResult>();
    }

    void init() {
        m_path = m_dir.filePath(QStringLiteral("%1.trendlens").arg(QTest::currentTestFunction()));
        m_appearance = std::make_unique<Appearance>();
        m_appearance->setLanguage(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>(*m_appearance);
        QVERIFY(m_window->openWorkspace(m_path).ok());
        m_window->show();
    }

    void cleanup() {
        m_window.reset();
        m_appearance.reset();
    }

    void droppedCp949FileLandsWithKoreanHeaders() {
        drop({fixture(QStringLiteral("csv/reviews_cp949.csv"))});
        ImportDialog *dialog = dialogWithPreview();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const ImportPreview &preview = dialog->preview();
        QVERIFY2(preview.sniff.encoding == QLatin1String("EUC-KR") ||
                     preview.sniff.encoding == QLatin1String("CP949"),
                 qPrintable(preview.sniff.encoding));
        QCOMPARE(preview.sniff.delimiter, ',');
        QVERIFY(preview.sniff.hasHeader);
        QCOMPARE(preview.columns.size(), 6);
        QCOMPARE(preview.columns[0].name, QStringLiteral("리뷰ID"));
        QCOMPARE(preview.columns[2].name, QStringLiteral("평점"));
        QCOMPARE(preview.columns[2].type, ColumnType::Integer);
        QCOMPARE(preview.rows.size(), ImportDialog::kPreviewRows);
        QVERIFY(preview.moreRows);
        QVERIFY(preview.rawText.contains(QStringLiteral("리뷰ID,영화,평점")));
        QCOMPARE(dialog->options().dataset, QStringLiteral("reviews_cp949"));

        const auto [status, result] = importWith(dialog);
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QCOMPARE(result.rows, qint64(300));
        const auto info = m_window->workspace()->find(QStringLiteral("reviews_cp949"));
        QVERIFY(info);
        QCOMPARE(info->columns[0].name, QStringLiteral("리뷰ID"));
        QCOMPARE(info->columns[5].name, QStringLiteral("요약"));
        // The new dataset is shown.
        QCOMPARE(m_window->currentDataset(), QStringLiteral("reviews_cp949"));
        QCOMPARE(m_window->tableModel()->rowCount(), 300);
        QCOMPARE(m_window->tableModel()->headerData(1, Qt::Horizontal).toString(),
                 QStringLiteral("영화"));
        QVERIFY(!m_window->imports()->isBusy());
    }

    // The preview shows values as they will be stored (the raw text shows them as written),
    // and forcing a wrong encoding keeps the header decision made in the file's own.
    void previewShowsStoredValuesAndKeepsTheHeader() {
        drop({fixture(QStringLiteral("csv/reviews_utf8.csv"))});
        ImportDialog *dialog = dialogWithPreview();
        QVERIFY(dialog);
        QCOMPARE(dialog->preview().columns[3].type, ColumnType::Date);
        QCOMPARE(dialog->preview().rows[0][3], QStringLiteral("2019-07-11"));
        QVERIFY(dialog->preview().rawText.contains(QStringLiteral("11 July 2019")));
        QVERIFY(dialog->preview().sniff.hasHeader);
        dialog->reject();

        // A file of numbers with no header row: decoded as UTF-16 it would read as one column
        // of text whose first row looks like a name.
        QFile plain(m_dir.filePath(QStringLiteral("plain.csv")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        for (int i = 0; i < 30; ++i)
            plain.write(QStringLiteral("%1,2024-01-%2,%3.5\n")
                            .arg(i)
                            .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                            .arg(i * 7)
                            .toUtf8());
        plain.close();
        drop({plain.fileName()});
        dialog = dialogWithPreview();
        QVERIFY(dialog);
        QVERIFY(!dialog->preview().sniff.hasHeader);
        auto *encoding = dialog->findChild<QComboBox *>(QStringLiteral("encoding"));
        encoding->setCurrentIndex(encoding->findText(QStringLiteral("UTF-16LE")));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->preview().sniff.encoding, QStringLiteral("UTF-16LE"),
                                  10000);
        QVERIFY(!dialog->preview().sniff.hasHeader);
        dialog->reject();
    }

    void editedNamesAndTypesAreUsed() {
        drop({fixture(QStringLiteral("csv/reviews_utf8.csv"))});
        ImportDialog *dialog = dialogWithPreview();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("dataset"))->setText(QStringLiteral("리뷰"));
        auto *columns = dialog->findChild<QTableWidget *>(QStringLiteral("columns"));
        QVERIFY(columns);
        columns->item(0, 0)->setText(QStringLiteral("id"));
        // Keep the rating as text, as an analyst might for codes.
        auto *type = qobject_cast<QComboBox *>(columns->cellWidget(2, 1));
        QVERIFY(type);
        type->setCurrentIndex(type->findData(int(ColumnType::Text)));
        const auto [status, result] = importWith(dialog);
        QVERIFY2(status.ok(), qPrintable(status.message()));
        const auto info = m_window->workspace()->find(QStringLiteral("리뷰"));
        QVERIFY(info);
        QCOMPARE(info->columns[0].name, QStringLiteral("id"));
        QCOMPARE(info->columns[2].type, ColumnType::Text);
        QCOMPARE(info->rowCount, qint64(300));
    }

    void existingDatasetAsksAppendOrReplace() {
        const QString file = fixture(QStringLiteral("csv/semicolon.csv"));
        drop({file});
        ImportDialog *first = dialogWithPreview();
        QVERIFY(first);
        QCOMPARE(first->options().mode, ImportMode::Create);
        QVERIFY(importWith(first).first.ok());

        drop({file});
        ImportDialog *second = dialogWithPreview();
        QVERIFY(second);
        QVERIFY(second->findChild<QRadioButton *>(QStringLiteral("append"))->isVisible());
        QCOMPARE(second->options().mode, ImportMode::Append);
        QVERIFY(importWith(second).first.ok());
        QCOMPARE(m_window->workspace()->find(QStringLiteral("semicolon"))->rowCount, qint64(100));

        drop({file});
        ImportDialog *third = dialogWithPreview();
        QVERIFY(third);
        third->findChild<QRadioButton *>(QStringLiteral("replace"))->setChecked(true);
        QCOMPARE(third->options().mode, ImportMode::Replace);
        QVERIFY(importWith(third).first.ok());
        QCOMPARE(m_window->workspace()->find(QStringLiteral("semicolon"))->rowCount, qint64(50));
    }

    void severalDroppedFilesQueue() {
        drop({fixture(QStringLiteral("csv/semicolon.csv")),
              fixture(QStringLiteral("csv/reviews_utf8.csv"))});
        ImportDialog *first = dialogWithPreview();
        QVERIFY(first);
        QVERIFY(importWith(first).first.ok());
        ImportDialog *second = dialogWithPreview();
        QVERIFY(second);
        QVERIFY(second != first);
        QCOMPARE(second->options().files.front(), fixture(QStringLiteral("csv/reviews_utf8.csv")));
        QVERIFY(importWith(second).first.ok());
        QCOMPARE(datasetNames().size(), 2);
    }

    void failedImportShowsTheLineAndWritesNothing() {
        drop({fixture(QStringLiteral("bad/ragged.csv"))});
        ImportDialog *dialog = dialogWithPreview();
        QVERIFY(dialog);
        const auto [status, result] = importWith(dialog);
        QVERIFY(!status.ok());
        QVERIFY2(status.message().contains(QStringLiteral("ragged.csv: line 3")),
                 qPrintable(status.message()));
        // The dialog comes back with the engine's message, for a retry with other settings.
        QTRY_VERIFY(dialog->isVisible());
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("line 3")));
        QVERIFY(datasetNames().isEmpty());
        dialog->reject();
        QTRY_VERIFY(!m_window->imports()->isBusy());
    }

    void cancelLeavesNothing() {
        // Cancelling the dialog imports nothing.
        drop({fixture(QStringLiteral("csv/reviews_utf8.csv"))});
        ImportDialog *dialog = dialogWithPreview();
        QVERIFY(dialog);
        dialog->reject();
        QTRY_VERIFY(!m_window->imports()->isBusy());
        QVERIFY(datasetNames().isEmpty());

        // Cancelling a running import rolls it back: a file big enough to still be running.
        const QString big = m_dir.filePath(QStringLiteral("big.csv"));
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,text\n");
        const QByteArray text(400, 'x');
        for (int i = 0; i < 400000; ++i)
            file.write(QByteArray::number(i) + ",\"" + text + "\"\n");
        file.close();
        drop({big});
        dialog = dialogWithPreview();
        QVERIFY(dialog);
        QSignalSpy finished(m_window->imports(), &ImportController::finished);
        dialog->accept();
        auto *progress = m_window->findChild<JobProgress *>();
        QVERIFY(progress && progress->isRunning());
        progress->cancel();
        QVERIFY(finished.wait(30000));
        const Status status = finished.front().at(0).value<Status>();
        QCOMPARE(status.kind(), ErrorKind::Cancelled);
        QVERIFY(datasetNames().isEmpty());
        std::unique_ptr<Workspace> workspace;
        QVERIFY(Workspace::open(m_path, workspace).ok());
        QSqlQuery tables(workspace->database());
        QVERIFY(tables.exec(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'big'")));
        QVERIFY(tables.next());
        QCOMPARE(tables.value(0).toInt(), 0);
    }

    void exportWritesCp949ForExcel() {
        importFixture(QStringLiteral("csv/reviews_cp949.csv"), QStringLiteral("리뷰"));
        const QString out = m_dir.filePath(QStringLiteral("export.csv"));
        QSignalSpy finished(m_window->exports(), &ExportController::finished);
        m_window->exports()->exportTo(QStringLiteral("리뷰"), out, QStringLiteral("CP949"));
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.front().at(0).value<Status>().ok());
        QVERIFY(finished.front().at(1).toString().contains(QStringLiteral("300")));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QStringDecoder cp949("CP949");
        const QString text = cp949.decode(bytes);
        QVERIFY(!cp949.hasError());
        QVERIFY(text.startsWith(QStringLiteral("리뷰ID,영화,평점,작성일,스포일러,요약\r\n")));
        QCOMPARE(text.count(QStringLiteral("\r\n")) >= 301, true);
    }

    // Dataset ▸ Add score column…: the dialog's choices reach the engine, the scores become a
    // column of the table and the properties say where they came from; a failing scorer
    // reopens the dialog with its message and writes nothing.
    void scoreColumnFromTheMenu() {
        importFixture(QStringLiteral("csv/reviews_cp949.csv"), QStringLiteral("리뷰"));
        QAction *score = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("Add &score column…"))
                score = action;
        }
        QVERIFY(score && score->isEnabled());
        score->trigger();
        ScoreDialog *dialog = m_window->scores()->currentDialog();
        QVERIFY(dialog);
        auto *column = dialog->findChild<QComboBox *>(QStringLiteral("column"));
        column->setCurrentText(QStringLiteral("요약"));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("into"))->currentText(),
                 QStringLiteral("요약_score"));
        QSignalSpy finished(m_window->scores(), &ScoreController::finished);
        dialog->accept();
        QVERIFY(finished.wait(30000));
        const Status status = finished.front().at(0).value<Status>();
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QVERIFY2(finished.front().at(2).toString().startsWith(QStringLiteral("Scored 300 rows")),
                 qPrintable(finished.front().at(2).toString()));
        QCOMPARE(m_window->tableModel()->dataset().columns.last().name,
                 QStringLiteral("요약_score"));
        const auto scores = m_window->workspace()->scoreColumns(m_window->tableModel()->dataset());
        QCOMPARE(scores.size(), 1);
        QCOMPARE(scores.front().scorer, QStringLiteral("lexicon"));

        finished.clear();
        score->trigger();
        QTRY_VERIFY((dialog = m_window->scores()->currentDialog()));
        dialog->findChild<QComboBox *>(QStringLiteral("column"))
            ->setCurrentText(QStringLiteral("요약"));
        dialog->findChild<QComboBox *>(QStringLiteral("into"))->setEditText(QStringLiteral("mine"));
        auto *scorer = dialog->findChild<QComboBox *>(QStringLiteral("scorer"));
        scorer->setCurrentIndex(scorer->findData(QStringLiteral("command")));
        dialog->findChild<QLineEdit *>(QStringLiteral("command"))->setText(QStringLiteral("false"));
        dialog->accept();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.front().at(0).value<Status>().kind(), ErrorKind::BadInput);
        QTRY_VERIFY(dialog->isVisible());
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY2(error->text().contains(QStringLiteral("exited with code 1")),
                 qPrintable(error->text()));
        dialog->reject();
        for (const Column &c : m_window->tableModel()->dataset().columns)
            QVERIFY(c.name != QStringLiteral("mine"));
    }

    // The Schedules panel: a schedule added through its dialog, run by the window (as cron
    // would), its rows and status shown; a failing one said in the status bar and shown in red;
    // Pause.
    void schedulesPanelAddsRunsAndWarns() {
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("schedules"));
        QVERIFY(dock);
        dock->show();
        SchedulesPanel *panel = m_window->schedulesPanel();
        m_window->schedules()->setProgram(QStringLiteral(TL_BINARY));
        QTimer::singleShot(0, this, [] {
            QDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())));
            dialog->findChild<QLineEdit *>(QStringLiteral("name"))
                ->setText(QStringLiteral("hourly"));
            dialog->findChild<QComboBox *>(QStringLiteral("every"))
                ->setCurrentText(QStringLiteral("1h"));
            dialog->findChild<QLineEdit *>(QStringLiteral("command"))
                ->setText(QStringLiteral("import \"%1\" --dataset 반복 --mode append")
                              .arg(fixture(QStringLiteral("csv/semicolon.csv"))));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        panel->edit(nullptr);
        auto *view = panel->findChild<QTableView *>();
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("hourly"));
        QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("never ran"));

        QSignalSpy ran(m_window->schedules(), &ScheduleController::ran);
        m_window->schedules()->runDue();
        QVERIFY(ran.wait(60000));
        QCOMPARE(ran.front().at(1).toString(), QString());
        QVERIFY2(view->model()->index(0, 3).data().toString().startsWith(QStringLiteral("done ")),
                 qPrintable(view->model()->index(0, 3).data().toString()));
        QCOMPARE(view->model()->index(0, 4).data().toString(), QStringLiteral("50"));
        QTRY_VERIFY(datasetNames().contains(QStringLiteral("반복")));

        {
            std::unique_ptr<Workspace> workspace;
            QVERIFY(Workspace::openExisting(m_path, workspace).ok());
            const auto broken = Schedule::make(
                QStringLiteral("broken"), 3600, std::nullopt,
                {QStringLiteral("import"), m_dir.filePath(QStringLiteral("missing.csv"))},
                QDateTime::currentDateTimeUtc());
            QVERIFY(ScheduleStore(workspace->database()).add(*broken).ok());
        }
        ran.clear();
        m_window->schedules()->runDue();
        QVERIFY(ran.wait(60000));
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                     QStringLiteral("A scheduled run failed: broken: ")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("broken"));
        QVERIFY(view->model()->index(0, 3).data().toString().startsWith(QStringLiteral("failed ")));
        QVERIFY(view->model()->index(0, 3).data(Qt::ForegroundRole).isValid());

        // The selected schedule's runs as a chart: one failed run, drawn full height in red.
        view->selectRow(0);
        ScheduleHistoryView *history = panel->history();
        QCOMPARE(history->runs().size(), 1);
        QCOMPARE(history->runs().front().status, QStringLiteral("failed"));
        const QImage drawn = history->grab().toImage();
        const int first = 4 + (history->width() - 8) / ScheduleHistoryView::kRuns / 2; // bar 1
        const QColor middle = drawn.pixelColor(first, drawn.height() / 2);
        QVERIFY2(middle.red() > 150 && middle.green() < 100, qPrintable(middle.name()));
        view->selectRow(1);
        QCOMPARE(history->runs().size(), 1);
        QCOMPARE(history->runs().front().rows, 50);
        QVERIFY(history->runAt(first) && !history->runAt(history->width() - 6));

        view->selectRow(0);
        QToolButton *pause = nullptr;
        for (QToolButton *b : panel->findChildren<QToolButton *>())
            if (b->text() == QStringLiteral("Pause"))
                pause = b;
        QVERIFY(pause && pause->isEnabled());
        pause->click();
        QCOMPARE(view->model()->index(0, 2).data().toString(), QStringLiteral("paused"));
    }

    void renameAndDeleteDataset() {
        importFixture(QStringLiteral("csv/semicolon.csv"), QStringLiteral("first"));
        WorkspaceController *workspace = m_window->workspace();
        QVERIFY(!workspace->rename(QStringLiteral("first"), QString()).ok());
        QVERIFY(workspace->rename(QStringLiteral("first"), QStringLiteral("둘째")).ok());
        QCOMPARE(datasetNames(), QStringList{QStringLiteral("둘째")});
        QVERIFY(m_window->selectDataset(QStringLiteral("둘째")));
        QCOMPARE(m_window->tableModel()->rowCount(), 50);
        QVERIFY(workspace->remove(QStringLiteral("둘째")).ok());
        QVERIFY(datasetNames().isEmpty());
        QCOMPARE(m_window->tableModel()->rowCount(), 0);
    }

    // Properties (Alt+Enter) corrects a column's role: saved in the catalog, and what the
    // dataset's next default chart is built from.
    void propertiesEditColumnRoles() {
        importFixture(QStringLiteral("csv/semicolon.csv"), QStringLiteral("roles"));
        QVERIFY(m_window->selectDataset(QStringLiteral("roles")));
        WorkspaceController *workspace = m_window->workspace();
        const auto before = workspace->find(QStringLiteral("roles"));
        QCOMPARE(ChartDefaults::timeColumn(*before)->name, QStringLiteral("when"));
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(Qt::ALT | Qt::Key_Return))
                action->trigger();
        }
        DatasetPropertiesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<DatasetPropertiesDialog *>()));
        auto *schema = dialog->findChild<QTableWidget *>();
        int row = 0;
        while (schema->item(row, 0)->text() != QStringLiteral("when"))
            ++row;
        auto *role = qobject_cast<QComboBox *>(schema->cellWidget(row, 2));
        QVERIFY(role);
        role->setCurrentIndex(role->findData(int(ColumnRole::Category)));
        const auto after = workspace->find(QStringLiteral("roles"));
        QCOMPARE(after->columns[row].role, ColumnRole::Category);
        QVERIFY(!ChartDefaults::timeColumn(*after));
        QCOMPARE(m_window->currentDataset(), QStringLiteral("roles"));
        dialog->close();
    }

    // Measures read grouped, ids as written, columns as wide as their values; Ctrl+End and
    // Ctrl+Home land on rows not read yet, and the side panel shows the cell once it is in.
    void tableFormatsAndFollowsTheKeys() {
        // 20,000 rows: far more than the first pages the table reads.
        QFile csv(m_dir.filePath(QStringLiteral("long.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("id,when,amount,note\n");
        for (int i = 0; i < 20000; ++i)
            csv.write(QStringLiteral("%1,2021-03-24 10:%2:00,%3.25,row %1\n")
                          .arg(i)
                          .arg(i % 60, 2, 10, QLatin1Char('0'))
                          .arg(1000 + i)
                          .toUtf8());
        csv.close();
        drop({csv.fileName()});
        ImportDialog *dialog = dialogWithPreview();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("dataset"))->setText(QStringLiteral("table"));
        QVERIFY(importWith(dialog).first.ok());
        DatasetTableModel *model = m_window->tableModel();
        QTRY_VERIFY(model->rowsFetched() > 0);
        QVERIFY(model->rowsFetched() < 20000);
        QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("1,000.25"));
        QCOMPARE(model->index(0, 2).data(Qt::EditRole).toDouble(), 1000.25);
        QTableView *table = m_window->tableView()->table();
        const QFontMetrics metrics(table->font());
        QTRY_VERIFY(table->columnWidth(1) >=
                    metrics.horizontalAdvance(QStringLiteral("2021-03-24 10:00:00")));

        auto *panel = m_window->tableView()->findChild<QPlainTextEdit *>();
        table->setFocus();
        table->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(table->currentIndex().row(), model->rowCount() - 1);
        QTRY_COMPARE(panel->toPlainText(), QStringLiteral("row 19999"));
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        QTRY_COMPARE(panel->toPlainText(), QStringLiteral("0"));
    }

    // The default size is for a desktop screen; a smaller one (or QT_SCALE_FACTOR=2, which
    // halves the screen in logical pixels) gets a window that fits it.
    void windowOpensWithinTheScreen() {
        MainWindow window(*m_appearance);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect room = window.screen()->availableGeometry();
        QVERIFY2(room.contains(window.geometry()), qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                                                  .arg(window.width())
                                                                  .arg(window.height())
                                                                  .arg(room.width())
                                                                  .arg(room.height())));
    }

    // A filter says how many rows match of how many; another dataset starts unsorted at its
    // top.
    void filterCountsAndSwitchingResets() {
        importFixture(QStringLiteral("csv/semicolon.csv"), QStringLiteral("first"));
        importFixture(QStringLiteral("csv/semicolon.csv"), QStringLiteral("second"));
        QVERIFY(m_window->selectDataset(QStringLiteral("first")));
        QTableView *table = m_window->tableView()->table();
        table->sortByColumn(0, Qt::DescendingOrder);
        QTRY_VERIFY(!m_window->tableModel()->isLoading());
        table->scrollToBottom();
        QTest::keyClicks(m_window->tableView()->findChild<QLineEdit *>(),
                         QStringLiteral("2021-03-25"));
        QLabel *size = nullptr;
        for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
            if (label->text().startsWith(QStringLiteral("first:")))
                size = label;
        QVERIFY(size);
        QTRY_COMPARE(size->text(), QStringLiteral("first: 24 of 50 rows × 4 columns"));
        QCOMPARE(m_window->tableModel()->rowCount(), 24);

        QVERIFY(m_window->selectDataset(QStringLiteral("second")));
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), -1);
        QCOMPARE(table->verticalScrollBar()->value(), 0);
        QCOMPARE(m_window->tableModel()->rowCount(), 50);
        QCOMPARE(size->text(), QStringLiteral("second: 50 rows × 4 columns"));
    }

    // Help lists every shortcut of the window's menus, read from the actions themselves.
    void helpListsTheShortcuts() {
        auto *help = m_window->findChild<HelpMenu *>();
        QVERIFY(help);
        const auto rows = help->shortcuts();
        const auto has = [&rows](const QString &action, const QKeySequence &keys) {
            return rows.contains({action, keys.toString(QKeySequence::NativeText)});
        };
        QVERIFY(has(QStringLiteral("Save dashboard"), QKeySequence::Save));
        QVERIFY(has(QStringLiteral("Save dashboard as"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
        QVERIFY(
            has(QStringLiteral("New chart of this dataset"), QKeySequence(Qt::CTRL | Qt::Key_G)));
        QVERIFY(has(QStringLiteral("Keyboard shortcuts"), QKeySequence::HelpContents));
        QVERIFY(has(QStringLiteral("Undo"), QKeySequence(Qt::CTRL | Qt::Key_Z)));

        // No key is taken twice: Qt fires neither of two actions that share one.
        QHash<QString, QString> owner;
        for (const auto &[action, keys] : rows) {
            for (const QString &key : keys.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
                QVERIFY2(!owner.contains(key),
                         qPrintable(QStringLiteral("%1: %2 and %3").arg(key, owner[key], action)));
                owner.insert(key, action);
            }
        }
    }

    // Help → User guide shows the README's walk-throughs, without its picture lines.
    void helpShowsTheGuide() {
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("User &guide"))
                action->trigger();
        }
        QDialog *guide = nullptr;
        QTRY_VERIFY((guide = m_window->findChild<QDialog *>(QStringLiteral("guide"))));
        const QString text = guide->findChild<QTextBrowser *>()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Charts and dashboards")));
        QVERIFY(text.contains(QStringLiteral("Fetching from the web")));
        QVERIFY(!guide->findChild<QTextBrowser *>()->toMarkdown().contains(QStringLiteral("![")));
        guide->close();
    }

    void copyAndSqlConsole() {
        importFixture(QStringLiteral("csv/reviews_cp949.csv"), QStringLiteral("리뷰"));
        QTableView *table = m_window->tableView()->table();
        QTRY_VERIFY(!m_window->tableModel()->isLoading());
        table->selectionModel()->select(QItemSelection(m_window->tableModel()->index(0, 0),
                                                       m_window->tableModel()->index(1, 1)),
                                        QItemSelectionModel::Select);
        m_window->tableView()->copySelection();
        const QStringList lines = QApplication::clipboard()->text().split(u'\n');
        QCOMPARE(lines.value(0), QStringLiteral("리뷰ID\t영화"));
        QCOMPARE(lines.value(1).split(u'\t').size(), 2);

        SqlConsole console(m_window->workspace()->path());
        QSignalSpy done(&console, &SqlConsole::finished);
        console.setQuery(QStringLiteral("SELECT count(*) AS n, max(평점) FROM 리뷰"));
        console.run();
        QVERIFY(done.wait(10000));
        QVERIFY(done.front().at(0).toBool());
        QCOMPARE(console.results()->item(0, 0)->text(), QStringLiteral("300"));
        QCOMPARE(console.results()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("n"));
        // Read-only: a write is refused with the database's message.
        console.setQuery(QStringLiteral("DELETE FROM 리뷰"));
        console.run();
        QVERIFY(done.wait(10000));
        QVERIFY(!done.back().at(0).toBool());
        QCOMPARE(m_window->workspace()->find(QStringLiteral("리뷰"))->rowCount, qint64(300));
        // An endless query stops at Cancel, and the console runs again afterwards.
        console.setQuery(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                                        "FROM c) SELECT max(x) FROM c"));
        console.run();
        QTest::qWait(200);
        console.cancel();
        QVERIFY(done.wait(10000));
        QVERIFY(!done.back().at(0).toBool());
        console.setQuery(QStringLiteral("SELECT 1 AS one"));
        console.run();
        QVERIFY(done.wait(10000));
        QVERIFY(done.back().at(0).toBool());
        QCOMPARE(console.results()->item(0, 0)->text(), QStringLiteral("1"));
    }

    void progressTracksSeveralJobs() {
        JobProgress progress;
        int cancelled = 0;
        const int import = progress.start(QStringLiteral("import"), [&cancelled] { ++cancelled; });
        const int exportId =
            progress.start(QStringLiteral("export"), [&cancelled] { ++cancelled; });
        progress.setProgress(import, 50, 100);
        QVERIFY(progress.isRunning());
        // A fetch whose request failed says it tries again (the newest job is shown); the bar
        // turns busy until it moves.
        auto *bar = progress.findChild<QProgressBar *>();
        auto *title = progress.findChild<QLabel *>();
        progress.setRetrying(exportId, 1, 5, 3500);
        QCOMPARE(
            title->text(),
            QStringLiteral("export: no answer; trying again in 4 s (try 2 of 5) (and 1 more)"));
        QCOMPARE(bar->maximum(), 0);
        progress.setProgress(exportId, 60, 100);
        QCOMPARE(bar->maximum(), 1000);
        QCOMPARE(bar->value(), 600);
        progress.finish(exportId);
        QVERIFY(progress.isRunning());
        progress.cancel();
        QCOMPARE(cancelled, 1); // only the import still ran
        progress.finish(import);
        QVERIFY(!progress.isRunning());
        QVERIFY(progress.isHidden());
    }

    void themeSwitchApplies() {
        m_appearance->setTheme(Appearance::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 180);
        m_appearance->setTheme(Appearance::Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        m_appearance->setTheme(Appearance::Theme::System);
        QCOMPARE(m_appearance->theme(), Appearance::Theme::System);
    }

    void languageSwitchApplies() {
        QMenu *file = m_window->menuBar()->findChildren<QMenu *>().front();
        QCOMPARE(file->title(), QStringLiteral("&File"));
        // QApplication posts LanguageChange to the windows: the switch lands on the next loop.
        QVERIFY(m_appearance->setLanguage(QStringLiteral("ko")));
        QTRY_COMPARE(file->title(), QStringLiteral("파일(&F)"));
        QCOMPARE(m_window->tableView()->findChild<QLineEdit *>()->placeholderText(),
                 QStringLiteral("행 필터 (어느 열이든 포함하는 값…)"));
        // The engine's messages too, from free functions and nested classes alike: each is
        // looked up under the context lupdate filed it in.
        ChartSpec spec;
        const auto refusal = [&spec](const char *json) {
            return ChartSpec::fromJson(QJsonDocument::fromJson(json).object(), spec).message();
        };
        QCOMPARE(refusal(R"({"dataset": "d", "x": {"column": "c"}, "filters": [{"column": "c",
                            "op": "in", "value": []}]})"),
                 QStringLiteral("차트 정의: \"filters[0].value\"은(는) 값의 목록이어야 합니다"));
        QVERIFY(refusal(R"({"dataset": "d", "x": {"column": "c"}, "bins": "many"})")
                    .startsWith(QStringLiteral("차트 정의:")));
        QVERIFY(m_appearance->setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(file->title(), QStringLiteral("&File"));
        QVERIFY(!m_appearance->setLanguage(QStringLiteral("xx")));
    }

    void screenshotFromTheCommandLine() {
        QProcess demo;
        const QString workspace = m_dir.filePath(QStringLiteral("demo.trendlens"));
        demo.start(QStringLiteral(TL_BINARY),
                   {QStringLiteral("demo"), QStringLiteral("-w"), workspace});
        QVERIFY(demo.waitForFinished(60000));
        QCOMPARE(demo.exitCode(), 0);
        for (const QString &lang : {QStringLiteral("ko"), QStringLiteral("en")}) {
            const QString png = m_dir.filePath(QStringLiteral("shot_%1.png").arg(lang));
            QProcess shot;
            shot.start(QStringLiteral(TL_BINARY),
                       {workspace, QStringLiteral("--screenshot"), png, QStringLiteral("--size"),
                        QStringLiteral("900x600"), QStringLiteral("--lang"), lang,
                        QStringLiteral("--dataset"), QStringLiteral("imdb_reviews")});
            QVERIFY(shot.waitForFinished(60000));
            QCOMPARE(shot.exitCode(), 0);
            const QImage image(png);
            QCOMPARE(image.size(), QSize(900, 600));
        }
        // With --import the picture is the import dialog, once its preview is in.
        const QString dialogPng = m_dir.filePath(QStringLiteral("import.png"));
        QProcess dialogShot;
        dialogShot.start(QStringLiteral(TL_BINARY),
                         {workspace, QStringLiteral("--import"),
                          fixture(QStringLiteral("csv/reviews_euckr.tsv")),
                          QStringLiteral("--screenshot"), dialogPng});
        QVERIFY(dialogShot.waitForFinished(60000));
        QCOMPARE(dialogShot.exitCode(), 0);
        QCOMPARE(QImage(dialogPng).size(), QSize(1000, 720));

        // With --fetch the picture is the fetch dialog, its form generated for that source.
        const QString fetchPng = m_dir.filePath(QStringLiteral("fetch.png"));
        QProcess fetchShot;
        fetchShot.start(QStringLiteral(TL_BINARY),
                        {workspace, QStringLiteral("--fetch"), QStringLiteral("x-stream"),
                         QStringLiteral("--lang"), QStringLiteral("ko"),
                         QStringLiteral("--screenshot"), fetchPng});
        QVERIFY(fetchShot.waitForFinished(60000));
        QCOMPARE(fetchShot.exitCode(), 0);
        QVERIFY(QImage(fetchPng).width() >= 480);
        QProcess unknownSource;
        unknownSource.start(QStringLiteral(TL_BINARY),
                            {workspace, QStringLiteral("--fetch"), QStringLiteral("nope"),
                             QStringLiteral("--screenshot"), fetchPng});
        QVERIFY(unknownSource.waitForFinished(60000));
        QCOMPARE(unknownSource.exitCode(), 2);

        QProcess missing;
        missing.start(QStringLiteral(TL_BINARY),
                      {workspace, QStringLiteral("--screenshot"),
                       m_dir.filePath(QStringLiteral("x.png")), QStringLiteral("--dataset"),
                       QStringLiteral("nope")});
        QVERIFY(missing.waitForFinished(60000));
        QCOMPARE(missing.exitCode(), 2);
        QVERIFY(missing.readAllStandardError().contains("no dataset named 'nope'"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

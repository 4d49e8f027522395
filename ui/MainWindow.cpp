#include "MainWindow.h"

#include "analysis/QueryBuilder.h"
#include "core/WallClock.h"
#include "engine/Engine.h"
#include "models/DatasetTableModel.h"
#include "models/RunLogModel.h"
#include "models/ScheduleListModel.h"
#include "ui/Appearance.h"
#include "ui/ConnectionsPanel.h"
#include "ui/DashboardTabs.h"
#include "ui/DatasetPropertiesDialog.h"
#include "ui/DatasetTableView.h"
#include "ui/ExportController.h"
#include "ui/FetchController.h"
#include "ui/HelpMenu.h"
#include "ui/ImportController.h"
#include "ui/JobProgress.h"
#include "ui/PublishController.h"
#include "ui/ScheduleController.h"
#include "ui/SchedulesPanel.h"
#include "ui/ScoreController.h"
#include "ui/SessionState.h"
#include "ui/SqlConsole.h"
#include "ui/TimeZoneMenu.h"
#include "ui/WorkspaceController.h"
#include "ui/chart/DashboardView.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

namespace tl {

MainWindow::MainWindow(Appearance &appearance, QWidget *parent)
    : QMainWindow(parent)
    , m_appearance(appearance)
    , m_workspace(new WorkspaceController(this))
    , m_model(new DatasetTableModel(this))
    , m_progress(new JobProgress(this))
    , m_imports(new ImportController(*m_workspace, *m_progress, this))
    , m_exports(new ExportController(*m_workspace, *m_progress, this))
    , m_fetches(new FetchController(*m_workspace, *m_progress, this))
    , m_scores(new ScoreController(*m_workspace, *m_progress, this))
    , m_runLog(new RunLogModel(this))
    , m_scheduleList(new ScheduleListModel(this))
    , m_schedules(new ScheduleController(this))
    , m_publishes(new PublishController(*m_workspace, *m_progress, this))
    , m_datasets(new QTreeView(this))
    , m_tableView(new DatasetTableView(m_model, this))
    , m_dashboards(new DashboardTabs(*m_workspace, m_tableView, this))
    , m_pathLabel(new QLabel(this))
    , m_sizeLabel(new QLabel(this)) {
    setAcceptDrops(true);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_datasets->setModel(m_workspace->catalog());
    m_datasets->setRootIsDecorated(false);
    m_datasets->setUniformRowHeights(true);
    m_datasets->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_datasets->header()->setStretchLastSection(false);
    m_datasets->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_datasets->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Left: datasets over dashboards. Right: the data tab and a tab per open dashboard.
    auto *left = new QSplitter(Qt::Vertical, splitter);
    left->addWidget(m_datasets);
    left->addWidget(m_dashboards->list());
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    splitter->addWidget(left);
    splitter->addWidget(m_dashboards->tabs());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({320, 1040});
    setCentralWidget(splitter);

    // The run log: imports and fetches, newest first; failures in red.
    m_runLogDock = new QDockWidget(this);
    m_runLogDock->setObjectName(QStringLiteral("runLog"));
    auto *runLogView = new QTableView(m_runLogDock);
    runLogView->setModel(m_runLog);
    runLogView->horizontalHeader()->setStretchLastSection(true);
    runLogView->verticalHeader()->hide();
    m_runLogDock->setWidget(runLogView);
    addDockWidget(Qt::BottomDockWidgetArea, m_runLogDock);
    m_runLogDock->hide();
    // The schedules, run by this window while it is open.
    m_schedulesDock = new QDockWidget(this);
    m_schedulesDock->setObjectName(QStringLiteral("schedules"));
    m_schedulesPanel = new SchedulesPanel(*m_scheduleList, *m_schedules, m_schedulesDock);
    m_schedulesDock->setWidget(m_schedulesPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_schedulesDock);
    tabifyDockWidget(m_runLogDock, m_schedulesDock);
    m_schedulesDock->hide();
    connect(m_schedules, &ScheduleController::ran, this, &MainWindow::scheduledRunsEnded);
    // The team's databases and their tables, beside the workspace's own datasets.
    m_connectionsDock = new QDockWidget(this);
    m_connectionsDock->setObjectName(QStringLiteral("connections"));
    m_connections = new ConnectionsPanel(*m_workspace, m_connectionsDock);
    m_connectionsDock->setWidget(m_connections);
    addDockWidget(Qt::LeftDockWidgetArea, m_connectionsDock);
    resizeDocks({m_connectionsDock}, {240}, Qt::Horizontal);
    m_connectionsDock->hide();
    connect(m_connections, &ConnectionsPanel::chartRequested, this,
            [this](const DatasetInfo &info) { m_dashboards->newChart(info); });
    connect(m_connections, &ConnectionsPanel::message, this, &MainWindow::report);
    connect(m_connections, &ConnectionsPanel::connectionAdded, m_connectionsDock, &QWidget::show);

    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addWidget(m_sizeLabel);
    statusBar()->addPermanentWidget(m_progress);

    createActions();
    createMenus();
    retranslate();

    connect(m_datasets->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const DatasetInfo *info = m_workspace->catalog()->datasetAt(current.row());
                showDataset(info ? info->name : QString());
            });
    connect(m_runLog, &RunLogModel::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_workspace, &WorkspaceController::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_workspace, &WorkspaceController::catalogChanged, this, [this] {
        // The catalog model was reset: keep the shown dataset selected, refreshed.
        const QString shown = m_model->dataset().name;
        if (!selectDataset(shown))
            showDataset(QString());
        updateStatus();
    });
    connect(m_workspace, &WorkspaceController::opened, this, [this](const QString &path) {
        // A workspace with team databases shows them when it opens (and not again, once
        // closed, on every reload).
        if (!m_workspace->connections().isEmpty())
            m_connectionsDock->show();
        m_runLog->setWorkspace(path);
        m_scheduleList->setWorkspace(path);
        m_schedulesPanel->setWorkspace(path);
        m_schedules->setWorkspace(path);
        updateRecentMenu();
        updateStatus();
    });
    connect(
        m_imports, &ImportController::finished, this,
        [this](const Status &status, const ImportResult &result) {
            if (!status) {
                report(status, {});
                return;
            }
            selectDataset(result.dataset);
            QString message =
                tr("Imported %1 rows into %2").arg(QLocale().toString(result.rows), result.dataset);
            if (result.skipped > 0)
                message += u' ' + tr("(%1 records skipped: %2)")
                                      .arg(result.skipped)
                                      .arg(result.problems.join(QStringLiteral("; ")));
            statusBar()->showMessage(message, 10000);
        });
    connect(m_fetches, &FetchController::finished, this,
            [this](const Status &status, const QString &message) {
                m_runLog->refresh();
                if (!status)
                    m_runLogDock->show(); // a failed run, at a glance
                report(status, message);
            });
    // A live stream: its charts redraw as tweets arrive, and its run shows its rows so far.
    connect(m_fetches, &FetchController::datasetGrew, this, [this](const QString &dataset) {
        // A stream's first batch creates its dataset: list it now, so it can be charted
        // while the stream runs.
        if (m_workspace->catalog()->rowOf(dataset) < 0)
            m_workspace->refresh();
        m_dashboards->refreshDataset(dataset);
        m_runLog->refresh();
    });
    connect(m_imports, &ImportController::finished, m_runLog, &RunLogModel::refresh);
    connect(m_exports, &ExportController::finished, this,
            [this](const Status &status, const QString &message) { report(status, message); });
    connect(m_publishes, &PublishController::finished, this,
            [this](const Status &status, const QString &message) {
                m_runLog->refresh();
                report(status, message);
                if (status) // the server's tables now include it
                    m_workspace->reloadRemote();
            });
    connect(m_scores, &ScoreController::finished, this,
            [this](const Status &status, const QString &dataset, const QString &message) {
                // New columns and scores: the table and the dataset's charts read them again.
                if (currentDataset() == dataset)
                    showDataset(dataset);
                m_dashboards->refreshDataset(dataset);
                m_runLog->refresh();
                // A failure reopens the dialog with its message; Cancel and success are said
                // in the status bar.
                if (status || status.kind() == ErrorKind::Cancelled)
                    report(status, message);
            });
    connect(m_dashboards, &DashboardTabs::rowsRequested, this, &MainWindow::showRowsBehind);
    connect(m_dashboards, &DashboardTabs::message, this, &MainWindow::report);
    // "375 of 6,000 rows" once a filter's count is in.
    connect(m_model, &DatasetTableModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_model, &DatasetTableModel::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(&m_appearance, &Appearance::themeChanged, this, [this](Appearance::Theme theme) {
        (theme == Appearance::Theme::Dark    ? m_darkTheme
         : theme == Appearance::Theme::Light ? m_lightTheme
                                             : m_systemTheme)
            ->setChecked(true);
    });
    // Timestamps are drawn and listed in the chosen zone: redraw what shows them.
    connect(&m_appearance, &Appearance::timeZoneChanged, this, [this] {
        m_dashboards->refreshDataset({});
        m_model->refreshDisplay();
    });
    resize(1360, 820);
}

MainWindow::~MainWindow() = default;

void MainWindow::showEvent(QShowEvent *event) {
    // The first time, within the screen: a laptop at 1366×768, or any screen at
    // QT_SCALE_FACTOR=2, has less room than the default size.
    if (!std::exchange(m_placed, true) && screen()) {
        const QRect room = screen()->availableGeometry();
        if (width() > room.width() || height() > room.height()) {
            resize(std::min(width(), room.width() * 9 / 10),
                   std::min(height(), room.height() * 9 / 10));
            move(room.center() - rect().center());
        }
    }
    QMainWindow::showEvent(event);
}

void MainWindow::createActions() {
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseWorkspace);
    m_importAction = new QAction(style()->standardIcon(QStyle::SP_ArrowDown), QString(), this);
    m_importAction->setShortcut(Qt::CTRL | Qt::Key_I);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseFilesToImport);
    m_fetchAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), QString(), this);
    m_fetchAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    connect(m_fetchAction, &QAction::triggered, m_fetches, [this] { m_fetches->chooseAndFetch(); });
    m_exportAction =
        new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), QString(), this);
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (!currentDataset().isEmpty())
            m_exports->exportDataset(currentDataset());
    });
    m_sqlAction =
        new QAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), QString(), this);
    m_sqlAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    connect(m_sqlAction, &QAction::triggered, this, &MainWindow::openSqlConsole);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_renameAction = new QAction(this);
    m_renameAction->setShortcut(Qt::Key_F2);
    connect(m_renameAction, &QAction::triggered, this, &MainWindow::renameDataset);
    m_deleteAction = new QAction(this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteDataset);
    m_propertiesAction = new QAction(this);
    m_propertiesAction->setShortcut(Qt::ALT | Qt::Key_Return);
    connect(m_propertiesAction, &QAction::triggered, this, &MainWindow::showProperties);
    m_scoreAction = new QAction(this);
    connect(m_scoreAction, &QAction::triggered, this,
            [this] { m_scores->scoreDataset(currentDataset()); });
    m_publishAction = new QAction(this);
    connect(m_publishAction, &QAction::triggered, this, [this] {
        if (!currentDataset().isEmpty())
            m_publishes->publishDataset(currentDataset());
    });
    m_datasets->addActions({m_renameAction, m_deleteAction, m_propertiesAction});

    m_themes = new QActionGroup(this);
    m_systemTheme = m_themes->addAction(QString());
    m_lightTheme = m_themes->addAction(QString());
    m_darkTheme = m_themes->addAction(QString());
    const QList<std::pair<QAction *, Appearance::Theme>> themes{
        {m_systemTheme, Appearance::Theme::System},
        {m_lightTheme, Appearance::Theme::Light},
        {m_darkTheme, Appearance::Theme::Dark}};
    for (const auto &[action, theme] : themes) {
        action->setCheckable(true);
        action->setChecked(m_appearance.theme() == theme);
        connect(action, &QAction::triggered, this,
                [this, theme = theme] { m_appearance.setTheme(theme); });
    }

    m_languages = new QActionGroup(this);
    // Language names are written in their own language, so they are never translated.
    const QList<std::pair<QString, QString>> languages{
        {QStringLiteral("ko"), QStringLiteral("한국어")},
        {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : languages) {
        QAction *action = m_languages->addAction(name);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(m_appearance.language() == code);
        connect(action, &QAction::triggered, this,
                [this, code = code] { m_appearance.setLanguage(code); });
    }
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_fetchAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_sqlAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_datasetMenu = menuBar()->addMenu(QString());
    m_datasetMenu->addActions({m_renameAction, m_deleteAction, m_propertiesAction});
    m_datasetMenu->addSeparator();
    m_datasetMenu->addAction(m_scoreAction);
    m_datasetMenu->addAction(m_publishAction);

    m_chartMenu = menuBar()->addMenu(QString());
    m_chartMenu->addActions(m_dashboards->actions());

    m_viewMenu = menuBar()->addMenu(QString());
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->addActions(m_themes->actions());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languages->actions());
    m_timeZoneMenu = new TimeZoneMenu(m_viewMenu->addMenu(QString()), m_appearance, this);
    m_viewMenu->addAction(m_runLogDock->toggleViewAction());
    m_viewMenu->addAction(m_schedulesDock->toggleViewAction());
    m_viewMenu->addAction(m_connectionsDock->toggleViewAction());
    m_help = new HelpMenu(menuBar()->addMenu(QString()), this);

    auto *toolbar = addToolBar(QStringLiteral("main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addActions({m_importAction, m_fetchAction, m_exportAction, m_sqlAction});
    toolbar->addSeparator();
    toolbar->addAction(m_dashboards->newChartAction());
    updateRecentMenu();
}

void MainWindow::retranslate() {
    setWindowTitle(m_workspace->isOpen()
                       ? tr("%1 — Trendlens").arg(QFileInfo(m_workspace->path()).fileName())
                       : QStringLiteral("Trendlens"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_datasetMenu->setTitle(tr("&Dataset"));
    m_chartMenu->setTitle(tr("&Chart"));
    m_dashboards->retranslate();
    m_viewMenu->setTitle(tr("&View"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_languageMenu->setTitle(tr("&Language"));
    m_timeZoneMenu->retranslate();
    m_help->retranslate();
    m_newAction->setText(tr("&New workspace…"));
    m_openAction->setText(tr("&Open workspace…"));
    m_importAction->setText(tr("&Import…"));
    m_importAction->setToolTip(tr("Import CSV, TSV, JSON or NDJSON files (or drop them here)"));
    m_fetchAction->setText(tr("&Fetch from the web…"));
    m_fetchAction->setToolTip(tr("KOBIS box office, MapleStory ranking"));
    m_runLogDock->setWindowTitle(tr("Run log"));
    m_schedulesDock->setWindowTitle(tr("Schedules"));
    m_exportAction->setText(tr("&Export dataset…"));
    m_sqlAction->setText(tr("&SQL console…"));
    m_quitAction->setText(tr("&Quit"));
    m_renameAction->setText(tr("&Rename…"));
    m_deleteAction->setText(tr("&Delete…"));
    m_propertiesAction->setText(tr("&Properties"));
    m_scoreAction->setText(tr("Add &score column…"));
    m_publishAction->setText(tr("&Publish to a team database…"));
    m_connectionsDock->setWindowTitle(tr("Team databases"));
    m_scoreAction->setToolTip(
        tr("Score a text column: sentiment, dictionary words or your own model"));
    m_systemTheme->setText(tr("&System"));
    m_lightTheme->setText(tr("&Light"));
    m_darkTheme->setText(tr("&Dark"));
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        for (QAction *action : m_languages->actions())
            action->setChecked(action->data().toString() == m_appearance.language());
    }
    QMainWindow::changeEvent(event);
}

Status MainWindow::openWorkspace(const QString &path) {
    // The open dashboards belong to the workspace being left: each unsaved one asks first.
    saveSession();
    if (!m_dashboards->closeAll())
        return Status::cancelled(tr("the workspace stays open"));
    Status status = m_workspace->open(path);
    if (status) {
        retranslate();
        if (m_workspace->catalog()->rowCount() > 0)
            m_datasets->setCurrentIndex(m_workspace->catalog()->index(0, 0));
    }
    return status;
}

void MainWindow::restoreSession() {
    const SessionState state = SessionState::load(m_workspace->path());
    selectDataset(state.dataset);
    m_dashboards->reopen(state.dashboards, state.front);
}

void MainWindow::openAsLeft(const QString &path) {
    const Status status = openWorkspace(path);
    if (status)
        restoreSession();
    report(status, {});
}

void MainWindow::saveSession() const {
    if (m_workspace->path().isEmpty())
        return;
    // An unsaved dashboard in front cannot come back: the data tab will be in front instead.
    const DashboardView *front = m_dashboards->currentDashboard();
    SessionState{currentDataset(), m_dashboards->openStoredNames(),
                 front && front->isStored() ? front->name() : QString()}
        .save(m_workspace->path());
}

bool MainWindow::selectDataset(const QString &name) {
    const int row = m_workspace->catalog()->rowOf(name);
    if (row < 0 || name.isEmpty())
        return false;
    m_datasets->setCurrentIndex(m_workspace->catalog()->index(row, 0));
    showDataset(name);
    return true;
}

QString MainWindow::currentDataset() const {
    return m_model->dataset().name;
}

void MainWindow::showDataset(const QString &name) {
    const auto info = name.isEmpty() ? std::nullopt : m_workspace->find(name);
    const bool same = info && m_model->dataset().name == info->name &&
                      m_model->dataset().rowCount == info->rowCount &&
                      m_model->dataset().updatedAt == info->updatedAt;
    if (!same) {
        // Another dataset starts at its top, in its own order.
        m_tableView->clearFilter();
        m_tableView->table()->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_tableView->table()->scrollToTop();
        m_tableView->fitColumnsToNextRows();
        if (info)
            m_model->setDataset(m_workspace->path(), *info);
        else
            m_model->clear();
    }
    m_dashboards->setCurrentDataset(info ? info->name : QString());
    const bool has = info.has_value();
    for (QAction *a :
         {m_exportAction, m_renameAction, m_deleteAction, m_propertiesAction, m_scoreAction})
        a->setEnabled(has);
    updateStatus();
}

void MainWindow::updateStatus() {
    m_pathLabel->setText(m_workspace->isOpen() ? m_workspace->path() : tr("No workspace open"));
    const DatasetInfo &info = m_model->dataset();
    if (info.name.isEmpty())
        m_sizeLabel->clear();
    else if (!m_model->isFiltered())
        m_sizeLabel->setText(tr("%1: %2 rows × %3 columns")
                                 .arg(info.name, QLocale().toString(info.rowCount))
                                 .arg(info.columns.size()));
    else if (m_model->isCounting())
        m_sizeLabel->setText(tr("%1: counting the rows that match…").arg(info.name));
    else
        m_sizeLabel->setText(tr("%1: %2 of %3 rows × %4 columns")
                                 .arg(info.name, QLocale().toString(m_model->rowCount()),
                                      QLocale().toString(info.rowCount))
                                 .arg(info.columns.size()));
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    for (const QString &path : m_workspace->recentWorkspaces()) {
        QAction *action = m_recentMenu->addAction(path);
        connect(action, &QAction::triggered, this, [this, path] { openAsLeft(path); });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::newWorkspace() {
    const QString path = QFileDialog::getSaveFileName(this, tr("New workspace"), QString(),
                                                      tr("Trendlens workspaces (*.trendlens)"));
    if (path.isEmpty())
        return;
    const QString file =
        path.endsWith(QLatin1String(".trendlens")) ? path : path + QStringLiteral(".trendlens");
    openAsLeft(file);
}

void MainWindow::chooseWorkspace() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(),
                                                      tr("Trendlens workspaces (*.trendlens)"));
    if (!path.isEmpty())
        openAsLeft(path);
}

void MainWindow::chooseFilesToImport() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import files"), QString(),
        tr("Data files (*.csv *.tsv *.txt *.json *.ndjson *.jsonl);;All files (*)"));
    if (!files.isEmpty())
        m_imports->enqueue(files);
}

void MainWindow::renameDataset() {
    const QString name = currentDataset();
    if (name.isEmpty())
        return;
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Rename dataset"), tr("New name:"),
                                             QLineEdit::Normal, name, &ok)
                           .trimmed();
    if (!ok || to.isEmpty() || to == name)
        return;
    const Status status = m_workspace->rename(name, to);
    if (status)
        selectDataset(to);
    report(status, {});
}

void MainWindow::deleteDataset() {
    const QString name = currentDataset();
    if (name.isEmpty())
        return;
    const auto answer =
        QMessageBox::question(this, tr("Delete dataset"),
                              tr("Delete the dataset %1 and its %2 rows? This cannot be undone.")
                                  .arg(name, QLocale().toString(m_model->dataset().rowCount)),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        report(m_workspace->remove(name), tr("Deleted %1").arg(name));
}

void MainWindow::showProperties() {
    if (const auto info = m_workspace->find(currentDataset())) {
        auto *dialog = new DatasetPropertiesDialog(*info, m_workspace->scoreColumns(*info), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &DatasetPropertiesDialog::roleChosen, this,
                [this, name = info->name](const QString &column, ColumnRole role) {
                    report(m_workspace->setColumnRole(name, column, role), {});
                });
        dialog->open();
    }
}

void MainWindow::openSqlConsole() {
    if (!m_workspace->isOpen())
        return;
    auto *console = new SqlConsole(m_workspace->path(), this);
    console->setAttribute(Qt::WA_DeleteOnClose);
    if (!currentDataset().isEmpty())
        console->setQuery(QStringLiteral("SELECT * FROM \"%1\" LIMIT 100")
                              .arg(QString(currentDataset()).replace(u'"', QLatin1String("\"\""))));
    console->show();
}

void MainWindow::showRowsBehind(const ChartSpec &spec, const QString &key, const QString &series) {
    const auto info = m_workspace->find(spec.dataset);
    if (!info)
        return;
    SqlFragment condition;
    const auto engine = Engine::forWorkspace(m_workspace->path());
    // The chart was drawn in the zone the window shows, and redrawn when that changed.
    const QueryBuilder query(engine->dialect(), *info, DisplayClock::current().zoneId());
    if (Status s = query.rowsBehind(spec, key, series, condition); !s) {
        report(s, {});
        return;
    }
    selectDataset(spec.dataset);
    m_dashboards->tabs()->setCurrentIndex(0);
    m_model->setCondition(condition,
                          series.isEmpty() ? key : QStringLiteral("%1 · %2").arg(key, series));
}

void MainWindow::report(const Status &status, const QString &success) {
    if (status) {
        if (!success.isEmpty())
            statusBar()->showMessage(success, 10000);
        return;
    }
    if (status.kind() == ErrorKind::Cancelled) {
        statusBar()->showMessage(status.message(), 10000);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Trendlens"), status.message(),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    }
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    m_imports->enqueue(files);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSession();
    if (!m_dashboards->closeAll()) {
        event->ignore();
        return;
    }
    if (m_progress->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Work is running"),
            tr("An import or export is still running. Cancel it and quit? Nothing of it will "
               "be written."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        // Background work must end before the window (and its threads' owners) go.
        m_progress->cancel();
        while (m_progress->isRunning())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::scheduledRunsEnded(const QList<ScheduleOutcome> &outcomes, const QString &error) {
    m_scheduleList->refresh();
    if (!error.isEmpty())
        statusBar()->showMessage(error, 10000);
    if (outcomes.isEmpty())
        return;
    m_runLog->refresh();
    m_workspace->refresh(); // new rows: the catalog and open charts
    QStringList failures;
    for (const ScheduleOutcome &o : outcomes) {
        if (o.ran && !o.ok)
            failures.append(tr("%1: %2").arg(o.name, o.error));
    }
    if (failures.isEmpty())
        return;
    // A failed unattended run should not wait to be noticed.
    statusBar()->showMessage(tr("A scheduled run failed: %1").arg(failures.join(u"; ")), 30000);
    m_schedulesDock->show();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(tr("A scheduled run failed"), failures.join(u'\n'),
                            QSystemTrayIcon::Warning);
    }
}

} // namespace tl

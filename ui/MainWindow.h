#pragma once

#include "analysis/ChartSpec.h"
#include "core/Status.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QSystemTrayIcon;
class QTreeView;

namespace tl {

class Appearance;
class DatasetTableModel;
class DashboardTabs;
class HelpMenu;
class TimeZoneMenu;
class DatasetTableView;
class ExportController;
class FetchController;
class RunLogModel;
class ScheduleController;
class ScheduleListModel;
class SchedulesPanel;
struct ScheduleOutcome;
class ImportController;
class ConnectionsPanel;
class PublishController;
class ScoreController;
class JobProgress;
class WorkspaceController;

// The analyst's window: datasets on the left, the selected one as a lazy table in the centre,
// running work in the status bar. It wires actions to controllers and does no work itself.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Appearance &appearance, QWidget *parent = nullptr);
    ~MainWindow() override;

    Status openWorkspace(const QString &path);
    // Shows what was open when this workspace was last left (SessionState).
    void restoreSession();
    bool selectDataset(const QString &name);
    QString currentDataset() const;

    WorkspaceController *workspace() const { return m_workspace; }
    ImportController *imports() const { return m_imports; }
    ExportController *exports() const { return m_exports; }
    FetchController *fetches() const { return m_fetches; }
    ScoreController *scores() const { return m_scores; }
    RunLogModel *runLog() const { return m_runLog; }
    ScheduleController *schedules() const { return m_schedules; }
    PublishController *publishes() const { return m_publishes; }
    ConnectionsPanel *connections() const { return m_connections; }
    SchedulesPanel *schedulesPanel() const { return m_schedulesPanel; }
    DatasetTableModel *tableModel() const { return m_model; }
    DatasetTableView *tableView() const { return m_tableView; }
    DashboardTabs *dashboards() const { return m_dashboards; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool m_placed = false; // sized to the screen once, when first shown
    // Opens a workspace the analyst chose, as they left it.
    void openAsLeft(const QString &path);
    void saveSession() const;
    void createActions();
    void createMenus();
    void retranslate();
    void updateRecentMenu();
    void updateStatus();
    void showDataset(const QString &name);
    void newWorkspace();
    void chooseWorkspace();
    void chooseFilesToImport();
    void renameDataset();
    void deleteDataset();
    void showProperties();
    void openSqlConsole();
    void report(const Status &status, const QString &success);
    void showRowsBehind(const ChartSpec &spec, const QString &key, const QString &series);

    Appearance &m_appearance;
    WorkspaceController *m_workspace;
    DatasetTableModel *m_model;
    JobProgress *m_progress;
    ImportController *m_imports;
    ExportController *m_exports;
    FetchController *m_fetches;
    ScoreController *m_scores;
    RunLogModel *m_runLog;
    QDockWidget *m_runLogDock = nullptr;
    ScheduleListModel *m_scheduleList;
    ScheduleController *m_schedules;
    SchedulesPanel *m_schedulesPanel = nullptr;
    QDockWidget *m_schedulesDock = nullptr;
    PublishController *m_publishes;
    ConnectionsPanel *m_connections = nullptr;
    QDockWidget *m_connectionsDock = nullptr;
    QSystemTrayIcon *m_tray = nullptr; // made when a scheduled run first fails
    void scheduledRunsEnded(const QList<ScheduleOutcome> &outcomes, const QString &error);
    QTreeView *m_datasets;
    DatasetTableView *m_tableView;
    DashboardTabs *m_dashboards;
    QLabel *m_pathLabel;
    QLabel *m_sizeLabel;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_datasetMenu = nullptr;
    QMenu *m_chartMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    HelpMenu *m_help = nullptr;
    TimeZoneMenu *m_timeZoneMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_fetchAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_sqlAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_propertiesAction = nullptr;
    QAction *m_scoreAction = nullptr;
    QAction *m_publishAction = nullptr;
    QAction *m_systemTheme = nullptr;
    QAction *m_lightTheme = nullptr;
    QAction *m_darkTheme = nullptr;
    QActionGroup *m_themes = nullptr;
    QActionGroup *m_languages = nullptr;
};

} // namespace tl

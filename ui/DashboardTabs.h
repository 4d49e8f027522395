#pragma once

#include "analysis/ChartSpec.h"
#include "store/DatasetInfo.h"

#include <QObject>
#include <QUndoGroup>

class QAction;
class QListWidget;
class QTabWidget;
class QWidget;

namespace tl {

class DashboardView;
class WorkspaceController;

// The dashboards of the workspace: their list (under the datasets), a tab per open dashboard
// beside the data tab, and the chart actions (new chart, new dashboard, save, export all,
// delete). Keeps MainWindow to wiring.
class DashboardTabs : public QObject {
    Q_OBJECT
public:
    DashboardTabs(WorkspaceController &workspace, QWidget *dataTab, QWidget *window);

    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *list() const { return m_list; }
    QList<QAction *> actions() const;
    QAction *newChartAction() const { return m_newChart; }
    void retranslate();

    DashboardView *openDashboard(const QString &name);
    // The saved dashboards open, in tab order (what a later session can reopen).
    QStringList openStoredNames() const;
    // Reopens those of `names` that still exist, with `front` in front (empty: the data tab).
    void reopen(const QStringList &names, const QString &front);
    DashboardView *currentDashboard() const;
    // A chart of `dataset` (defaults from its roles), shown: on the current dashboard, or on
    // a new unsaved one when the data tab is current.
    void newChart(const QString &dataset);
    // A chart of a dataset (a remote one too) on the current dashboard, or a new one.
    void newChart(const std::optional<DatasetInfo> &info);
    void setCurrentDataset(const QString &dataset) { m_currentDataset = dataset; }
    // Saves the current dashboard; one never saved asks for its name first. False when the
    // analyst cancelled.
    bool saveCurrent();
    // Redraws the open charts of `dataset` (a live stream added rows); of every dataset when
    // it is empty (the time zone changed).
    void refreshDataset(const QString &dataset);
    // Closes every dashboard, asking to save, discard or cancel for each with unsaved
    // changes (quitting, switching workspace). False when the analyst cancelled: all stay.
    bool closeAll();

Q_SIGNALS:
    void rowsRequested(const tl::ChartSpec &spec, const QString &key, const QString &series);
    void message(const tl::Status &status, const QString &success);

private:
    // Closes the tabs of other dashboards named as `keep` (it replaced them in the workspace).
    void closeOthersNamed(DashboardView *keep);
    QList<DatasetInfo> datasets() const;
    DashboardView *createView(const QString &name);
    void refreshList();
    void newDashboard();
    void saveAs();
    void renameCurrent();
    // Saves `view`, asking for a name when it has none yet; false when cancelled or failed.
    bool save(DashboardView *view);
    // Asks for a dashboard name until it is free or the analyst agrees to replace the one of
    // that name (`mayReplace`); empty when cancelled.
    QString askName(const QString &title, const QString &suggestion, bool mayReplace);
    // Save, discard or cancel for a dashboard with unsaved changes; false on cancel.
    bool settle(DashboardView *view);
    QString freeName() const;
    void exportAll();
    void removeCurrent();
    void updateTabTitle(DashboardView *view);

    WorkspaceController &m_workspace;
    QWidget *m_window;
    QTabWidget *m_tabs;
    QListWidget *m_list;
    QAction *m_newChart;
    QAction *m_newDashboard;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_rename;
    QAction *m_exportAll;
    QAction *m_remove;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_separator;
    QUndoGroup m_undoGroup;
    QString m_currentDataset;
};

} // namespace tl

#pragma once

#include "analysis/ChartSpec.h"
#include "store/DatasetInfo.h"

#include <QObject>

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
    void retranslate();

    DashboardView *openDashboard(const QString &name);
    DashboardView *currentDashboard() const;
    // A chart of `dataset` (defaults from its roles) on the current dashboard, or a new one.
    void newChart(const QString &dataset);
    void setCurrentDataset(const QString &dataset) { m_currentDataset = dataset; }
    Status saveCurrent();
    // Redraws the open charts of `dataset` (a live stream added rows).
    void refreshDataset(const QString &dataset);
    void closeAll();

Q_SIGNALS:
    void rowsRequested(const tl::ChartSpec &spec, const QString &key, const QString &series);
    void message(const tl::Status &status, const QString &success);

private:
    QList<DatasetInfo> datasets() const;
    DashboardView *createView(const QString &name);
    void refreshList();
    void newDashboard();
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
    QAction *m_exportAll;
    QAction *m_remove;
    QString m_currentDataset;
};

} // namespace tl

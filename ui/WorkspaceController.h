#pragma once

#include "core/Status.h"
#include "models/CatalogModel.h"
#include "store/DashboardStore.h"
#include "store/ScoreColumns.h"
#include "store/ServerConnections.h"
#include "store/Workspace.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace tl {

// The open workspace: opening, creating and the recent list, the catalog model, and the
// catalog edits (rename, delete). Views ask it; they never touch the Workspace themselves.
class WorkspaceController : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxRecent = 8;

    explicit WorkspaceController(QObject *parent = nullptr);
    ~WorkspaceController() override;

    Status open(const QString &path);
    bool isOpen() const { return m_workspace != nullptr; }
    QString path() const;
    CatalogModel *catalog() { return &m_catalog; }
    std::optional<DatasetInfo> find(const QString &name) const;

    // The workspace's named servers (read when it opens and on reload), and the tables of
    // each as remote datasets (read on a worker then; remoteChanged says when they arrive).
    const QList<ServerConnection> &connections() const { return m_connections; }
    QList<DatasetInfo> remoteDatasets() const;
    // Why a server's tables could not be read (empty when they were).
    QString remoteError(const QString &connection) const {
        return m_remoteErrors.value(connection);
    }
    void reloadRemote();
    // Files `password`, when given, in the keychain (never in the workspace).
    Status addConnection(const QString &name, const QString &url, const QString &password);
    Status removeConnection(const QString &name);
    // Where the dataset's score columns came from (empty when it has none or on error).
    QList<ScoreProvenance> scoreColumns(const DatasetInfo &info) const;

    // The first chart of a dataset (ChartDefaults), over its time column's sampled span.
    ChartSpec defaultChart(const DatasetInfo &info) const;

    Status rename(const QString &from, const QString &to);
    Status remove(const QString &name);
    Status setColumnRole(const QString &dataset, const QString &column, ColumnRole role);
    // Reads the catalog again (after an import, or another process's change).
    void refresh();

    QStringList recentWorkspaces() const;

    QStringList dashboards() const;
    Status loadDashboard(const QString &name, Dashboard &out) const;
    Status saveDashboard(const Dashboard &dashboard);
    Status removeDashboard(const QString &name);
    Status renameDashboard(const QString &from, const QString &to);

Q_SIGNALS:
    void opened(const QString &path);
    void catalogChanged();
    void dashboardsChanged();
    void remoteChanged();
    // The workspace could not be read (a damaged or vanished file): say so, not "no datasets".
    void failed(const QString &message);

private:
    void remember(const QString &path);

    std::unique_ptr<Workspace> m_workspace;
    CatalogModel m_catalog;
    QList<ServerConnection> m_connections;
    QHash<QString, QList<DatasetInfo>> m_remote;
    QHash<QString, QString> m_remoteErrors;
};

} // namespace tl

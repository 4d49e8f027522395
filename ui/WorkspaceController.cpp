#include "WorkspaceController.h"

#include "analysis/ChartDefaults.h"
#include "engine/Engine.h"
#include "engine/ServerSetup.h"
#include "models/TaskRunner.h"

#include <QFileInfo>
#include <QSettings>

namespace tl {

namespace {
const QString kRecentKey = QStringLiteral("workspace/recent");
}

WorkspaceController::WorkspaceController(QObject *parent)
    : QObject(parent) {
}

WorkspaceController::~WorkspaceController() = default;

Status WorkspaceController::open(const QString &path) {
    std::unique_ptr<Workspace> workspace;
    if (Status s = Workspace::open(path, workspace); !s)
        return s;
    m_workspace = std::move(workspace);
    remember(m_workspace->path());
    refresh();
    reloadRemote();
    Q_EMIT opened(m_workspace->path());
    Q_EMIT dashboardsChanged();
    return Status::success();
}

QString WorkspaceController::path() const {
    return m_workspace ? m_workspace->path() : QString();
}

QList<ScoreProvenance> WorkspaceController::scoreColumns(const DatasetInfo &info) const {
    if (!m_workspace)
        return {};
    const auto found = ScoreColumns(m_workspace->database()).of(info.id);
    return found ? *found : QList<ScoreProvenance>();
}

std::optional<DatasetInfo> WorkspaceController::find(const QString &name) const {
    if (!m_workspace)
        return std::nullopt;
    const auto found = m_workspace->catalog().find(name);
    if (!found) {
        Q_EMIT const_cast<WorkspaceController *>(this)->failed(found.status().message());
        return std::nullopt;
    }
    return *found;
}

Status WorkspaceController::rename(const QString &from, const QString &to) {
    if (!m_workspace)
        return Status::badInput(tr("no workspace is open"));
    Status s = m_workspace->catalog().rename(from, to);
    refresh();
    return s;
}

Status WorkspaceController::remove(const QString &name) {
    if (!m_workspace)
        return Status::badInput(tr("no workspace is open"));
    Status s = m_workspace->catalog().remove(name);
    refresh();
    return s;
}

Status WorkspaceController::setColumnRole(const QString &dataset, const QString &column,
                                          ColumnRole role) {
    if (!m_workspace)
        return Status::badInput(tr("no workspace is open"));
    Status s = m_workspace->catalog().setRole(dataset, column, role);
    refresh();
    return s;
}

void WorkspaceController::refresh() {
    QList<DatasetInfo> datasets;
    if (m_workspace) {
        // A catalog that cannot be read is an error to show, not an empty workspace.
        const auto listed = m_workspace->catalog().list();
        if (listed)
            datasets = *listed;
        else
            Q_EMIT failed(listed.status().message());
    }
    m_catalog.setDatasets(datasets);
    Q_EMIT catalogChanged();
}

QStringList WorkspaceController::dashboards() const {
    return m_workspace ? DashboardStore(m_workspace->database()).names() : QStringList{};
}

Status WorkspaceController::loadDashboard(const QString &name, Dashboard &out) const {
    if (!m_workspace)
        return Status::badInput(tr("no workspace is open"));
    return DashboardStore(m_workspace->database()).load(name, out);
}

Status WorkspaceController::saveDashboard(const Dashboard &dashboard) {
    if (!m_workspace)
        return Status::badInput(tr("no workspace is open"));
    Status s = DashboardStore(m_workspace->database()).save(dashboard);
    Q_EMIT dashboardsChanged();
    return s;
}

Status WorkspaceController::renameDashboard(const QString &from, const QString &to) {
    if (!m_workspace)
        return Status::badInput(tr("no workspace is open"));
    Status s = DashboardStore(m_workspace->database()).rename(from, to);
    Q_EMIT dashboardsChanged();
    return s;
}

Status WorkspaceController::removeDashboard(const QString &name) {
    if (!m_workspace)
        return Status::badInput(tr("no workspace is open"));
    Status s = DashboardStore(m_workspace->database()).remove(name);
    Q_EMIT dashboardsChanged();
    return s;
}

ChartSpec WorkspaceController::defaultChart(const DatasetInfo &info) const {
    std::optional<qint64> span; // sampled from the workspace's own rows only
    if (const Column *time = ChartDefaults::timeColumn(info);
        time && m_workspace && info.connection.isEmpty())
        span = ChartDefaults::sampleTimeSpan(m_workspace->database(), info, *time);
    ChartSpec spec = ChartDefaults::forDataset(info, span);
    spec.connection = info.connection;
    return spec;
}

QList<DatasetInfo> WorkspaceController::remoteDatasets() const {
    QList<DatasetInfo> all;
    for (const ServerConnection &c : m_connections)
        all += m_remote.value(c.name);
    return all;
}

void WorkspaceController::reloadRemote() {
    m_connections.clear();
    m_remote.clear();
    m_remoteErrors.clear();
    if (m_workspace) {
        const auto listed = ServerConnections(m_workspace->database()).list();
        if (listed)
            m_connections = *listed;
        else
            Q_EMIT failed(listed.status().message());
    }
    Q_EMIT remoteChanged();
    const QString path = this->path();
    for (const ServerConnection &c : std::as_const(m_connections)) {
        auto tables = std::make_shared<QList<DatasetInfo>>();
        const QString name = c.name;
        TaskRunner::shared().run(
            this, QStringLiteral("remote:") + name,
            [path, name, tables](TaskControl &) {
                const auto engine = Engine::forTarget(name, path);
                if (!engine)
                    return engine.status();
                const auto listed = engine.value()->datasets();
                if (!listed)
                    return listed.status();
                *tables = *listed;
                for (DatasetInfo &info : *tables)
                    info.connection = name;
                return Status::success();
            },
            [this, name, tables](const Status &status) {
                if (status)
                    m_remote.insert(name, *tables);
                else
                    m_remoteErrors.insert(name, status.message());
                Q_EMIT remoteChanged();
            });
    }
}

Status WorkspaceController::addConnection(const QString &name, const QString &url,
                                          const QString &password) {
    if (!m_workspace)
        return Status::badInput(tr("no workspace is open"));
    Status s = ServerSetup::add(m_workspace->database(), name, url, password);
    reloadRemote();
    return s;
}

Status WorkspaceController::removeConnection(const QString &name) {
    if (!m_workspace)
        return Status::badInput(tr("no workspace is open"));
    Status s = ServerSetup::remove(m_workspace->database(), name);
    reloadRemote();
    return s;
}

QStringList WorkspaceController::recentWorkspaces() const {
    QStringList recent = QSettings().value(kRecentKey).toStringList();
    recent.erase(std::remove_if(recent.begin(), recent.end(),
                                [](const QString &p) { return !QFileInfo::exists(p); }),
                 recent.end());
    return recent;
}

void WorkspaceController::remember(const QString &path) {
    QStringList recent = QSettings().value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
}

} // namespace tl

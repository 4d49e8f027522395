#include "WorkspaceController.h"

#include "analysis/ChartDefaults.h"

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
    std::optional<qint64> span;
    if (const Column *time = ChartDefaults::timeColumn(info); time && m_workspace)
        span = ChartDefaults::sampleTimeSpan(m_workspace->database(), info, *time);
    return ChartDefaults::forDataset(info, span);
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

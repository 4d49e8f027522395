#include "DashboardView.h"

#include "ui/chart/ChartPanel.h"

#include <QCoreApplication>
#include <QDir>
#include <QGridLayout>
#include <QPointer>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tl {

DashboardView::DashboardView(QString workspacePath, QList<DatasetInfo> datasets, QWidget *parent)
    : QWidget(parent)
    , m_workspacePath(std::move(workspacePath))
    , m_datasets(std::move(datasets)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    auto *content = new QWidget(m_scroll);
    m_grid = new QGridLayout(content);
    m_grid->setSpacing(6);
    m_scroll->setWidget(content);
    layout->addWidget(m_scroll);
}

void DashboardView::setDashboard(const Dashboard &dashboard) {
    for (auto &[panel, chart] : m_cells)
        panel->deleteLater();
    m_cells.clear();
    m_name = dashboard.name;
    m_stored = true;
    m_columns = std::max(1, dashboard.columns);
    for (const DashboardChart &chart : dashboard.charts)
        place(chart);
    m_modified = false;
}

ChartPanel *DashboardView::place(const DashboardChart &chart) {
    auto *panel = new ChartPanel(m_workspacePath, m_datasets, this);
    m_grid->addWidget(panel, chart.row, chart.column, chart.rowSpan, chart.columnSpan);
    m_grid->setRowMinimumHeight(chart.row, 360);
    m_cells.append({panel, chart});
    panel->setChartDefaults(m_defaults);
    connect(panel, &ChartPanel::rowsRequested, this, &DashboardView::rowsRequested);
    connect(panel, &ChartPanel::specEdited, this, [this] {
        m_modified = true;
        Q_EMIT changed();
    });
    connect(panel, &ChartPanel::removeRequested, this, [this, panel] { removePanel(panel); });
    panel->setSpec(chart.spec);
    return panel;
}

void DashboardView::removePanel(ChartPanel *panel) {
    m_cells.removeIf([panel](const auto &cell) { return cell.first == panel; });
    m_grid->removeWidget(panel);
    panel->deleteLater();
    m_modified = true;
    Q_EMIT changed();
}

ChartPanel *DashboardView::addChart(const ChartSpec &spec) {
    // The next cell after the last chart, row by row.
    int next = 0;
    for (const auto &[panel, chart] : m_cells)
        next = std::max(next, (chart.row) * m_columns + chart.column + chart.columnSpan);
    DashboardChart chart{spec, next / m_columns, next % m_columns, 1, 1};
    ChartPanel *panel = place(chart);
    panel->setEditorVisible(true);
    m_modified = true;
    // In sight, also at the end of a long dashboard (once the grid has laid it out).
    QMetaObject::invokeMethod(
        this,
        [this, shown = QPointer<ChartPanel>(panel)] {
            if (shown)
                m_scroll->ensureWidgetVisible(shown);
        },
        Qt::QueuedConnection);
    Q_EMIT changed();
    return panel;
}

Dashboard DashboardView::dashboard() const {
    Dashboard d{m_name, m_columns, {}};
    for (const auto &[panel, chart] : m_cells) {
        DashboardChart placed = chart;
        placed.spec = panel->spec();
        d.charts.append(placed);
    }
    return d;
}

void DashboardView::setDatasets(QList<DatasetInfo> datasets) {
    m_datasets = std::move(datasets);
    for (ChartPanel *panel : panels())
        panel->setDatasets(m_datasets);
}

QList<ChartPanel *> DashboardView::panels() const {
    QList<ChartPanel *> out;
    for (const auto &[panel, chart] : m_cells)
        out.append(panel);
    return out;
}

bool DashboardView::isLoading() const {
    return std::any_of(m_cells.begin(), m_cells.end(),
                       [](const auto &cell) { return cell.first->isLoading(); });
}

Status DashboardView::exportAll(const QString &folder, const QString &suffix,
                                QStringList &written) {
    written.clear();
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]+"));
    int index = 1;
    for (ChartPanel *panel : panels()) {
        QString base = panel->spec().title.isEmpty() ? panel->spec().dataset : panel->spec().title;
        base.replace(unsafe, QStringLiteral("_"));
        const QString path = QDir(folder).filePath(
            QStringLiteral("%1_%2.%3").arg(index++, 2, 10, QLatin1Char('0')).arg(base, suffix));
        if (Status s = panel->exportTo(path, panel->size().expandedTo(QSize(800, 450)),
                                       suffix == QLatin1String("png") ? 2 : 1);
            !s)
            return s;
        written.append(path);
    }
    return Status::success();
}

} // namespace tl

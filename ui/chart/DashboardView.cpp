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

namespace {

constexpr int kRowHeight = 360;

// A step that was taken before it was recorded: its first redo (QUndoStack::push) does
// nothing.
class TakenStep : public QUndoCommand {
public:
    TakenStep(const QString &text, std::function<void()> undo, std::function<void()> redo)
        : QUndoCommand(text)
        , m_undo(std::move(undo))
        , m_redo(std::move(redo)) {}

    void undo() override { m_undo(); }
    void redo() override {
        if (!std::exchange(m_first, false))
            m_redo();
    }

private:
    std::function<void()> m_undo, m_redo;
    bool m_first = true;
};

} // namespace

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
    m_scroll->viewport()->installEventFilter(this);
    layout->addWidget(m_scroll);
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        m_modified = !clean || !m_stored;
        Q_EMIT changed();
    });
}

void DashboardView::setModified(bool modified) {
    m_modified = modified;
    if (!modified)
        m_undo.setClean();
}

void DashboardView::recorded(const QString &text, std::function<void()> undo,
                             std::function<void()> redo) {
    m_undo.push(new TakenStep(text, std::move(undo), std::move(redo)));
    m_modified = true;
    Q_EMIT changed();
}

bool DashboardView::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize) {
        const int needed =
            m_columns * ChartPanel::kMinimumWidth + (m_columns + 1) * m_grid->spacing();
        if (std::exchange(m_oneColumn, m_scroll->viewport()->width() < needed) != m_oneColumn)
            arrange();
    }
    return QWidget::eventFilter(watched, event);
}

void DashboardView::arrange() {
    for (const Cell &cell : std::as_const(m_cells))
        m_grid->removeWidget(cell.panel);
    for (int row = 0; row < m_grid->rowCount(); ++row)
        m_grid->setRowMinimumHeight(row, 0);
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        const DashboardChart &chart = m_cells[i].chart;
        if (m_oneColumn) {
            m_grid->addWidget(m_cells[i].panel, int(i), 0);
            m_grid->setRowMinimumHeight(int(i), kRowHeight);
        } else {
            m_grid->addWidget(m_cells[i].panel, chart.row, chart.column, chart.rowSpan,
                              chart.columnSpan);
            m_grid->setRowMinimumHeight(chart.row, kRowHeight);
        }
    }
}

qsizetype DashboardView::indexOf(int id) const {
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        if (m_cells[i].id == id)
            return i;
    }
    return -1;
}

void DashboardView::setDashboard(const Dashboard &dashboard) {
    for (const Cell &cell : std::as_const(m_cells))
        cell.panel->deleteLater();
    m_cells.clear();
    m_undo.clear();
    m_name = dashboard.name;
    m_stored = true;
    m_columns = std::max(1, dashboard.columns);
    for (const DashboardChart &chart : dashboard.charts)
        place(chart, m_nextId++, m_cells.size());
    m_modified = false;
}

ChartPanel *DashboardView::place(const DashboardChart &chart, int id, qsizetype at) {
    auto *panel = new ChartPanel(m_workspacePath, m_datasets, this);
    m_cells.insert(at, {panel, chart, id});
    arrange();
    panel->setChartDefaults(m_defaults);
    connect(panel, &ChartPanel::rowsRequested, this, &DashboardView::rowsRequested);
    connect(panel, &ChartPanel::specEdited, this, [this, id](const ChartSpec &spec) {
        const qsizetype i = indexOf(id);
        const ChartSpec before = std::exchange(m_cells[i].chart.spec, spec);
        recorded(
            tr("Edit chart"), [this, id, before] { respec(id, before); },
            [this, id, spec] { respec(id, spec); });
    });
    connect(panel, &ChartPanel::removeRequested, this, [this, id] {
        const qsizetype at = indexOf(id);
        const DashboardChart chart = m_cells[at].chart;
        remove(id);
        recorded(
            tr("Remove chart"), [this, chart, id, at] { place(chart, id, at); },
            [this, id] { remove(id); });
    });
    panel->setSpec(chart.spec);
    return panel;
}

void DashboardView::remove(int id) {
    const qsizetype i = indexOf(id);
    if (i < 0)
        return;
    ChartPanel *panel = m_cells.takeAt(i).panel;
    m_grid->removeWidget(panel);
    panel->deleteLater();
    arrange();
}

void DashboardView::respec(int id, const ChartSpec &spec) {
    const qsizetype i = indexOf(id);
    if (i < 0)
        return;
    m_cells[i].chart.spec = spec;
    m_cells[i].panel->setSpec(spec);
}

ChartPanel *DashboardView::addChart(const ChartSpec &spec) {
    // The next cell after the last chart, row by row.
    int next = 0;
    for (const Cell &cell : std::as_const(m_cells))
        next =
            std::max(next, cell.chart.row * m_columns + cell.chart.column + cell.chart.columnSpan);
    const DashboardChart chart{spec, next / m_columns, next % m_columns, 1, 1};
    const int id = m_nextId++;
    ChartPanel *panel = place(chart, id, m_cells.size());
    panel->setEditorVisible(true);
    recorded(
        tr("Add chart"), [this, id] { remove(id); },
        [this, chart, id] { place(chart, id, m_cells.size()); });
    // In sight, also at the end of a long dashboard (once the grid has laid it out).
    QMetaObject::invokeMethod(
        this,
        [this, shown = QPointer<ChartPanel>(panel)] {
            if (shown)
                m_scroll->ensureWidgetVisible(shown);
        },
        Qt::QueuedConnection);
    return panel;
}

Dashboard DashboardView::dashboard() const {
    Dashboard d{m_name, m_columns, {}};
    for (const Cell &cell : m_cells) {
        DashboardChart placed = cell.chart;
        placed.spec = cell.panel->spec();
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
    for (const Cell &cell : m_cells)
        out.append(cell.panel);
    return out;
}

bool DashboardView::isLoading() const {
    return std::any_of(m_cells.begin(), m_cells.end(),
                       [](const Cell &cell) { return cell.panel->isLoading(); });
}

Status DashboardView::exportAll(const QString &folder, const QString &suffix,
                                QStringList &written) {
    written.clear();
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]+"));
    int index = 1;
    for (ChartPanel *panel : panels()) {
        QString base = panel->spec().title.isEmpty() ? panel->spec().dataset : panel->spec().title;
        base.replace(unsafe, QStringLiteral("_"));
        const QString kind =
            panel->spec().type == ChartType::Table ? QStringLiteral("csv") : suffix;
        const QString path = QDir(folder).filePath(
            QStringLiteral("%1_%2.%3").arg(index++, 2, 10, QLatin1Char('0')).arg(base, kind));
        if (Status s = panel->exportTo(path, panel->size().expandedTo(QSize(800, 450)),
                                       kind == QLatin1String("png") ? 2 : 1);
            !s)
            return s;
        written.append(path);
    }
    return Status::success();
}

} // namespace tl

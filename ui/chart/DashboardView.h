#pragma once

#include "store/DashboardStore.h"
#include "store/DatasetInfo.h"
#include "ui/chart/ChartEditor.h"

#include <QUndoStack>
#include <QWidget>

class QGridLayout;
class QScrollArea;

namespace tl {

class ChartPanel;

// A dashboard: its chart panels in a grid, as saved. Panels are edited in place; dashboard()
// reads back what is on screen, for saving. Every chart edit, added chart and removed chart is
// a step on its undo stack; undoing back to the saved state leaves it unmodified.
class DashboardView : public QWidget {
    Q_OBJECT
public:
    DashboardView(QString workspacePath, QList<DatasetInfo> datasets, QWidget *parent = nullptr);

    void setDashboard(const Dashboard &dashboard);
    // The datasets its charts' editors offer, now and for charts added later.
    void setDatasets(QList<DatasetInfo> datasets);
    // How a chart's editor starts a dataset chosen in it (the workspace's ChartDefaults).
    void setChartDefaults(ChartEditor::Defaults defaults) { m_defaults = std::move(defaults); }
    Dashboard dashboard() const;
    const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }

    // Adds a chart in the next free cell and opens its editor.
    ChartPanel *addChart(const ChartSpec &spec);
    QList<ChartPanel *> panels() const;
    bool isLoading() const;
    bool isModified() const { return m_modified; }
    // Saved (false): the undo stack's present step is the saved state.
    void setModified(bool modified);
    QUndoStack *undoStack() { return &m_undo; }
    // Whether it is in the workspace under its name (a new, unsaved dashboard is not: saving
    // it asks for its name).
    bool isStored() const { return m_stored; }
    void setStored(bool stored) { m_stored = stored; }
    // Writes every chart as `suffix` (png, svg, pdf or csv) into `folder`; returns the files.
    Status exportAll(const QString &folder, const QString &suffix, QStringList &written);

Q_SIGNALS:
    void rowsRequested(const tl::ChartSpec &spec, const QString &key, const QString &series);
    void changed();

private:
    // A chart and its panel; the id stays with the chart through undo and redo, while a
    // removed chart's panel comes back as a new one.
    struct Cell {
        ChartPanel *panel;
        DashboardChart chart;
        int id;
    };
    ChartPanel *place(const DashboardChart &chart, int id, qsizetype at);
    // Puts every panel in its saved cell, or one under the other when the view is too narrow
    // for the saved columns side by side (the saved layout is kept either way).
    void arrange();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void remove(int id);
    void respec(int id, const ChartSpec &spec);
    qsizetype indexOf(int id) const;
    // Records a step already taken on screen: `undo` reverses it, `redo` takes it again.
    void recorded(const QString &text, std::function<void()> undo, std::function<void()> redo);

    QString m_workspacePath;
    QList<DatasetInfo> m_datasets;
    ChartEditor::Defaults m_defaults;
    QString m_name;
    int m_columns = 2;
    QScrollArea *m_scroll;
    QGridLayout *m_grid;
    QList<Cell> m_cells;
    int m_nextId = 1;
    QUndoStack m_undo;
    bool m_modified = false;
    bool m_oneColumn = false;
    bool m_stored = false;
};

} // namespace tl

#pragma once

#include "analysis/ChartData.h"
#include "analysis/ChartSpec.h"
#include "store/DatasetInfo.h"
#include "ui/chart/ChartEditor.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace tl {

class ChartCanvas;
class ChartDataModel;

// One chart: the drawing (or its data as a table, one click away), the editor beside it, and
// export. The query runs on the TaskRunner with its own read-only connection; a newer spec
// cancels an older query. The status line says which engine answered, and how fast.
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMinimumWidth = 300;
    static constexpr int kCsvExport = 3; // the Export menu's "Data as CSV…"

    ChartPanel(QString workspacePath, const QList<DatasetInfo> &datasets,
               QWidget *parent = nullptr);
    ~ChartPanel() override;

    void setSpec(const ChartSpec &spec);
    void setChartDefaults(const ChartEditor::Defaults &defaults);
    // The datasets its editor offers (the workspace's catalog changed).
    void setDatasets(const QList<DatasetInfo> &datasets);
    // Runs the query again (its dataset grew); while one runs, once more after it.
    void refresh();
    const ChartSpec &spec() const { return m_spec; }
    const ChartData &data() const { return m_data; }
    ChartCanvas &canvas() { return *m_canvas; }
    bool isLoading() const { return m_loading; }
    QString error() const { return m_error; }
    void setEditorVisible(bool visible);
    void showDataTable(bool visible);

    // Export by the file's suffix: .png (at size × scale), .svg, .pdf, or .csv for the data
    // (the only one for a table).
    Status exportTo(const QString &path, QSize size = {1200, 700}, double scale = 1.0);
    void copyImage();

Q_SIGNALS:
    void loaded();
    void specEdited(const tl::ChartSpec &spec);
    void rowsRequested(const tl::ChartSpec &spec, const QString &key, const QString &series);
    void removeRequested();

private:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void retranslate();
    void run();
    void draw();
    void showTypeControls();
    void showEngine();
    void chooseExport(const QString &suffix);
    bool askImageSize(QSize &size, double &scale);

    QString m_workspacePath;
    ChartSpec m_spec;
    ChartData m_data;
    bool m_refreshPending = false;
    std::unique_ptr<ChartCanvas> m_canvas;
    ChartDataModel *m_model;
    ChartEditor *m_editor;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_tableTitle;
    QLabel *m_status;
    QToolButton *m_editButton;
    QToolButton *m_dataButton;
    QToolButton *m_resetButton;
    QToolButton *m_exportButton;
    QToolButton *m_removeButton;
    bool m_loading = false;
    QTimer m_themeRedraw; // after the application's palette changed: the Dark or Light theme
    QString m_error;
};

} // namespace tl

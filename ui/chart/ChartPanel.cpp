#include "ChartPanel.h"

#include "export/OutputFile.h"

#include "analysis/ChartRunner.h"
#include "export/CsvWriter.h"
#include "models/ChartDataModel.h"
#include "store/Connection.h"
#include "ui/BackgroundTask.h"
#include "ui/chart/ChartCanvas.h"
#include "ui/chart/ChartEditor.h"
#include "ui/chart/ChartExporter.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tl {

ChartPanel::ChartPanel(QString workspacePath, const QList<DatasetInfo> &datasets, QWidget *parent)
    : QWidget(parent)
    , m_workspacePath(std::move(workspacePath))
    , m_canvas(ChartCanvas::create(this))
    , m_model(new ChartDataModel(this))
    , m_editor(new ChartEditor(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_editButton(new QToolButton(this))
    , m_dataButton(new QToolButton(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *bar = new QHBoxLayout;
    m_editButton->setText(tr("Edit"));
    m_editButton->setCheckable(true);
    m_dataButton->setText(tr("Data"));
    m_dataButton->setCheckable(true);
    m_dataButton->setToolTip(tr("Show the chart's data as a table"));
    auto *reset = new QToolButton(this);
    reset->setText(tr("Reset zoom"));
    reset->setToolTip(tr("Wheel zooms, drag zooms to a box, Ctrl+drag pans, double-click resets"));
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("PNG image…"), this, [this] { chooseExport(QStringLiteral("png")); });
    menu->addAction(tr("SVG (vector)…"), this, [this] { chooseExport(QStringLiteral("svg")); });
    menu->addAction(tr("PDF (vector)…"), this, [this] { chooseExport(QStringLiteral("pdf")); });
    menu->addAction(tr("Data as CSV…"), this, [this] { chooseExport(QStringLiteral("csv")); });
    menu->addAction(tr("Copy image"), this, &ChartPanel::copyImage);
    exportButton->setMenu(menu);
    auto *remove = new QToolButton(this);
    remove->setText(tr("Remove"));
    for (QToolButton *b : {m_editButton, m_dataButton, reset, exportButton, remove})
        bar->addWidget(b);
    bar->addStretch();
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_stack->addWidget(m_canvas->widget());
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_stack->addWidget(m_table);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_editor->setDatasets(datasets);
    m_editor->hide();
    layout->addWidget(splitter, 1);

    connect(m_editButton, &QToolButton::toggled, this, &ChartPanel::setEditorVisible);
    connect(m_dataButton, &QToolButton::toggled, this, &ChartPanel::showDataTable);
    connect(reset, &QToolButton::clicked, this, [this] { m_canvas->resetZoom(); });
    connect(remove, &QToolButton::clicked, this, &ChartPanel::removeRequested);
    connect(m_editor, &ChartEditor::specChanged, this, [this](const ChartSpec &spec) {
        m_spec = spec;
        run();
        Q_EMIT specEdited(spec);
    });
    connect(m_canvas.get(), &ChartCanvas::hovered, m_status, &QLabel::setText);
    connect(m_canvas.get(), &ChartCanvas::pointActivated, this,
            [this](const QString &key, const QString &series) {
                Q_EMIT rowsRequested(m_spec, key, series);
            });
    setMinimumSize(360, 260);
}

ChartPanel::~ChartPanel() {
    ++m_generation;
}

void ChartPanel::setSpec(const ChartSpec &spec) {
    m_spec = spec;
    m_editor->setSpec(spec);
    run();
}

void ChartPanel::setEditorVisible(bool visible) {
    m_editor->setVisible(visible);
    m_editButton->setChecked(visible);
}

void ChartPanel::showDataTable(bool visible) {
    m_stack->setCurrentIndex(visible ? 1 : 0);
    m_dataButton->setChecked(visible);
}

void ChartPanel::setDatasets(const QList<DatasetInfo> &datasets) {
    m_editor->setDatasets(datasets);
}

void ChartPanel::refresh() {
    if (m_loading)
        m_refreshPending = true;
    else
        run();
}

void ChartPanel::run() {
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_status->setText(tr("Loading…"));
    auto data = std::make_shared<ChartData>();
    const QString path = m_workspacePath;
    const ChartSpec spec = m_spec;
    runInBackground(
        this,
        [path, spec, data] {
            Connection connection;
            if (Status s = connection.open(path, Connection::Access::ReadOnly); !s)
                return s;
            SqliteDialect dialect;
            return ChartRunner::run(connection.db(), dialect, spec, *data);
        },
        [this, generation, data](const Status &status) {
            if (generation != m_generation)
                return; // a newer spec is on its way
            m_loading = false;
            m_error = status ? QString() : status.message();
            m_status->setText(m_error);
            if (status) {
                m_data = *data;
                m_canvas->setChart(m_spec, m_data);
                m_model->setData(m_data);
            }
            Q_EMIT loaded();
            if (std::exchange(m_refreshPending, false))
                run();
        });
}

Status ChartPanel::exportTo(const QString &path, QSize size, double scale) {
    const QStringList workspaceFiles = OutputFile::workspaceFiles(m_workspacePath);
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        OutputFile file(path);
        if (Status s = file.open(workspaceFiles); !s)
            return s;
        CsvWriter writer(file.device());
        m_data.writeCsv(writer);
        return file.commit();
    }
    return ChartExporter::save(*m_canvas, path, size, scale, workspaceFiles);
}

void ChartPanel::copyImage() {
    QApplication::clipboard()->setImage(
        ChartExporter::image(*m_canvas, m_canvas->widget()->size(), devicePixelRatioF()));
}

bool ChartPanel::askImageSize(QSize &size, double &scale) {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("PNG size"));
    auto *form = new QFormLayout(&dialog);
    auto *width = new QSpinBox(&dialog);
    auto *height = new QSpinBox(&dialog);
    auto *factor = new QDoubleSpinBox(&dialog);
    width->setRange(100, 8000);
    height->setRange(100, 8000);
    width->setValue(size.width());
    height->setValue(size.height());
    factor->setRange(0.5, 4);
    factor->setSingleStep(0.5);
    factor->setValue(2); // twice the screen's pixels reads well in documents and slides
    width->setSuffix(QStringLiteral(" px"));
    height->setSuffix(QStringLiteral(" px"));
    factor->setSuffix(QStringLiteral(" ×"));
    form->addRow(tr("Width:"), width);
    form->addRow(tr("Height:"), height);
    form->addRow(tr("Scale:"), factor);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    size = QSize(width->value(), height->value());
    scale = factor->value();
    return true;
}

void ChartPanel::chooseExport(const QString &suffix) {
    const QString base = m_spec.title.isEmpty() ? m_spec.dataset : m_spec.title;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              u'/' + base + u'.' + suffix;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), suggested,
                                                      QStringLiteral("*.%1").arg(suffix));
    if (path.isEmpty())
        return;
    QSize size = m_canvas->widget()->size();
    double scale = 1;
    if (suffix == QLatin1String("png") && !askImageSize(size, scale))
        return;
    const Status s = exportTo(path, size, scale);
    m_status->setText(s ? tr("Wrote %1").arg(QFileInfo(path).fileName()) : s.message());
}

} // namespace tl

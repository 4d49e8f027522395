#include "ChartPanel.h"

#include "export/OutputFile.h"

#include "analysis/ChartRunner.h"
#include "analysis/Decimator.h"
#include "core/WallClock.h"
#include "engine/Engine.h"
#include "export/CsvWriter.h"
#include "models/ChartDataModel.h"
#include "models/TaskRunner.h"
#include "ui/chart/ChartCanvas.h"
#include "ui/chart/ChartEditor.h"
#include "ui/chart/ChartExporter.h"
#include "ui/chart/ChartTitles.h"

#include <QApplication>
#include <QClipboard>
#include <QCursor>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace tl {

namespace {

// Raw lines longer than this get their first frame decimated on the worker.
constexpr std::size_t kFramedPoints = 20000;

} // namespace

ChartPanel::ChartPanel(QString workspacePath, const QList<DatasetInfo> &datasets, QWidget *parent)
    : QWidget(parent)
    , m_workspacePath(std::move(workspacePath))
    , m_canvas(ChartCanvas::create(this))
    , m_model(new ChartDataModel(this))
    , m_editor(new ChartEditor(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_tableTitle(new QLabel(this))
    , m_status(new QLabel(this))
    , m_editButton(new QToolButton(this))
    , m_dataButton(new QToolButton(this))
    , m_resetButton(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
    , m_removeButton(new QToolButton(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *bar = new QHBoxLayout;
    m_editButton->setCheckable(true);
    m_dataButton->setCheckable(true);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_exportButton);
    for (const char *suffix : {"png", "svg", "pdf", "csv"}) {
        menu->addAction(QString(), this,
                        [this, suffix] { chooseExport(QString::fromLatin1(suffix)); });
    }
    menu->addAction(QString(), this, &ChartPanel::copyImage);
    m_exportButton->setMenu(menu);
    retranslate();
    for (QToolButton *b :
         {m_editButton, m_dataButton, m_resetButton, m_exportButton, m_removeButton})
        bar->addWidget(b);
    bar->addStretch();
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_stack->addWidget(m_canvas->widget());
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The data page carries the chart's title, which a table chart shows nowhere else.
    auto *dataPage = new QWidget(this);
    auto *dataLayout = new QVBoxLayout(dataPage);
    dataLayout->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = m_tableTitle->font();
    titleFont.setBold(true);
    m_tableTitle->setFont(titleFont);
    m_tableTitle->setWordWrap(true);
    dataLayout->addWidget(m_tableTitle);
    dataLayout->addWidget(m_table, 1);
    m_stack->addWidget(dataPage);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_editor->setDatasets(datasets);
    m_editor->hide();
    layout->addWidget(splitter, 1);

    connect(m_editButton, &QToolButton::toggled, this, &ChartPanel::setEditorVisible);
    connect(m_dataButton, &QToolButton::toggled, this, &ChartPanel::showDataTable);
    connect(m_resetButton, &QToolButton::clicked, this, [this] { m_canvas->resetZoom(); });
    connect(m_removeButton, &QToolButton::clicked, this, &ChartPanel::removeRequested);
    // A row of the data (double-click or Enter) opens the rows behind it, as its bar does.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_data.shape != ChartQuery::Shape::Series ||
            std::size_t(index.row()) >= m_data.points.size())
            return;
        const ChartData::Point &point = m_data.points[std::size_t(index.row())];
        if (!point.forecast)
            Q_EMIT rowsRequested(m_spec, point.key, point.series);
    });
    connect(m_editor, &ChartEditor::specChanged, this, [this](const ChartSpec &spec) {
        m_spec = spec;
        run();
        Q_EMIT specEdited(spec);
    });
    // The value under the pointer floats beside it: a label in the panel's bar would re-lay
    // out the dashboard on every move, and hide the engine's note.
    connect(m_canvas.get(), &ChartCanvas::hovered, this, [this](const QString &text) {
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), text, m_canvas->widget());
    });
    connect(m_canvas.get(), &ChartCanvas::pointActivated, this,
            [this](const QString &key, const QString &series) {
                Q_EMIT rowsRequested(m_spec, key, series);
            });
    // Two charts side by side fit a 1024-pixel window beside the dataset list; the engine
    // note gives way first.
    m_themeRedraw.setSingleShot(true);
    m_themeRedraw.setInterval(0);
    connect(&m_themeRedraw, &QTimer::timeout, this, [this] {
        if (!m_loading && m_error.isEmpty())
            draw();
    });
    setMinimumSize(kMinimumWidth, 260);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::retranslate() {
    m_editButton->setText(tr("Edit"));
    m_dataButton->setText(tr("Data"));
    m_dataButton->setToolTip(tr("Show the chart's data as a table"));
    m_resetButton->setText(tr("Reset zoom"));
    m_resetButton->setToolTip(
        tr("Wheel zooms, drag zooms to a box, Ctrl+drag pans, double-click resets"));
    m_exportButton->setText(tr("Export"));
    const QList<QAction *> exports = m_exportButton->menu()->actions();
    const QStringList texts{tr("PNG image…"), tr("SVG (vector)…"), tr("PDF (vector)…"),
                            tr("Data as CSV…"), tr("Copy image")};
    for (qsizetype i = 0; i < exports.size() && i < texts.size(); ++i)
        exports[i]->setText(texts[i]);
    m_removeButton->setText(tr("Remove"));
}

void ChartPanel::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);

    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        if (!m_loading && m_error.isEmpty()) {
            showEngine();
            draw(); // titles and dates in the new language
        }
        break;
    default:
        break;
    }
}

bool ChartPanel::event(QEvent *event) {
    // The application's palette reaches every widget one by one: redraw (in the Dark or Light
    // chart theme) once all of them have it.
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange)
        m_themeRedraw.start(); // one redraw for the several events of one switch
    return QWidget::event(event);
}

void ChartPanel::setSpec(const ChartSpec &spec) {
    m_spec = spec;
    m_editor->setSpec(spec);
    run();
}

void ChartPanel::setChartDefaults(const ChartEditor::Defaults &defaults) {
    m_editor->setDefaults(defaults);
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

// "column store · 18 ms", or "SQL · 1.2 s" with why in the tooltip.
void ChartPanel::showEngine() {
    const double ms = m_data.queryMs;
    const QString time = ms < 1000 ? tr("%1 ms").arg(QLocale().toString(ms, 'f', 0))
                                   : tr("%1 s").arg(QLocale().toString(ms / 1000, 'f', 1));
    const bool columns = m_data.engine == QLatin1String("columns");
    m_status->setText((columns ? tr("column store") : tr("SQL")) + QStringLiteral(" · ") + time);
    m_status->setToolTip(columns ? tr("Answered from the column store")
                         : m_data.engineNote.isEmpty()
                             ? tr("Answered by SQL")
                             : tr("Answered by SQL: %1").arg(m_data.engineNote));
}

void ChartPanel::draw() {
    m_tableTitle->setText(ChartTitles::title(m_spec));
    if (m_spec.type != ChartType::Table)
        m_canvas->setChart(m_spec, m_data);
}

void ChartPanel::showTypeControls() {
    // A table chart is its data: nothing drawn to show, zoom, or save as an image.
    const bool table = m_spec.type == ChartType::Table;
    m_dataButton->setVisible(!table);
    m_resetButton->setVisible(!table);
    const QList<QAction *> exports = m_exportButton->menu()->actions();
    for (qsizetype i = 0; i < exports.size(); ++i)
        exports[i]->setVisible(!table || i == kCsvExport);
    m_stack->setCurrentIndex(table || m_dataButton->isChecked() ? 1 : 0);
}

void ChartPanel::run() {
    showTypeControls();
    m_loading = true;
    m_status->setText(tr("Loading…"));
    m_status->setToolTip({});
    auto data = std::make_shared<ChartData>();
    const QString path = m_workspacePath;
    const ChartSpec spec = m_spec;
    const QPointer<QLabel> status = m_status;
    // Columns built for the first time (an older workspace) report how far they are.
    const auto progress = [status](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(status, [status, done, total] {
            if (status && total > 0)
                status->setText(tr("Building columns… %1 %").arg(done * 100 / total));
        });
    };
    // A long raw line's first frame is decimated there too, to the canvas's width.
    const int pixels = std::max(100, m_canvas->widget()->width());
    const QByteArray zone = DisplayClock::current().zoneId();
    // A newer spec supersedes this query: its flag stops the column engine, and an
    // interrupt stops SQL.
    TaskRunner::shared().run(
        this, QStringLiteral("chart"),
        [path, spec, data, progress, pixels, zone](TaskControl &control) {
            const auto engine = Engine::forConnection(spec.connection, path);
            if (!engine)
                return engine.status();
            auto reader = engine.value()->openReader();
            if (!reader)
                return reader.status();
            ReadSession &session = *reader.value();
            const auto interrupt = control.onCancel([&session] { session.interrupt(); });
            if (Status s = session.runChart(
                    spec, *data, {ChartRunner::Engine::Auto, control.flag(), progress, zone});
                !s || data->rawX.size() < kFramedPoints)
                return s;
            data->rawFirstFrame = Decimator::minMax(data->rawX, data->rawY, data->rawX.front(),
                                                    data->rawX.back(), pixels);
            return Status::success();
        },
        [this, data](const Status &status) {
            m_loading = false;
            m_error = status ? QString() : status.message();
            m_status->setText(m_error);
            m_status->setToolTip({});
            if (status) {
                m_data = std::move(*data);
                draw();
                m_model->setData(m_data);
                m_table->resizeColumnsToContents();
                showEngine();
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
    if (m_spec.type == ChartType::Table)
        return Status::badInput(tr("a table exports as CSV"));
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

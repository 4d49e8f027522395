#include "DatasetTableView.h"

#include "models/DatasetTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tl {

DatasetTableView::DatasetTableView(DatasetTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_cell(new QPlainTextEdit(this))
    , m_cellTitle(new QLabel(this))
    , m_conditionBar(new QWidget(this))
    , m_conditionLabel(new QLabel(m_conditionBar)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    // Shown when the table holds only the rows behind a chart point.
    auto *barLayout = new QHBoxLayout(m_conditionBar);
    barLayout->setContentsMargins(4, 2, 4, 2);
    barLayout->addWidget(m_conditionLabel, 1);
    auto *showAll = new QPushButton(tr("Show all rows"), m_conditionBar);
    showAll->setObjectName(QStringLiteral("showAll"));
    barLayout->addWidget(showAll);
    connect(showAll, &QPushButton::clicked, this, [this] { m_model->setCondition({}, {}); });
    m_conditionBar->setStyleSheet(QStringLiteral("background: #fff4d6; color: #4a3b00;"));
    m_conditionBar->hide();
    layout->addWidget(m_conditionBar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_table->setModel(model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    // Fixed row heights: the view never asks for rows it does not show to measure them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setWordWrap(false);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    splitter->addWidget(m_table);

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 0, 0, 0);
    sideLayout->addWidget(m_cellTitle);
    m_cellTitle->setWordWrap(true);
    m_cell->setReadOnly(true);
    sideLayout->addWidget(m_cell);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto *copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &DatasetTableView::copySelection);
    m_table->addAction(copy);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(m_filter, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, [this] { m_model->setFilter(m_filter->text()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DatasetTableView::showCurrentCell);
    connect(model, &QAbstractItemModel::modelReset, this, &DatasetTableView::showCurrentCell);
    connect(model, &QAbstractItemModel::modelReset, this, &DatasetTableView::showCondition);
    // Rows arrive after the view asked for them (Ctrl+End jumps to rows not read yet): the
    // side panel shows the current cell once its value is in, and a new dataset's columns
    // fit their first rows.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_table->currentIndex();
                if (current.isValid() && current.row() >= topLeft.row() &&
                    current.row() <= bottomRight.row())
                    showCurrentCell();
            });
    connect(model, &DatasetTableModel::pageArrived, this, [this] {
        if (std::exchange(m_fitPending, false))
            fitColumns();
    });
    retranslate();
}

void DatasetTableView::copySelection() {
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    if (!selected.isEmpty())
        QApplication::clipboard()->setText(m_model->toTsv(selected));
}

void DatasetTableView::fitColumnsToNextRows() {
    m_fitPending = true;
}

void DatasetTableView::fitColumns() {
    // Wide enough for the rows on screen (timestamps, ids, numbers whole), never so wide that
    // one long text pushes the other columns out of sight.
    constexpr int kMinWidth = 48, kMaxWidth = 320;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        m_table->resizeColumnToContents(c); // the header and the rows on screen
        m_table->setColumnWidth(c, std::clamp(m_table->columnWidth(c), kMinWidth, kMaxWidth));
    }
}

void DatasetTableView::clearFilter() {
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
}

void DatasetTableView::showCurrentCell() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_cellTitle->setText(tr("Select a cell to read it whole"));
        m_cell->clear();
        return;
    }
    m_cellTitle->setText(
        tr("Row %1, %2")
            .arg(current.row() + 1)
            .arg(m_model->headerData(current.column(), Qt::Horizontal).toString()));
    const QString note = current.data(DatasetTableModel::TimeNoteRole).toString();
    m_cell->setPlainText(note.isEmpty()
                             ? current.data(DatasetTableModel::FullTextRole).toString()
                             : current.data().toString() + QStringLiteral("\n\n") + note);
}

void DatasetTableView::showCondition() {
    const QString description = m_model->conditionDescription();
    m_conditionLabel->setText(tr("Rows behind the chart point %1: %2 rows")
                                  .arg(description, QLocale().toString(m_model->rowCount())));
    m_conditionBar->setVisible(!description.isEmpty());
}

void DatasetTableView::retranslate() {
    m_filter->setPlaceholderText(tr("Filter rows (any column contains…)"));
    showCurrentCell();
}

void DatasetTableView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tl

#include "ImportDialog.h"

#include "models/ColumnLabels.h"
#include "models/TaskRunner.h"
#include "ui/DelimiterHighlighter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tl {

namespace {

constexpr int kCellChars = 200;

QString delimiterLabel(char c) {
    switch (c) {
    case '\t':
        return ImportDialog::tr("Tab");
    case ' ':
        return ImportDialog::tr("Space");
    default:
        return QString(QChar(c));
    }
}

const QList<ColumnType> &columnTypes() {
    static const QList<ColumnType> types{
        ColumnType::Integer,   ColumnType::Real, ColumnType::Boolean, ColumnType::Date,
        ColumnType::Timestamp, ColumnType::Text, ColumnType::Json};
    return types;
}

} // namespace

ImportDialog::ImportDialog(const QString &path, std::function<bool(const QString &)> exists,
                           QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_exists(std::move(exists)) {
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    buildForm();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &ImportDialog::startPreview);
    resize(1000, 720);
    startPreview();
}

void ImportDialog::buildForm() {
    auto *layout = new QVBoxLayout(this);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral(
        "QLabel { background: #fde2e1; color: #7a1010; padding: 6px; border-radius: 3px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *settings = new QHBoxLayout;
    auto *target = new QFormLayout;
    m_dataset = new QLineEdit(datasetNameForFile(m_path), this);
    target->addRow(tr("Dataset:"), m_dataset);
    m_existsNote = new QLabel(this);
    m_append = new QRadioButton(tr("Append rows"), this);
    m_replace = new QRadioButton(tr("Replace the dataset"), this);
    m_append->setChecked(true);
    // Names for tests and accessibility tools.
    m_dataset->setObjectName(QStringLiteral("dataset"));
    m_append->setObjectName(QStringLiteral("append"));
    m_replace->setObjectName(QStringLiteral("replace"));
    m_error->setObjectName(QStringLiteral("error"));
    auto *mode = new QHBoxLayout;
    mode->addWidget(m_append);
    mode->addWidget(m_replace);
    mode->addStretch();
    target->addRow(m_existsNote, mode);
    m_skipBad = new QCheckBox(tr("Skip records that cannot be read (and list them)"), this);
    target->addRow(QString(), m_skipBad);
    settings->addLayout(target, 1);

    auto *reading = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->addItem(QString(), QString());
    for (const QString &f :
         {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("ndjson")})
        m_format->addItem(f.toUpper(), f);
    reading->addRow(tr("Format:"), m_format);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->setEditable(true);
    m_encoding->addItem(QString(), QString());
    for (const char *e : {"UTF-8", "CP949", "EUC-KR", "UTF-16LE", "UTF-16BE", "ISO-8859-1"})
        m_encoding->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    reading->addRow(tr("Encoding:"), m_encoding);
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(QString(), QString());
    for (char c : {',', ';', '\t', '|'})
        m_delimiter->addItem(delimiterLabel(c), QString(QChar(c)));
    reading->addRow(tr("Delimiter:"), m_delimiter);
    m_header = new QComboBox(this);
    m_header->addItem(QString(), QString());
    m_header->addItem(tr("First row is the header"), QStringLiteral("yes"));
    m_header->addItem(tr("No header row"), QStringLiteral("no"));
    reading->addRow(tr("Header:"), m_header);
    settings->addLayout(reading, 1);
    layout->addLayout(settings);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QSplitter(Qt::Horizontal, splitter);
    auto *rawBox = new QGroupBox(tr("File as written (first lines)"), top);
    auto *rawLayout = new QVBoxLayout(rawBox);
    m_raw = new QPlainTextEdit(rawBox);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new DelimiterHighlighter(m_raw->document());
    rawLayout->addWidget(m_raw);
    auto *columnsBox = new QGroupBox(tr("Columns"), top);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    m_columns = new QTableWidget(0, 2, columnsBox);
    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->setHorizontalHeaderLabels({tr("Name"), tr("Type")});
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->verticalHeader()->setDefaultSectionSize(26);
    columnsLayout->addWidget(m_columns);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    auto *rowsBox = new QGroupBox(tr("Preview (first %1 rows)").arg(kPreviewRows), splitter);
    auto *rowsLayout = new QVBoxLayout(rowsBox);
    m_rowModel = new QStandardItemModel(this);
    m_rows = new QTableView(rowsBox);
    m_rows->setModel(m_rowModel);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->horizontalHeader()->setDefaultSectionSize(140);
    m_rows->setWordWrap(false);
    m_rows->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_rows->verticalHeader()->setDefaultSectionSize(24);
    rowsLayout->addWidget(m_rows);
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QComboBox *box : {m_format, m_delimiter, m_header})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::schedulePreview);
    connect(m_encoding, &QComboBox::currentTextChanged, this, &ImportDialog::schedulePreview);
    connect(m_dataset, &QLineEdit::textChanged, this, &ImportDialog::updateMode);
    connect(m_columns, &QTableWidget::itemChanged, this, &ImportDialog::updatePreviewHeader);
    updateMode();
}

SniffOptions ImportDialog::sniffOptions() const {
    SniffOptions options;
    options.format = fileFormatFromString(m_format->currentData().toString());
    // An encoding typed by hand has no item data; the text is the name.
    const QString encoding =
        m_encoding->currentIndex() > 0 || m_encoding->currentText() != m_encoding->itemText(0)
            ? m_encoding->currentText().trimmed()
            : QString();
    options.encoding = encoding;
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        options.delimiter = delimiter.front().toLatin1();
    const QString header = m_header->currentData().toString();
    if (!header.isEmpty())
        options.hasHeader = header == QLatin1String("yes");
    // Text decoded in a wrong encoding looks like anything: it must not flip the header found
    // in the file's own encoding (row 1 silently becoming the column names, or data).
    else if (!encoding.isEmpty() && m_headerAsDetected)
        options.hasHeader = *m_headerAsDetected;
    return options;
}

void ImportDialog::schedulePreview() {
    m_debounce.start();
}

void ImportDialog::startPreview() {
    m_ready = false;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_status->setText(tr("Reading the file…"));
    auto preview = std::make_shared<ImportPreview>();
    const QString path = m_path;
    const SniffOptions options = sniffOptions();
    // A newer preview (another encoding, delimiter or file) supersedes this one.
    TaskRunner::shared().run(
        this, QStringLiteral("preview"),
        [path, options, preview](TaskControl &) {
            return ImportPreview::build(path, options, kPreviewRows, *preview);
        },
        [this, preview](const Status &status) { applyPreview(*preview, status); });
}

void ImportDialog::applyPreview(const ImportPreview &preview, const Status &status) {
    if (!status) {
        m_preview = ImportPreview{};
        m_raw->clear();
        m_columns->setRowCount(0);
        m_rowModel->clear();
        m_status->setText(status.message());
        Q_EMIT previewUpdated();
        return;
    }
    m_preview = preview;
    const SniffResult &sniff = m_preview.sniff;
    if (sniffOptions().encoding.isEmpty())
        m_headerAsDetected = sniff.hasHeader;
    const bool csv = sniff.format == FileFormat::Csv;
    // Relabelling the "detected" entries must not look like a user's change.
    const QSignalBlocker b1(m_format), b2(m_encoding), b3(m_delimiter), b4(m_header);
    m_format->setItemText(0, tr("Detected: %1").arg(formatName(sniff.format).toUpper()));
    m_encoding->setItemText(0, tr("Detected: %1").arg(sniff.encoding));
    m_delimiter->setItemText(0, csv ? tr("Detected: %1").arg(delimiterLabel(sniff.delimiter))
                                    : tr("(not CSV)"));
    m_header->setItemText(0, sniff.hasHeader ? tr("Detected: first row is the header")
                                             : tr("Detected: no header row"));
    m_delimiter->setEnabled(csv);
    m_header->setEnabled(csv);
    m_highlighter->setDelimiter(csv ? QChar(sniff.delimiter) : QChar());
    // Tabs at every second character column: a TSV's columns stay near their values.
    m_raw->setTabStopDistance(2 * m_raw->fontMetrics().horizontalAdvance(u' ') * 2);
    m_raw->setPlainText(m_preview.rawText);
    fillColumns();

    m_rowModel->clear();
    m_rowModel->setColumnCount(int(m_preview.columns.size()));
    for (const QStringList &row : m_preview.rows) {
        QList<QStandardItem *> items;
        for (const QString &value : row) {
            const bool cut = value.size() > kCellChars || value.contains(u'\n');
            QString shown = value.size() > kCellChars ? value.left(kCellChars) + u'…' : value;
            auto *item = new QStandardItem(shown.replace(u'\n', u' '));
            item->setToolTip(cut ? value.left(4000) : QString());
            items.append(item);
        }
        m_rowModel->appendRow(items);
    }
    updatePreviewHeader();

    QString summary = tr("%1 columns; showing %2 rows%3.")
                          .arg(m_preview.columns.size())
                          .arg(m_preview.rows.size())
                          .arg(m_preview.moreRows ? tr(" of many") : QString());
    if (!m_preview.problems.isEmpty())
        summary +=
            u' ' + tr("Unreadable records: %1").arg(m_preview.problems.join(QStringLiteral("; ")));
    m_status->setText(summary);
    m_ready = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_preview.columns.isEmpty());
    Q_EMIT previewUpdated();
}

void ImportDialog::fillColumns() {
    const QSignalBlocker blocker(m_columns);
    m_columns->setRowCount(int(m_preview.columns.size()));
    for (int i = 0; i < m_preview.columns.size(); ++i) {
        const Column &column = m_preview.columns[i];
        m_columns->setItem(i, 0, new QTableWidgetItem(column.name));
        auto *type = new QComboBox(m_columns);
        for (ColumnType t : columnTypes())
            type->addItem(ColumnLabels::type(t), int(t));
        type->setCurrentIndex(int(columnTypes().indexOf(column.type)));
        type->setProperty("inferred", int(column.type));
        connect(type, &QComboBox::currentIndexChanged, this, &ImportDialog::updatePreviewHeader);
        m_columns->setCellWidget(i, 1, type);
    }
}

void ImportDialog::updatePreviewHeader() {
    for (int i = 0; i < m_columns->rowCount() && i < m_rowModel->columnCount(); ++i) {
        const auto *type = qobject_cast<QComboBox *>(m_columns->cellWidget(i, 1));
        const QString name = m_columns->item(i, 0) ? m_columns->item(i, 0)->text() : QString();
        m_rowModel->setHeaderData(
            i, Qt::Horizontal,
            QStringLiteral("%1\n%2").arg(name, type ? type->currentText() : QString()));
    }
}

void ImportDialog::updateMode() {
    const bool exists = m_exists && m_exists(m_dataset->text().trimmed());
    m_existsNote->setText(exists ? tr("Exists already:") : QString());
    m_existsNote->setVisible(exists);
    m_append->setVisible(exists);
    m_replace->setVisible(exists);
}

void ImportDialog::showError(const QString &message) {
    m_error->setText(tr("The import failed and nothing was written: %1").arg(message));
    m_error->show();
}

ImportOptions ImportDialog::options() const {
    ImportOptions options;
    options.files = {m_path};
    options.dataset = m_dataset->text().trimmed();
    options.sniff = sniffOptions();
    options.onError = m_skipBad->isChecked() ? OnError::Skip : OnError::Abort;
    const bool exists = m_exists && m_exists(options.dataset);
    options.mode = !exists                  ? ImportMode::Create
                   : m_replace->isChecked() ? ImportMode::Replace
                                            : ImportMode::Append;
    for (int i = 0; i < m_columns->rowCount(); ++i) {
        ColumnOverride override;
        const QString name =
            m_columns->item(i, 0) ? m_columns->item(i, 0)->text().trimmed() : QString();
        if (name != m_preview.columns.value(i).name)
            override.name = name;
        if (const auto *type = qobject_cast<QComboBox *>(m_columns->cellWidget(i, 1));
            type && type->currentData().toInt() != type->property("inferred").toInt())
            override.type = ColumnType(type->currentData().toInt());
        options.columnOverrides.append(override);
    }
    return options;
}

} // namespace tl

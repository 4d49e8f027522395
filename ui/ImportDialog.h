#pragma once

#include "ingest/ImportOptions.h"
#include "ingest/ImportPreview.h"

#include <QDialog>
#include <QTimer>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QTableView;
class QTableWidget;
class QStandardItemModel;
class QDialogButtonBox;

namespace tl {

class DelimiterHighlighter;

// Import settings for one file with a live preview: the raw first lines (delimiter
// highlighted), the first 200 rows as parsed, and the detected encoding, format, delimiter,
// header and per-column names and types, each editable. Previews are built off the GUI thread;
// a change while one is being built queues a fresh one and the old answer is dropped.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 200;

    // `exists` tells whether a dataset name is taken (then append or replace is asked).
    ImportDialog(const QString &path, std::function<bool(const QString &)> exists,
                 QWidget *parent = nullptr);

    ImportOptions options() const;
    const ImportPreview &preview() const { return m_preview; }
    bool previewReady() const { return m_ready; }
    // Shown above the settings when the import failed; the user can change and retry.
    void showError(const QString &message);

Q_SIGNALS:
    void previewUpdated();

private:
    void buildForm();
    void schedulePreview();
    void startPreview();
    void applyPreview(const ImportPreview &preview, const Status &status);
    void fillColumns();
    void updatePreviewHeader();
    void updateMode();
    SniffOptions sniffOptions() const;

    QString m_path;
    std::function<bool(const QString &)> m_exists;
    ImportPreview m_preview;
    std::optional<bool> m_headerAsDetected; // the header found with the encoding detected
    bool m_ready = false;
    QTimer m_debounce;

    QLabel *m_error = nullptr;
    QLineEdit *m_dataset = nullptr;
    QRadioButton *m_append = nullptr;
    QRadioButton *m_replace = nullptr;
    QLabel *m_existsNote = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_header = nullptr;
    QCheckBox *m_skipBad = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    DelimiterHighlighter *m_highlighter = nullptr;
    QTableWidget *m_columns = nullptr;
    QTableView *m_rows = nullptr;
    QStandardItemModel *m_rowModel = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tl

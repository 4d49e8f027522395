#pragma once

#include <QTimer>
#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QLabel;

namespace tl {

class DatasetTableModel;

// The centre of the window: a quick filter (debounced, run in SQL), the dataset's lazy table,
// and a side panel with the current cell whole (reviews are long). Ctrl+C copies the
// selection as tab-separated text with a header row.
class DatasetTableView : public QWidget {
    Q_OBJECT
public:
    explicit DatasetTableView(DatasetTableModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    void copySelection();
    void clearFilter();
    // Sizes the columns to the rows that arrive next (another dataset is shown).
    void fitColumnsToNextRows();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrentCell();
    void showCondition();
    void fitColumns();

    DatasetTableModel *m_model;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPlainTextEdit *m_cell;
    QLabel *m_cellTitle;
    QWidget *m_conditionBar;
    QLabel *m_conditionLabel;
    QTimer m_debounce;
    bool m_fitPending = false;
};

} // namespace tl

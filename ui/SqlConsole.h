#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace tl {

class UserStatement;

// A read-only SQL console over the workspace: datasets are tables under their own names.
// Queries run on a worker with a read-only connection; the first kMaxRows rows are shown.
// Past queries are kept in a history (saved in the settings).
class SqlConsole : public QDialog {
    Q_OBJECT
public:
    static constexpr int kMaxRows = 10000;
    static constexpr int kHistory = 30;
    // A query still running after this long is stopped (an endless recursive CTE).
    static constexpr int kTimeoutSeconds = 300;

    explicit SqlConsole(QString workspacePath, QWidget *parent = nullptr);
    ~SqlConsole() override;

    void setQuery(const QString &sql);
    void run();
    // Stops the running query; its answer reports it was cancelled.
    void cancel();
    QStandardItemModel *results() const { return m_results; }

Q_SIGNALS:
    void finished(bool ok);

private:
    void remember(const QString &sql);

    QString m_workspacePath;
    QPlainTextEdit *m_editor;
    QComboBox *m_history;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QTableView *m_table;
    QStandardItemModel *m_results;
    QLabel *m_status;
    std::shared_ptr<UserStatement> m_query; // the running query, shared with its worker
};

} // namespace tl

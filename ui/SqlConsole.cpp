#include "SqlConsole.h"

#include "engine/Engine.h"
#include "models/TaskRunner.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tl {

namespace {

const QString kHistoryKey = QStringLiteral("sql/history");

struct QueryAnswer {
    QStringList columns;
    QList<QStringList> rows;
    bool truncated = false;
    qint64 milliseconds = 0;
};

Status runQuery(UserStatement &query, QueryAnswer &answer) {
    QElapsedTimer timer;
    timer.start();
    const Status status =
        query.run([&answer](const QStringList &columns) { answer.columns = columns; },
                  [&answer](const QVariantList &values) {
                      if (answer.rows.size() == SqlConsole::kMaxRows) {
                          answer.truncated = true;
                          return false;
                      }
                      QStringList row;
                      for (const QVariant &value : values)
                          row.append(value.isNull() ? QString() : value.toString());
                      answer.rows.append(row);
                      return true;
                  });
    answer.milliseconds = timer.elapsed();
    return status;
}

} // namespace

SqlConsole::SqlConsole(QString workspacePath, QWidget *parent)
    : QDialog(parent)
    , m_workspacePath(std::move(workspacePath))
    , m_editor(new QPlainTextEdit(this))
    , m_history(new QComboBox(this))
    , m_run(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_results(new QStandardItemModel(this))
    , m_status(new QLabel(this)) {
    setWindowTitle(tr("SQL console (read-only)"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("History:"), this));
    top->addWidget(m_history, 1);
    m_run->setText(tr("Run (Ctrl+Enter)"));
    top->addWidget(m_run);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setEnabled(false);
    top->addWidget(m_cancel);
    layout->addLayout(top);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("SELECT * FROM dataset LIMIT 100"));
    splitter->addWidget(m_editor);
    m_table->setModel(m_results);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    m_history->addItems(QSettings().value(kHistoryKey).toStringList());
    m_history->setCurrentIndex(-1);
    connect(m_history, &QComboBox::activated, this,
            [this](int index) { m_editor->setPlainText(m_history->itemText(index)); });
    connect(m_run, &QPushButton::clicked, this, &SqlConsole::run);
    connect(m_cancel, &QPushButton::clicked, this, &SqlConsole::cancel);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, this, &SqlConsole::run);
    resize(900, 600);
}

SqlConsole::~SqlConsole() {
    cancel(); // the worker holds its own reference and ends at its next step
}

void SqlConsole::cancel() {
    if (m_query)
        m_query->cancel();
}

void SqlConsole::setQuery(const QString &sql) {
    m_editor->setPlainText(sql);
}

void SqlConsole::run() {
    const QString sql = m_editor->toPlainText().trimmed();
    if (sql.isEmpty() || !m_run->isEnabled())
        return;
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Running…"));
    auto answer = std::make_shared<QueryAnswer>();
    m_query = std::shared_ptr<UserStatement>(
        Engine::forWorkspace(m_workspacePath)
            ->userStatement(sql, std::chrono::seconds(kTimeoutSeconds)));
    TaskRunner::shared().run(
        this, QStringLiteral("query"),
        [query = m_query, answer](TaskControl &control) {
            const auto hook = control.onCancel([query] { query->cancel(); });
            return runQuery(*query, *answer);
        },
        [this, sql, answer](const Status &status) {
            m_query.reset();
            m_run->setEnabled(true);
            m_cancel->setEnabled(false);
            if (!status) {
                m_status->setText(tr("Error: %1").arg(status.message()));
                Q_EMIT finished(false);
                return;
            }
            remember(sql);
            m_results->clear();
            m_results->setHorizontalHeaderLabels(answer->columns);
            for (const QStringList &row : answer->rows) {
                QList<QStandardItem *> items;
                for (const QString &value : row)
                    items.append(new QStandardItem(value));
                m_results->appendRow(items);
            }
            m_status->setText((answer->truncated ? tr("First %1 rows shown (more exist); %2 ms")
                                                 : tr("%1 rows; %2 ms"))
                                  .arg(QLocale().toString(answer->rows.size()))
                                  .arg(answer->milliseconds));
            Q_EMIT finished(true);
        });
}

void SqlConsole::remember(const QString &sql) {
    QStringList history = QSettings().value(kHistoryKey).toStringList();
    history.removeAll(sql);
    history.prepend(sql);
    while (history.size() > kHistory)
        history.removeLast();
    QSettings().setValue(kHistoryKey, history);
    const QSignalBlocker blocker(m_history);
    m_history->clear();
    m_history->addItems(history);
    m_history->setCurrentIndex(0);
}

} // namespace tl

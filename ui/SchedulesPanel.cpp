#include "SchedulesPanel.h"

#include "core/Clock.h"
#include "models/ScheduleListModel.h"
#include "schedule/ScheduleStore.h"
#include "store/Connection.h"
#include "store/RunLog.h"
#include "store/Workspace.h"
#include "ui/ScheduleController.h"
#include "ui/ScheduleHistoryView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace tl {

namespace {

// The words as one line that QProcess::splitCommand reads back the same: a word with a
// space or a quote in quotes, a quote in it tripled.
QString commandText(const QStringList &words) {
    QStringList quoted;
    for (QString word : words) {
        if (word.isEmpty() || word.contains(u' ') || word.contains(u'\t') || word.contains(u'"'))
            word = u'"' + word.replace(u'"', QStringLiteral("\"\"\"")) + u'"';
        quoted.append(word);
    }
    return quoted.join(u' ');
}

} // namespace

SchedulesPanel::SchedulesPanel(ScheduleListModel &model, ScheduleController &controller,
                               QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_controller(controller)
    , m_view(new QTableView(this))
    , m_add(new QToolButton(this))
    , m_edit(new QToolButton(this))
    , m_pause(new QToolButton(this))
    , m_runNow(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_history(new ScheduleHistoryView(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *bar = new QHBoxLayout;
    for (QToolButton *b : {m_add, m_edit, m_pause, m_runNow, m_remove})
        bar->addWidget(b);
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);
    m_view->setModel(&m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_history);
    retranslate();

    connect(m_add, &QToolButton::clicked, this, [this] { edit(nullptr); });
    connect(m_edit, &QToolButton::clicked, this, [this] {
        if (const Schedule *s = selected())
            edit(s);
    });
    connect(m_view, &QTableView::activated, this, [this] {
        if (const Schedule *s = selected())
            edit(s);
    });
    connect(m_pause, &QToolButton::clicked, this, &SchedulesPanel::togglePause);
    connect(m_runNow, &QToolButton::clicked, this, [this] {
        if (const Schedule *s = selected()) {
            m_status->setText(tr("running %1…").arg(s->name));
            m_controller.runNow(s->name);
        }
    });
    connect(m_remove, &QToolButton::clicked, this, &SchedulesPanel::remove);
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        updateButtons();
        showHistory();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        showHistory();
    });
    connect(&m_controller, &ScheduleController::ran, this,
            [this](const QList<ScheduleOutcome> &, const QString &error) {
                m_status->setText(error);
                m_model.refresh();
            });
    updateButtons();
}

void SchedulesPanel::retranslate() {
    m_add->setText(tr("Add…"));
    m_add->setToolTip(tr("Run a fetch (or import, export, score) every so often"));
    m_edit->setText(tr("Edit…"));
    m_runNow->setText(tr("Run now"));
    m_remove->setText(tr("Remove"));
    updateButtons();
}

void SchedulesPanel::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

const Schedule *SchedulesPanel::selected() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model.schedule(rows.front().row());
}

void SchedulesPanel::updateButtons() {
    const Schedule *s = selected();
    for (QToolButton *b : {m_edit, m_pause, m_runNow, m_remove})
        b->setEnabled(s != nullptr);
    m_pause->setText(s && s->paused ? tr("Resume") : tr("Pause"));
}

void SchedulesPanel::showHistory() {
    const Schedule *s = selected();
    QList<RunEntry> runs;
    Connection connection;
    if (s && connection.open(m_path, Connection::Access::ReadOnly)) {
        if (const auto recent =
                RunLog(connection.db()).scheduledRuns(s->name, ScheduleHistoryView::kRuns))
            runs = *recent;
    }
    m_history->setRuns(runs);
}

void SchedulesPanel::report(const QString &error) {
    m_status->setText(error);
    m_model.refresh();
}

void SchedulesPanel::edit(const Schedule *existing) {
    QDialog dialog(this);
    dialog.setWindowTitle(existing ? tr("Edit schedule") : tr("New schedule"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("name"));
    auto *every = new QComboBox(&dialog);
    every->setObjectName(QStringLiteral("every"));
    every->setEditable(true);
    every->addItems(
        {QStringLiteral("30m"), QStringLiteral("1h"), QStringLiteral("6h"), QStringLiteral("1d")});
    auto *atSet = new QCheckBox(tr("at"), &dialog);
    auto *at = new QTimeEdit(&dialog);
    at->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *atRow = new QHBoxLayout;
    atRow->addWidget(atSet);
    atRow->addWidget(at, 1);
    auto *command = new QLineEdit(&dialog);
    command->setObjectName(QStringLiteral("command"));
    command->setPlaceholderText(QStringLiteral("fetch kobis-daily --from yesterday"));
    command->setToolTip(tr("A trendlens command line without 'trendlens' and -w: fetch, import, "
                           "export, score or chart"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *why = new QLabel(&dialog);
    why->setWordWrap(true);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Every:"), every);
    form->addRow(tr("Time of day:"), atRow);
    form->addRow(tr("Command:"), command);
    form->addRow(why);
    form->addRow(buttons);
    if (existing) {
        name->setText(existing->name);
        name->setReadOnly(true);
        every->setCurrentText(Schedule::everyText(existing->everySeconds));
        atSet->setChecked(existing->at.has_value());
        if (existing->at)
            at->setTime(*existing->at);
        command->setText(commandText(existing->command));
    } else {
        every->setCurrentText(QStringLiteral("1h"));
        at->setTime(QTime(9, 0));
    }
    at->setEnabled(atSet->isChecked());
    connect(atSet, &QCheckBox::toggled, at, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const std::optional<qint64> seconds = Schedule::parseEvery(every->currentText());
        const QStringList words = QProcess::splitCommand(command->text());
        if (!seconds) {
            why->setText(tr("Every takes a number and m, h or d: 30m, 1h, 1d."));
            return;
        }
        if (words.isEmpty() ||
            !QStringList{QStringLiteral("fetch"), QStringLiteral("import"),
                         QStringLiteral("export"), QStringLiteral("score"), QStringLiteral("chart")}
                 .contains(words.front())) {
            why->setText(tr("The command starts with fetch, import, export, score or chart."));
            return;
        }
        const auto made =
            Schedule::make(name->text().trimmed(), *seconds,
                           atSet->isChecked() ? std::optional<QTime>(at->time()) : std::nullopt,
                           words, Clock::now());
        if (!made) {
            why->setText(made.status().message());
            return;
        }
        std::unique_ptr<Workspace> workspace;
        Status s = Workspace::openExisting(m_path, workspace);
        if (s) {
            ScheduleStore store(workspace->database());
            s = existing ? store.replace(*made) : store.add(*made);
        }
        if (!s) {
            why->setText(s.message());
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        report({});
}

void SchedulesPanel::togglePause() {
    const Schedule *s = selected();
    if (!s)
        return;
    std::unique_ptr<Workspace> workspace;
    Status status = Workspace::openExisting(m_path, workspace);
    if (status)
        status = ScheduleStore(workspace->database()).setPaused(s->name, !s->paused);
    report(status ? QString() : status.message());
}

void SchedulesPanel::remove() {
    const Schedule *s = selected();
    if (!s)
        return;
    const QString name = s->name;
    if (QMessageBox::question(
            this, tr("Remove schedule"),
            tr("Remove the schedule '%1'? Its runs stay in the run log.").arg(name)) !=
        QMessageBox::Yes)
        return;
    std::unique_ptr<Workspace> workspace;
    Status status = Workspace::openExisting(m_path, workspace);
    if (status)
        status = ScheduleStore(workspace->database()).remove(name);
    report(status ? QString() : status.message());
}

} // namespace tl

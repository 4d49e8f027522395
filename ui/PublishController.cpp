#include "PublishController.h"

#include "export/MartLayout.h"
#include "models/TaskRunner.h"
#include "ui/JobProgress.h"
#include "ui/WorkspaceController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>

namespace tl {

PublishController::PublishController(WorkspaceController &workspace, JobProgress &progress,
                                     QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_progress(progress)
    , m_window(window) {
}

void PublishController::publishDataset(const QString &dataset) {
    const auto info = m_workspace.find(dataset);
    if (!info)
        return;
    const QList<ServerConnection> connections = m_workspace.connections();
    if (connections.isEmpty()) {
        Q_EMIT finished(Status::badInput(tr("Add a team database first (View ▸ Team databases)")),
                        {});
        return;
    }
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Publish %1").arg(dataset));
    auto *server = new QComboBox(&dialog);
    for (const ServerConnection &c : connections)
        server->addItem(QStringLiteral("%1 — %2").arg(c.name, c.url), c.name);
    auto *table = new QLineEdit(dataset, &dialog);
    auto *mode = new QComboBox(&dialog);
    mode->addItem(tr("Create a new table"), int(PublishMode::Create));
    mode->addItem(tr("Append to the table"), int(PublishMode::Append));
    mode->addItem(tr("Replace the table's rows"), int(PublishMode::Replace));
    mode->addItem(tr("Upsert by key"), int(PublishMode::Upsert));
    auto *keys = new QLineEdit(&dialog);
    keys->setPlaceholderText(MartLayout::of(info->name, info->columns).keys.join(u", "));
    auto *sinceRun = new QCheckBox(tr("Only rows of runs not yet published"), &dialog);
    const auto modeChosen = [mode, sinceRun] {
        const auto chosen = PublishMode(mode->currentData().toInt());
        sinceRun->setEnabled(chosen == PublishMode::Append || chosen == PublishMode::Upsert);
    };
    QObject::connect(mode, &QComboBox::currentIndexChanged, &dialog, modeChosen);
    modeChosen();
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Team database:"), server);
    form->addRow(tr("Table (schema.name):"), table);
    form->addRow(tr("Mode:"), mode);
    form->addRow(tr("Key columns:"), keys);
    form->addRow(sinceRun);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Publish"));
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PublishOptions options;
    options.datasets = {dataset};
    options.table = table->text().trimmed();
    options.mode = PublishMode(mode->currentData().toInt());
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    options.keys = keys->text().split(separators, Qt::SkipEmptyParts);
    options.sinceRun = sinceRun->isEnabled() && sinceRun->isChecked();
    publish(server->currentData().toString(), options);
}

void PublishController::publish(const QString &connection, const PublishOptions &options) {
    const QString path = m_workspace.path();
    const QString dataset = options.datasets.join(QStringLiteral(", "));
    auto job = std::make_shared<PublishJob>(path, connection, options);
    auto result = std::make_shared<PublishResult>();
    const int progressId = m_progress.follow(tr("Publishing %1…").arg(dataset), job);
    TaskRunner::shared().run(
        this, {},
        [job, result](TaskControl &control) {
            const auto hook = control.onCancel([job] { job->cancel(); });
            return job->run(*result);
        },
        [this, result, dataset, connection, progressId](const Status &status) {
            m_progress.finish(progressId);
            QString message;
            if (status)
                message = tr("Published %1 rows of %2 to %3")
                              .arg(QLocale().toString(result->rows), dataset, connection);
            Q_EMIT finished(status, status ? message : status.message());
        },
        TaskRunner::Kind::Job);
}

} // namespace tl

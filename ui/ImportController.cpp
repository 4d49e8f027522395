#include "ImportController.h"

#include "ingest/ImportJob.h"
#include "models/TaskRunner.h"
#include "ui/ImportDialog.h"
#include "ui/JobProgress.h"
#include "ui/WorkspaceController.h"

#include <QFileInfo>

namespace tl {

ImportController::ImportController(WorkspaceController &workspace, JobProgress &progress,
                                   QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_progress(progress)
    , m_window(window) {
}

ImportController::~ImportController() {
    if (m_job)
        m_job->cancel();
}

bool ImportController::isBusy() const {
    return !m_dialog.isNull() || m_job;
}

ImportDialog *ImportController::currentDialog() const {
    return m_dialog;
}

void ImportController::enqueue(const QStringList &files) {
    m_queue.append(files);
    if (!isBusy())
        next();
}

void ImportController::cancel() {
    if (m_job)
        m_job->cancel();
}

void ImportController::next() {
    if (m_queue.isEmpty() || !m_workspace.isOpen())
        return;
    const QString path = m_queue.takeFirst();
    WorkspaceController *workspace = &m_workspace;
    m_dialog = new ImportDialog(
        path, [workspace](const QString &name) { return workspace->find(name).has_value(); },
        m_window);
    connect(m_dialog, &QDialog::accepted, this, &ImportController::startImport);
    connect(m_dialog, &QDialog::rejected, this, [this] {
        m_dialog->deleteLater();
        m_dialog = nullptr;
        next();
    });
    Q_EMIT dialogOpened(m_dialog);
    m_dialog->open();
}

void ImportController::startImport() {
    const ImportOptions options = m_dialog->options();
    m_job = std::make_shared<ImportJob>(m_workspace.path(), options);
    m_result = std::make_shared<ImportResult>();
    m_progressId = m_progress.follow(
        tr("Importing %1…").arg(QFileInfo(options.files.front()).fileName()), m_job);
    auto job = m_job;
    auto result = m_result;
    TaskRunner::shared().run(
        this, {},
        [job, result](TaskControl &control) {
            const auto hook = control.onCancel([job] { job->cancel(); });
            return job->run(*result);
        },
        [this](const Status &status) { onImported(status); }, TaskRunner::Kind::Job);
}

void ImportController::onImported(const Status &status) {
    m_progress.finish(m_progressId);
    m_job.reset();
    m_workspace.refresh();
    const ImportResult result = *m_result;
    Q_EMIT finished(status, result);
    if (!status && status.kind() != ErrorKind::Cancelled && m_dialog) {
        m_dialog->showError(status.message());
        m_dialog->open();
        return;
    }
    if (m_dialog) {
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
    next();
}

} // namespace tl

#include "ScoreController.h"

#include "models/TaskRunner.h"
#include "text/ScoreJob.h"
#include "ui/JobProgress.h"
#include "ui/ScoreDialog.h"
#include "ui/WorkspaceController.h"

#include <QLocale>

namespace tl {

ScoreController::ScoreController(WorkspaceController &workspace, JobProgress &progress,
                                 QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_progress(progress)
    , m_window(window) {
}

ScoreController::~ScoreController() {
    if (m_job)
        m_job->cancel();
}

ScoreDialog *ScoreController::currentDialog() const {
    return m_dialog;
}

void ScoreController::scoreDataset(const QString &dataset) {
    const auto info = m_workspace.find(dataset);
    if (!info || m_dialog || m_job)
        return;
    m_dialog = new ScoreDialog(*info, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_dialog, &QDialog::accepted, this, &ScoreController::start);
    connect(m_dialog, &QDialog::rejected, this, &ScoreController::closeDialog);
    Q_EMIT dialogOpened(m_dialog);
    m_dialog->open();
}

void ScoreController::closeDialog() {
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog.clear(); // a new one can open before this one is gone
}

void ScoreController::start() {
    const ScoreOptions options = m_dialog->options();
    m_job = std::make_shared<ScoreJob>(m_workspace.path(), options);
    auto result = std::make_shared<ScoreResult>();
    const int progressId =
        m_progress.follow(tr("Scoring %1 of %2…").arg(options.column, options.dataset), m_job);
    auto job = m_job;
    TaskRunner::shared().run(
        this, {},
        [job, result](TaskControl &control) {
            const auto hook = control.onCancel([job] { job->cancel(); });
            return job->run(*result);
        },
        [this, result, options, progressId](const Status &status) {
            m_progress.finish(progressId);
            m_job.reset();
            m_workspace.refresh();
            QString message;
            if (status) {
                message = tr("Scored %1 rows of %2 into %3")
                              .arg(QLocale().toString(result->scored), options.dataset,
                                   result->provenance.column);
                if (!result->labelColumn.isEmpty())
                    message += u' ' + tr("(labels in %1)").arg(result->labelColumn);
            } else {
                message = status.message();
            }
            Q_EMIT finished(status, options.dataset, message);
            if (!status && status.kind() != ErrorKind::Cancelled && m_dialog) {
                m_dialog->showError(status.message());
                m_dialog->open();
                return;
            }
            closeDialog();
        },
        TaskRunner::Kind::Job);
}

} // namespace tl

#pragma once

#include "core/Status.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace tl {

class JobProgress;
class ScoreDialog;
class ScoreJob;
class WorkspaceController;

// Dataset ▸ Add score column…: the dialog, then the scoring in the background with progress
// and Cancel in the status bar. A scorer's failure reopens the dialog with the engine's
// message (scores committed before it stay); Cancel keeps what is scored.
class ScoreController : public QObject {
    Q_OBJECT
public:
    ScoreController(WorkspaceController &workspace, JobProgress &progress, QWidget *window);
    ~ScoreController() override;

    void scoreDataset(const QString &dataset);
    bool isBusy() const { return m_job != nullptr; }
    ScoreDialog *currentDialog() const;

Q_SIGNALS:
    void dialogOpened(tl::ScoreDialog *dialog);
    // The dataset changed (a column added, scores written), also after a failure or Cancel.
    void finished(const tl::Status &status, const QString &dataset, const QString &message);

private:
    void start();
    void closeDialog();

    WorkspaceController &m_workspace;
    JobProgress &m_progress;
    QWidget *m_window;
    QPointer<ScoreDialog> m_dialog;
    std::shared_ptr<ScoreJob> m_job;
};

} // namespace tl

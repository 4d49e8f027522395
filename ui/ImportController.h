#pragma once

#include "core/Status.h"
#include "ingest/ImportOptions.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QWidget;

namespace tl {

class ImportDialog;
class ImportJob;
class JobProgress;
class WorkspaceController;

// Turns dropped or chosen files into datasets: one import dialog per file, in turn; the
// import itself in the background with progress and cancel in the status bar. A failed
// import reopens its dialog with the engine's message so the user can fix a setting and retry.
class ImportController : public QObject {
    Q_OBJECT
public:
    ImportController(WorkspaceController &workspace, JobProgress &progress, QWidget *window);
    ~ImportController() override;

    void enqueue(const QStringList &files);
    bool isBusy() const;
    void cancel();
    ImportDialog *currentDialog() const;

Q_SIGNALS:
    void dialogOpened(tl::ImportDialog *dialog);
    void finished(const tl::Status &status, const tl::ImportResult &result);

private:
    void next();
    void startImport();
    void onImported(const Status &status);

    WorkspaceController &m_workspace;
    JobProgress &m_progress;
    QWidget *m_window;
    QStringList m_queue;
    QPointer<ImportDialog> m_dialog;
    std::shared_ptr<ImportJob> m_job;
    std::shared_ptr<ImportResult> m_result;
    int m_progressId = 0;
};

} // namespace tl

#pragma once

#include "core/Status.h"
#include "export/PublishJob.h"

#include <QObject>

class QWidget;

namespace tl {

class JobProgress;
class WorkspaceController;

// Publishes a dataset into a team database in the background (PublishJob), with progress
// and cancel in the status bar; the dialog asks where and how.
class PublishController : public QObject {
    Q_OBJECT
public:
    PublishController(WorkspaceController &workspace, JobProgress &progress, QWidget *window);

    // Asks for the connection, table and mode, then publishes.
    void publishDataset(const QString &dataset);
    void publish(const QString &connection, const PublishOptions &options);

Q_SIGNALS:
    void finished(const tl::Status &status, const QString &message);

private:
    WorkspaceController &m_workspace;
    JobProgress &m_progress;
    QWidget *m_window;
};

} // namespace tl

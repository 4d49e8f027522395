#pragma once

#include "core/Status.h"

#include <QObject>

class QWidget;

namespace tl {

class ExportJob;
class JobProgress;
class WorkspaceController;

// Exports a dataset as CSV (UTF-8, or CP949 for Korean Excel) in the background, with
// progress and cancel in the status bar.
class ExportController : public QObject {
    Q_OBJECT
public:
    ExportController(WorkspaceController &workspace, JobProgress &progress, QWidget *window);

    // Asks for a file, then exports.
    void exportDataset(const QString &dataset);
    void exportTo(const QString &dataset, const QString &path, const QString &encoding);

Q_SIGNALS:
    void finished(const tl::Status &status, const QString &message);

private:
    WorkspaceController &m_workspace;
    JobProgress &m_progress;
    QWidget *m_window;
};

} // namespace tl

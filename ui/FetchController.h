#pragma once

#include "core/Status.h"

#include <QObject>

class QTimer;
class QWidget;

namespace tl {

class FetchDialog;
class JobProgress;
class WorkspaceController;

// Runs what the fetch dialog asks for in the background, with progress and cancel in the
// status bar; the catalog and the run log refresh when it ends, whatever the outcome. While a
// stream runs, its dataset is announced as it grows, at most once a second.
class FetchController : public QObject {
    Q_OBJECT
public:
    FetchController(WorkspaceController &workspace, JobProgress &progress, QWidget *window);

    // Opens the fetch dialog (on `source` when given) and runs what it asks for.
    void chooseAndFetch(const QString &source = {});
    void fetch(const FetchDialog &dialog);

Q_SIGNALS:
    void finished(const tl::Status &status, const QString &message);
    // New rows of `dataset` are committed (a live stream): charts over it redraw.
    void datasetGrew(const QString &dataset);

private:
    WorkspaceController &m_workspace;
    JobProgress &m_progress;
    QWidget *m_window;
};

} // namespace tl

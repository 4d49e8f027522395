#include "FetchController.h"

#include "sources/Secrets.h"
#include "sources/SourceCatalog.h"
#include "ui/BackgroundTask.h"
#include "ui/FetchDialog.h"
#include "ui/JobProgress.h"
#include "ui/WorkspaceController.h"

#include <QPointer>
#include <QTimer>

namespace tl {

namespace {

// Redraws wait this long after a batch, so a fast stream redraws once a second, not per batch.
constexpr int kLiveRedrawMs = 1000;

} // namespace

FetchController::FetchController(WorkspaceController &workspace, JobProgress &progress,
                                 QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_progress(progress)
    , m_window(window) {
}

void FetchController::chooseAndFetch(const QString &source) {
    FetchDialog dialog(m_window);
    if (!source.isEmpty())
        dialog.setSource(source);
    if (dialog.exec() == QDialog::Accepted)
        fetch(dialog);
}

void FetchController::fetch(const FetchDialog &dialog) {
    const SourceDescription description = dialog.source();
    const QString key = dialog.key();
    if (key.isEmpty() && dialog.needsKey()) {
        Q_EMIT finished(
            Status::badInput(tr("enter an API key first (or set %1)").arg(description.keyVariable)),
            {});
        return;
    }
    QString keychainNote;
    if (dialog.rememberKey()) {
        if (Status s = Secrets::store(description.keyVariable, key); !s)
            keychainNote = s.message();
    }
    std::unique_ptr<Source> created;
    if (Status s =
            description.create(m_workspace.path(), dialog.values(), dialog.baseUrl(), key, created);
        !s) {
        Q_EMIT finished(s, {});
        return;
    }
    std::shared_ptr<Source> source(std::move(created));
    const int progressId = m_progress.start(tr("Fetching %1…").arg(description.title),
                                            [weak = std::weak_ptr<Source>(source)] {
                                                if (auto running = weak.lock())
                                                    running->cancel();
                                            });
    auto *redraw = new QTimer(this);
    redraw->setSingleShot(true);
    redraw->setInterval(kLiveRedrawMs);
    connect(redraw, &QTimer::timeout, this,
            [this, live = description.liveDataset] { Q_EMIT datasetGrew(live); });
    QPointer<FetchController> self(this);
    QPointer<QTimer> redrawTimer(redraw);
    const bool live = !description.liveDataset.isEmpty();
    source->setProgress([self, redrawTimer, progressId, live](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(self, [self, redrawTimer, progressId, live, done, total] {
            if (!self)
                return;
            self->m_progress.setProgress(progressId, done, total);
            if (live && redrawTimer && !redrawTimer->isActive())
                redrawTimer->start();
        });
    });
    auto report = std::make_shared<SourceReport>();
    runInBackground(
        this, [source, report] { return source->run(*report); },
        [this, progressId, report, redraw, description, keychainNote](const Status &status) {
            if (!keychainNote.isEmpty())
                report->notes.prepend(keychainNote);
            m_progress.finish(progressId);
            redraw->deleteLater();
            m_workspace.refresh();
            if (!description.liveDataset.isEmpty())
                Q_EMIT datasetGrew(description.liveDataset);
            QString message;
            if (status) {
                message = description.title + QStringLiteral(": ") + report->summary;
                // The status bar shows the first notes; a stream's full list is long.
                if (!report->notes.isEmpty())
                    message +=
                        QStringLiteral(" (") + report->notes.mid(0, 3).join(QStringLiteral("; ")) +
                        (report->notes.size() > 3 ? QStringLiteral("; …)") : QStringLiteral(")"));
            }
            Q_EMIT finished(status, message);
        });
}

} // namespace tl

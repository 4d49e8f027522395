#include "FetchController.h"

#include "models/TaskRunner.h"
#include "sources/Secrets.h"
#include "sources/SourceCatalog.h"
#include "ui/FetchDialog.h"
#include "ui/JobProgress.h"
#include "ui/WorkspaceController.h"

#include <QPointer>
#include <QTimer>

#include <mutex>

namespace tl {

namespace {

// Redraws wait this long after a batch, so a fast stream redraws once a second, not per batch.
constexpr int kLiveRedrawMs = 1000;

// A fetch in flight: Cancel reaches its source whether or not the worker has built it yet.
class FetchJob {
public:
    void cancel() {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        if (m_source)
            m_source->cancel();
    }
    // Hands the built source over; false when Cancel came first.
    bool attach(std::shared_ptr<Source> source) {
        std::lock_guard lock(m_mutex);
        if (m_cancelled)
            return false;
        m_source = std::move(source);
        return true;
    }

    SourceReport report; // written by the worker, read when it has finished

private:
    std::mutex m_mutex;
    std::shared_ptr<Source> m_source;
    bool m_cancelled = false;
};

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
    const QString path = m_workspace.path();
    const QString typedOrEnvironment = dialog.key();
    const bool remember = dialog.rememberKey();
    const SourceValues values = dialog.values();
    const QString baseUrl = dialog.baseUrl();
    auto job = std::make_shared<FetchJob>();
    const int progressId =
        m_progress.start(tr("Fetching %1…").arg(description.title), [job] { job->cancel(); });
    const QString liveDataset =
        description.liveDataset ? description.liveDataset(values) : QString();
    auto *redraw = new QTimer(this);
    redraw->setSingleShot(true);
    redraw->setInterval(kLiveRedrawMs);
    connect(redraw, &QTimer::timeout, this,
            [this, liveDataset] { Q_EMIT datasetGrew(liveDataset); });
    QPointer<FetchController> self(this);
    QPointer<QTimer> redrawTimer(redraw);
    const bool live = !liveDataset.isEmpty();
    const Source::Progress progress = [self, redrawTimer, progressId, live](qint64 done,
                                                                            qint64 total) {
        QMetaObject::invokeMethod(self, [self, redrawTimer, progressId, live, done, total] {
            if (!self)
                return;
            self->m_progress.setProgress(progressId, done, total);
            if (live && redrawTimer && !redrawTimer->isActive())
                redrawTimer->start();
        });
    };
    const HttpClient::Retrying retrying = [self, progressId](int attempt, int maxAttempts,
                                                             int waitMs) {
        QMetaObject::invokeMethod(self, [self, progressId, attempt, maxAttempts, waitMs] {
            if (self)
                self->m_progress.setRetrying(progressId, attempt, maxAttempts, waitMs);
        });
    };
    const std::function<void()> waiting = [self, progressId] {
        QMetaObject::invokeMethod(self, [self, progressId] {
            if (self)
                self->m_progress.setWaiting(progressId);
        });
    };
    // The keychain may be slow to answer, and so may a source's set-up: both happen on the
    // worker, not the GUI thread.
    TaskRunner::shared().run(
        this, {},
        [job, description, path, typedOrEnvironment, remember, values, baseUrl, progress, waiting,
         retrying](TaskControl &control) {
            const auto hook = control.onCancel([job] { job->cancel(); });
            QString key = typedOrEnvironment;
            if (key.isEmpty() && !description.keyVariable.isEmpty()) {
                key = Secrets::fromKeychain(description.keyVariable);
                if (key.isEmpty())
                    return Status::badInput(
                        tr("enter an API key first (or set %1)").arg(description.keyVariable));
            } else if (remember) {
                if (Status s = Secrets::store(description.keyVariable, key); !s)
                    job->report.notes.append(s.message());
            }
            std::unique_ptr<Source> created;
            if (Status s = description.create(path, values, baseUrl, key, created); !s)
                return s;
            created->setProgress(progress);
            created->setWaiting(waiting);
            created->setRetrying(retrying);
            std::shared_ptr<Source> source(std::move(created));
            if (!job->attach(source))
                return Status::cancelled(tr("fetch cancelled; nothing was stored"));
            return source->run(job->report);
        },
        [this, progressId, job, redraw, description, liveDataset](const Status &status) {
            m_progress.finish(progressId);
            redraw->deleteLater();
            m_workspace.refresh();
            if (!liveDataset.isEmpty())
                Q_EMIT datasetGrew(liveDataset);
            QString message;
            if (status) {
                message = description.title + QStringLiteral(": ") + job->report.summary;
                // The status bar shows the first notes; a stream's full list is long.
                if (!job->report.notes.isEmpty())
                    message += QStringLiteral(" (") +
                               job->report.notes.mid(0, 3).join(QStringLiteral("; ")) +
                               (job->report.notes.size() > 3 ? QStringLiteral("; …)")
                                                             : QStringLiteral(")"));
            }
            Q_EMIT finished(status, message);
        },
        TaskRunner::Kind::Job);
}

} // namespace tl

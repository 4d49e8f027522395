#include "FetchController.h"

#include "ui/BackgroundTask.h"
#include "ui/FetchDialog.h"
#include "ui/JobProgress.h"
#include "ui/WorkspaceController.h"

namespace tl {

FetchController::FetchController(WorkspaceController &workspace, JobProgress &progress,
                                 QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_progress(progress)
    , m_window(window) {
}

void FetchController::chooseAndFetch() {
    FetchDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted)
        fetch(dialog);
}

void FetchController::fetch(const FetchDialog &dialog) {
    const QString key = dialog.key();
    if (key.isEmpty() && dialog.needsKey()) {
        Q_EMIT finished(Status::badInput(tr("enter an API key first")), {});
        return;
    }
    const QString path = m_workspace.path();
    std::function<Status()> work;
    std::function<QString()> summary;
    int progressId = 0;
    if (dialog.source() == FetchDialog::SourceKind::KobisDaily) {
        auto source = std::make_shared<KobisDailySource>(path, dialog.kobisOptions(), key);
        auto result = std::make_shared<KobisResult>();
        progressId = m_progress.follow(tr("Fetching KOBIS box office…"), source);
        work = [source, result] { return source->run(*result); };
        summary = [result] {
            QString text = tr("KOBIS: %1 rows over %2 days, %3 new movies")
                               .arg(result->rows)
                               .arg(result->days)
                               .arg(result->newMovies);
            if (!result->notPublished.isEmpty())
                text += u' ' + tr("(not published yet: %1)")
                                   .arg(result->notPublished.join(QStringLiteral(", ")));
            return text;
        };
    } else if (dialog.source() == FetchDialog::SourceKind::GmarketBest) {
        auto source = std::make_shared<GmarketBestSource>(path, dialog.gmarketOptions());
        auto result = std::make_shared<GmarketResult>();
        progressId = m_progress.follow(tr("Fetching Gmarket best-sellers…"), source);
        work = [source, result] { return source->run(*result); };
        summary = [result] {
            return tr("Gmarket: %1 items from %2 pages").arg(result->rows).arg(result->pages);
        };
    } else {
        auto source = std::make_shared<MapleRankingSource>(path, dialog.mapleOptions(), key);
        auto result = std::make_shared<MapleResult>();
        progressId = m_progress.follow(tr("Fetching MapleStory ranking…"), source);
        work = [source, result] { return source->run(*result); };
        summary = [result] {
            return tr("MapleStory: %1 rows from %2 pages").arg(result->rows).arg(result->pages);
        };
    }
    runInBackground(this, work, [this, progressId, summary](const Status &status) {
        m_progress.finish(progressId);
        m_workspace.refresh();
        Q_EMIT finished(status, status ? summary() : QString());
    });
}

} // namespace tl

#include "ExportController.h"

#include "export/ExportJob.h"
#include "models/TaskRunner.h"
#include "ui/JobProgress.h"
#include "ui/WorkspaceController.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace tl {

ExportController::ExportController(WorkspaceController &workspace, JobProgress &progress,
                                   QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_progress(progress)
    , m_window(window) {
}

void ExportController::exportDataset(const QString &dataset) {
    const QString utf8 = tr("CSV, UTF-8 (*.csv)");
    const QString cp949 = tr("CSV for Korean Excel, CP949 (*.csv)");
    QString filter = utf8;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              u'/' + dataset + QStringLiteral(".csv");
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export %1").arg(dataset), suggested,
                                     utf8 + QStringLiteral(";;") + cp949, &filter);
    if (!path.isEmpty())
        exportTo(dataset, path,
                 filter == cp949 ? QStringLiteral("CP949") : QStringLiteral("UTF-8"));
}

void ExportController::exportTo(const QString &dataset, const QString &path,
                                const QString &encoding) {
    auto job = std::make_shared<ExportJob>(m_workspace.path(), dataset, path, encoding);
    auto result = std::make_shared<ExportResult>();
    const int progressId = m_progress.follow(tr("Exporting %1…").arg(dataset), job);
    TaskRunner::shared().run(
        this, {},
        [job, result](TaskControl &control) {
            const auto hook = control.onCancel([job] { job->cancel(); });
            return job->run(*result);
        },
        [this, job, result, dataset, path, progressId](const Status &status) {
            m_progress.finish(progressId);
            QString message;
            if (status) {
                message =
                    tr("Exported %1 rows of %2 to %3")
                        .arg(QLocale().toString(result->rows), dataset, QFileInfo(path).fileName());
                if (result->unencodable > 0)
                    message +=
                        u' ' +
                        tr("(%1 characters had no form in that encoding)").arg(result->unencodable);
            }
            Q_EMIT finished(status, status ? message : status.message());
        },
        TaskRunner::Kind::Job);
}

} // namespace tl

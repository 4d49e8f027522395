#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QToolButton;

namespace tl {

// The status bar's view of running work: what runs, how far (bytes or rows), and a cancel
// button. An import and an export may run at once: the bar shows the one started last (and
// how many others run), Cancel stops them all. Hidden when nothing runs.
class JobProgress : public QWidget {
    Q_OBJECT
public:
    explicit JobProgress(QWidget *parent = nullptr);

    // Shows an engine job (ImportJob, ExportJob: setProgress() and a thread-safe cancel()):
    // its progress arrives from the worker thread and is applied on the GUI thread. Returns
    // the id to finish() it with.
    template<class Job> int follow(const QString &title, const std::shared_ptr<Job> &job) {
        const int id = start(title, [weak = std::weak_ptr<Job>(job)] {
            if (auto running = weak.lock())
                running->cancel();
        });
        QPointer<JobProgress> self(this);
        job->setProgress([self, id](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(self, [self, id, done, total] {
                if (self)
                    self->setProgress(id, done, total);
            });
        });
        // Jobs that write wait for another import or fetch to finish: the bar says so.
        if constexpr (requires { job->setWaiting(std::function<void()>{}); }) {
            job->setWaiting([self, id] {
                QMetaObject::invokeMethod(self, [self, id] {
                    if (self)
                        self->setWaiting(id);
                });
            });
        }
        return id;
    }
    int start(const QString &title, std::function<void()> cancel);
    void setProgress(int id, qint64 done, qint64 total);
    // The job waits for another writer; its next progress ends the wait.
    void setWaiting(int id);
    // A request of the job failed and is tried again after `waitMs`: said, and the bar turns
    // busy until the job's next progress.
    void setRetrying(int id, int attempt, int maxAttempts, int waitMs);
    void finish(int id);
    void cancel();
    bool isRunning() const { return !m_jobs.isEmpty(); }

private:
    struct Job {
        int id;
        QString title;
        std::function<void()> cancel;
        int permille = 0;
        bool waiting = false;
        QString retrying; // "trying again in 4 s (try 2 of 5)" until the next progress
    };
    void showLatest();

    QLabel *m_title;
    QProgressBar *m_bar;
    QToolButton *m_cancelButton;
    QList<Job> m_jobs;
    int m_nextId = 1;
};

} // namespace tl

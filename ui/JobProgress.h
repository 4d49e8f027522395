#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QToolButton;

namespace tl {

// The status bar's view of running work: what runs, how far (bytes or rows), and a cancel
// button. Hidden when nothing runs.
class JobProgress : public QWidget {
    Q_OBJECT
public:
    explicit JobProgress(QWidget *parent = nullptr);

    void start(const QString &title, std::function<void()> cancel);
    // Shows an engine job (ImportJob, ExportJob: setProgress() and a thread-safe cancel()):
    // its progress arrives from the worker thread and is applied on the GUI thread.
    template<class Job> void follow(const QString &title, const std::shared_ptr<Job> &job) {
        QPointer<JobProgress> self(this);
        job->setProgress([self](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(self, [self, done, total] {
                if (self)
                    self->setProgress(done, total);
            });
        });
        start(title, [weak = std::weak_ptr<Job>(job)] {
            if (auto running = weak.lock())
                running->cancel();
        });
    }
    void setProgress(qint64 done, qint64 total);
    void finish();
    void cancel();
    bool isRunning() const { return bool(m_cancel); }

private:
    QLabel *m_title;
    QProgressBar *m_bar;
    QToolButton *m_cancelButton;
    std::function<void()> m_cancel;
};

} // namespace tl

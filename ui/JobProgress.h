#pragma once

#include <QWidget>

#include <functional>

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

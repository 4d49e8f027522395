#include "JobProgress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace tl {

JobProgress::JobProgress(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancelButton(new QToolButton(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelButton);
    m_bar->setMaximumWidth(220);
    m_bar->setRange(0, 1000);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop this work; nothing is written"));
    connect(m_cancelButton, &QToolButton::clicked, this, &JobProgress::cancel);
    hide();
}

int JobProgress::start(const QString &title, std::function<void()> cancel) {
    const int id = m_nextId++;
    m_jobs.append({id, title, std::move(cancel)});
    m_cancelButton->setEnabled(true);
    showLatest();
    return id;
}

void JobProgress::setProgress(int id, qint64 done, qint64 total) {
    for (Job &job : m_jobs) {
        if (job.id == id) {
            job.permille = total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0;
            job.waiting = false;
            job.retrying.clear();
        }
    }
    showLatest();
}

void JobProgress::setWaiting(int id) {
    for (Job &job : m_jobs) {
        if (job.id == id)
            job.waiting = true;
    }
    showLatest();
}

void JobProgress::setRetrying(int id, int attempt, int maxAttempts, int waitMs) {
    for (Job &job : m_jobs) {
        if (job.id == id)
            job.retrying = tr("no answer; trying again in %1 s (try %2 of %3)")
                               .arg(QLocale().toString(std::max(1, (waitMs + 999) / 1000)))
                               .arg(attempt + 1)
                               .arg(maxAttempts);
    }
    showLatest();
}

void JobProgress::finish(int id) {
    m_jobs.removeIf([id](const Job &job) { return job.id == id; });
    showLatest();
}

void JobProgress::cancel() {
    if (m_jobs.isEmpty())
        return;
    m_cancelButton->setEnabled(false);
    m_title->setText(tr("Cancelling…"));
    for (const Job &job : m_jobs)
        job.cancel();
}

void JobProgress::showLatest() {
    if (m_jobs.isEmpty()) {
        hide();
        return;
    }
    const Job &latest = m_jobs.back();
    QString title = latest.waiting
                        ? tr("%1 waiting for another import or fetch to finish…").arg(latest.title)
                        : latest.title;
    if (!latest.retrying.isEmpty())
        title = QStringLiteral("%1: %2").arg(latest.title, latest.retrying);
    if (m_cancelButton->isEnabled())
        m_title->setText(m_jobs.size() == 1
                             ? title
                             : tr("%1 (and %n more)", nullptr, int(m_jobs.size() - 1)).arg(title));
    // Busy while a request waits to be tried again: the fetch is alive, not stuck.
    m_bar->setRange(0, latest.retrying.isEmpty() ? 1000 : 0);
    m_bar->setValue(latest.permille);
    show();
}

} // namespace tl

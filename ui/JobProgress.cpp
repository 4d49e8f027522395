#include "JobProgress.h"

#include <QHBoxLayout>
#include <QLabel>
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

void JobProgress::start(const QString &title, std::function<void()> cancel) {
    m_cancel = std::move(cancel);
    m_title->setText(title);
    m_bar->setValue(0);
    m_cancelButton->setEnabled(true);
    show();
}

void JobProgress::setProgress(qint64 done, qint64 total) {
    m_bar->setValue(total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0);
}

void JobProgress::cancel() {
    if (!m_cancel)
        return;
    m_cancelButton->setEnabled(false);
    m_title->setText(tr("Cancelling…"));
    m_cancel();
}

void JobProgress::finish() {
    m_cancel = nullptr;
    hide();
}

} // namespace tl

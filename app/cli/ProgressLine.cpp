#include "ProgressLine.h"

#include "cli/CliContext.h"

namespace tl::cli {

ProgressLine::ProgressLine(QTextStream &err)
    : m_err(err)
    , m_terminal(CliContext::stderrIsTerminal()) {
    m_timer.start();
}

void ProgressLine::draw(const QString &text) {
    if (!m_terminal || m_timer.elapsed() - m_lastDraw < 200)
        return;
    m_lastDraw = m_timer.elapsed();
    m_err << u'\r' << text;
    m_err.flush();
    m_drawn = true;
}

void ProgressLine::erase() {
    if (!m_drawn)
        return;
    m_err << "\r\033[K";
    m_err.flush();
    m_drawn = false;
}

} // namespace tl::cli

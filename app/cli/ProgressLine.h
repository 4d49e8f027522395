#pragma once

#include <QElapsedTimer>
#include <QTextStream>

namespace tl::cli {

// A long command's progress on stderr: one line redrawn at most five times a second, only
// when stderr is a terminal (never into a log), and erased when the command is done. Also
// times the command.
class ProgressLine {
public:
    explicit ProgressLine(QTextStream &err);
    ~ProgressLine() { erase(); }
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    bool shown() const { return m_terminal; }
    void draw(const QString &text);
    void erase();
    double seconds() const { return double(m_timer.elapsed()) / 1000.0; }

private:
    QTextStream &m_err;
    QElapsedTimer m_timer;
    qint64 m_lastDraw = -1000;
    bool m_terminal;
    bool m_drawn = false;
};

} // namespace tl::cli

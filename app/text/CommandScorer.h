#pragma once

#include "text/Scorer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>

namespace tl::text {

// The analyst's own model as a child process (`--scorer command --command "…"`), speaking
// NDJSON: {"id": 17, "text": "사랑"} per line on its stdin, closed at the end; {"id": 17,
// "score": 0.93, "label": "positive"} per line on its stdout, in any order, each id once.
//
// Every way a scorer can go wrong ends the run with a BadInput status whose message names the
// output line or the ids left unscored, and ends with the scorer's last line on stderr: it
// exits non-zero or is killed, prints a line that is no such object, answers an id it was
// not sent or one it already answered, ends without answering every id, or is silent (reads
// nothing, prints nothing) for longer than the timeout. Answers are only handed on once
// checked, so nothing wrong reaches the workspace.
class CommandScorer : public Scorer {
public:
    CommandScorer(QString command, int timeoutSeconds);
    ~CommandScorer() override;

    Status start() override;

    QString kind() const override { return QStringLiteral("command"); }
    QString version() const override { return {}; } // the command line says it

    bool wantsInput() const override;
    Status send(const std::vector<ScoreRequest> &requests) override;
    Status endInput() override;
    Status receive(std::vector<ScoreAnswer> &answers, int waitMs, bool &finished) override;

    // Input waiting in our buffer beyond this is not added to (the scorer reads slowly).
    static constexpr qint64 kInputBacklog = 1 << 20;

private:
    enum class State : char { Sent, Answered };
    Status readAnswers(std::vector<ScoreAnswer> &answers);
    Status answer(const QByteArray &line, std::vector<ScoreAnswer> &answers);
    void readErrors();
    Status ended(bool &finished);
    Status failure(const QString &why);
    void noteActivity();

    QString m_command;
    int m_timeoutSeconds;
    QProcess m_process;
    QHash<qint64, State> m_ids;
    qint64 m_unanswered = 0;
    qint64 m_outputLine = 0;
    QByteArray m_lastError; // the scorer's last non-empty stderr line
    QByteArray m_errorTail; // stderr after its last newline
    QElapsedTimer m_quiet;  // since the scorer last read or printed anything
    qint64 m_lastBacklog = 0;
    bool m_inputEnded = false;
};

} // namespace tl::text

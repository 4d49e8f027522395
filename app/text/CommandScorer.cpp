#include "CommandScorer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace tl::text {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::text::CommandScorer", text);
}

// A line as the message quotes it: its start, on one line.
QString excerpt(const QByteArray &line, qsizetype limit = 80) {
    QString text = QString::fromUtf8(line.trimmed()).simplified();
    if (text.size() > limit)
        text = text.left(limit - 1) + QChar(0x2026);
    return text;
}

void appendJsonString(QByteArray &out, const QString &text) {
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace

CommandScorer::CommandScorer(QString command, int timeoutSeconds)
    : m_command(std::move(command))
    , m_timeoutSeconds(timeoutSeconds) {
}

CommandScorer::~CommandScorer() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

Status CommandScorer::start() {
    // Split as a shell would split words, but run without a shell: nothing in the command is
    // expanded or redirected behind the analyst's back.
    QStringList words = QProcess::splitCommand(m_command);
    if (words.isEmpty())
        return Status::badInput(tr("the scorer command is empty (--command)"));
    m_process.setProgram(words.takeFirst());
    m_process.setArguments(words);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return Status::badInput(
            tr("cannot run the scorer '%1': %2").arg(m_process.program(), m_process.errorString()));
    m_quiet.start();
    return Status::success();
}

bool CommandScorer::wantsInput() const {
    return m_process.state() == QProcess::Running && m_process.bytesToWrite() < kInputBacklog;
}

Status CommandScorer::send(const std::vector<ScoreRequest> &requests) {
    QByteArray lines;
    lines.reserve(qsizetype(requests.size()) * 48);
    for (const ScoreRequest &r : requests) {
        m_ids.insert(r.id, State::Sent);
        lines += "{\"id\": ";
        lines += QByteArray::number(r.id);
        lines += ", \"text\": ";
        appendJsonString(lines, r.text);
        lines += "}\n";
    }
    m_unanswered += qint64(requests.size());
    if (m_process.write(lines) != lines.size())
        return failure(tr("the scorer stopped reading its input"));
    noteActivity(); // new work: the scorer's silence counts from here
    return Status::success();
}

Status CommandScorer::endInput() {
    m_process.closeWriteChannel(); // once what is buffered is written
    m_inputEnded = true;
    return Status::success();
}

Status CommandScorer::receive(std::vector<ScoreAnswer> &answers, int waitMs, bool &finished) {
    finished = false;
    const size_t before = answers.size();
    if (Status s = readAnswers(answers); !s)
        return s;
    if (answers.size() == before && m_process.state() == QProcess::Running) {
        // Waiting also writes what our side has buffered for the scorer's stdin.
        m_process.waitForReadyRead(waitMs);
        if (Status s = readAnswers(answers); !s)
            return s;
    }
    readErrors();
    const qint64 backlog = m_process.bytesToWrite();
    if (backlog < m_lastBacklog)
        noteActivity();
    m_lastBacklog = backlog;
    if (m_process.state() == QProcess::NotRunning)
        return ended(finished);
    if (m_unanswered > 0 && m_quiet.elapsed() > qint64(m_timeoutSeconds) * 1000)
        return failure(tr("the scorer was silent for longer than %1 s (--timeout); texts "
                          "waiting for a score: %2")
                           .arg(m_timeoutSeconds)
                           .arg(m_unanswered));
    return Status::success();
}

Status CommandScorer::readAnswers(std::vector<ScoreAnswer> &answers) {
    bool any = false;
    while (m_process.canReadLine()) {
        any = true;
        if (Status s = answer(m_process.readLine(), answers); !s)
            return s;
    }
    if (m_process.state() == QProcess::NotRunning) {
        const QByteArray last = m_process.readAllStandardOutput(); // a final line without '\n'
        if (!last.isEmpty()) {
            any = true;
            if (Status s = answer(last, answers); !s)
                return s;
        }
    }
    if (any)
        noteActivity();
    return Status::success();
}

Status CommandScorer::answer(const QByteArray &line, std::vector<ScoreAnswer> &answers) {
    ++m_outputLine;
    const QByteArray trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return Status::success();
    const QJsonDocument document = QJsonDocument::fromJson(trimmed);
    const QJsonObject object = document.object();
    const QJsonValue id = object.value(QLatin1String("id"));
    const QJsonValue score = object.value(QLatin1String("score"));
    const QJsonValue label = object.value(QLatin1String("label"));
    const bool wholeId = id.isDouble() && std::floor(id.toDouble()) == id.toDouble();
    const bool finiteScore = score.isDouble() && std::isfinite(score.toDouble());
    const bool labelOk = label.isUndefined() || label.isNull() || label.isString();
    if (!document.isObject() || !wholeId || !finiteScore || !labelOk)
        return failure(tr("the scorer's output line %1 is not {\"id\": …, \"score\": …}: %2")
                           .arg(m_outputLine)
                           .arg(excerpt(line)));
    const qint64 key = id.toInteger();
    const auto it = m_ids.find(key);
    if (it == m_ids.end())
        return failure(tr("the scorer's output line %1 answers id %2, which it was not sent")
                           .arg(m_outputLine)
                           .arg(key));
    if (*it == State::Answered)
        return failure(tr("the scorer's output line %1 answers id %2 a second time")
                           .arg(m_outputLine)
                           .arg(key));
    *it = State::Answered;
    --m_unanswered;
    answers.push_back({key, score.toDouble(), label.toString()});
    return Status::success();
}

void CommandScorer::readErrors() {
    const QByteArray data = m_process.readAllStandardError();
    if (data.isEmpty())
        return;
    noteActivity();
    m_errorTail += data;
    qsizetype end = m_errorTail.lastIndexOf('\n');
    if (end < 0) {
        if (m_errorTail.size() > 4096) // a line that never ends: keep its start
            m_errorTail.truncate(4096);
        return;
    }
    const QList<QByteArray> lines = m_errorTail.left(end).split('\n');
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
        if (!it->trimmed().isEmpty()) {
            m_lastError = it->trimmed();
            break;
        }
    }
    m_errorTail.remove(0, end + 1);
}

Status CommandScorer::ended(bool &finished) {
    if (m_process.exitStatus() == QProcess::CrashExit)
        return failure(tr("the scorer crashed"));
    if (m_process.exitCode() != 0)
        return failure(tr("the scorer exited with code %1").arg(m_process.exitCode()));
    if (m_unanswered > 0) {
        std::vector<qint64> missing;
        for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
            if (*it == State::Sent)
                missing.push_back(it.key());
        }
        std::sort(missing.begin(), missing.end());
        QStringList shown;
        for (size_t i = 0; i < std::min<size_t>(missing.size(), 5); ++i)
            shown.append(QString::number(missing[i]));
        QString ids = shown.join(QStringLiteral(", "));
        if (missing.size() > 5)
            ids = tr("%1 and %2 more (%3 in all)")
                      .arg(ids)
                      .arg(missing.size() - 5)
                      .arg(missing.size());
        return failure(tr("the scorer ended leaving ids unscored: %1").arg(ids));
    }
    if (!m_inputEnded || m_process.bytesToWrite() > 0)
        return failure(tr("the scorer ended before it read all the texts"));
    finished = true;
    return Status::success();
}

Status CommandScorer::failure(const QString &why) {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
    readErrors();
    if (!m_errorTail.trimmed().isEmpty())
        m_lastError = m_errorTail.trimmed();
    const QString said = m_lastError.isEmpty()
                             ? tr("it wrote nothing on stderr")
                             : tr("its last line on stderr: %1").arg(excerpt(m_lastError, 240));
    return Status::badInput(tr("%1 (%2); %3").arg(why, m_command, said));
}

void CommandScorer::noteActivity() {
    m_quiet.restart();
}

} // namespace tl::text

#pragma once

#include "core/Status.h"

#include <QString>

#include <vector>

namespace tl::text {

// A text to score: the row's id (its rowid) and its text.
struct ScoreRequest {
    qint64 id = 0;
    QString text;
};

// A row's score, and the label the scorer gave it (empty when it gives none).
struct ScoreAnswer {
    qint64 id = 0;
    double score = 0;
    QString label;
};

// Turns texts into scores. ScoreJob sends texts page by page, says when there are no more,
// and collects answers as they come, in any order: an in-process scorer answers at once, a
// child process when it has read and scored.
class Scorer {
public:
    virtual ~Scorer() = default;

    // What the score column's provenance records.
    virtual QString kind() const = 0; // "lexicon", "dictionary", "command"
    virtual QString version() const = 0;

    // Gets ready before the first text (a child process is started here).
    virtual Status start() { return Status::success(); }
    // False while it cannot take more texts yet (a child process's pipe is full).
    virtual bool wantsInput() const { return true; }
    virtual Status send(const std::vector<ScoreRequest> &requests) = 0;
    // No more texts will come.
    virtual Status endInput() = 0;
    // Appends the answers ready now, waiting up to `waitMs` when there are none; `finished`
    // once every text sent has its answer and no more will come.
    virtual Status receive(std::vector<ScoreAnswer> &answers, int waitMs, bool &finished) = 0;
};

// A scorer that scores one text at a time in this process, as it is sent.
class InProcessScorer : public Scorer {
public:
    virtual double score(const QString &text) const = 0;

    Status send(const std::vector<ScoreRequest> &requests) override {
        for (const ScoreRequest &r : requests)
            m_ready.push_back({r.id, score(r.text), {}});
        return Status::success();
    }
    Status endInput() override {
        m_ended = true;
        return Status::success();
    }
    Status receive(std::vector<ScoreAnswer> &answers, int, bool &finished) override {
        answers.insert(answers.end(), m_ready.begin(), m_ready.end());
        m_ready.clear();
        finished = m_ended;
        return Status::success();
    }

private:
    std::vector<ScoreAnswer> m_ready;
    bool m_ended = false;
};

} // namespace tl::text

#pragma once

#include "analysis/ChartData.h"
#include "analysis/ChartSpec.h"
#include "text/TokenIndex.h"
#include "text/Tokenizer.h"

#include <QHash>
#include <QString>

#include <vector>

namespace tl {

// The counts of a terms chart: how many rows contain each term (a row counts once however
// often the term occurs in it, so a bar's height is the number of rows a click opens), per
// series. Words, hashtags, mentions and emoji are terms; numbers and URLs are not.
class TermCounter {
public:
    explicit TermCounter(const TermsSpec &spec);

    // `rows` rows of the same text and series.
    void add(QStringView text, QStringView series, qint64 rows);
    // Adds another counter's counts (one that counted other rows on another thread).
    void merge(const TermCounter &other);
    // The top terms by rows over all series, most first (ties by term), as a Series chart:
    // keys are the terms, one point per term and series that has it.
    void finish(ChartData &out) const;

private:
    // The token's number, judging a new one once: is it a stopword, or too short?
    int tokenId(QStringView token);
    // term → series → rows.
    qint64 &cell(int term, int series);

    TermsSpec m_spec;
    text::Tokenizer m_tokenizer;
    text::TokenIndex m_tokens;
    std::vector<bool> m_excluded; // by token number
    text::TokenIndex m_series;
    std::vector<std::vector<qint64>> m_rows; // [token][series]; empty for an excluded token
    std::vector<int> m_seen;                 // the terms of the row being added
};

} // namespace tl

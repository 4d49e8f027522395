#pragma once

#include "analysis/ChartData.h"
#include "analysis/ChartSpec.h"
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
    void add(QStringView text, const QString &series, qint64 rows);
    // Adds another counter's counts (one that counted other rows on another thread).
    void merge(const TermCounter &other);
    // The top terms by rows over all series, most first (ties by term), as a Series chart:
    // keys are the terms, one point per term and series that has it.
    void finish(ChartData &out) const;

private:
    static constexpr int kExcluded = -1;
    // A term's id, or kExcluded for a stopword or one too short: each distinct token is
    // looked up once per occurrence and judged once.
    int termId(const QString &token);
    int seriesId(const QString &series);
    // term → series → rows, with `m_termNames` and `m_seriesNames` as the names of the ids.
    qint64 &cell(int term, int series);

    TermsSpec m_spec;
    text::Tokenizer m_tokenizer;
    QHash<QString, int> m_termIds;
    QStringList m_termNames;
    QHash<QString, int> m_seriesIds;
    QStringList m_seriesNames;
    std::vector<std::vector<qint64>> m_rows; // [term][series]
    std::vector<int> m_seen;                 // the terms of the row being added
};

} // namespace tl

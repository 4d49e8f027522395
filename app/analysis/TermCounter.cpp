#include "TermCounter.h"

#include <algorithm>

namespace tl {

TermCounter::TermCounter(const TermsSpec &spec)
    : m_spec(spec)
    , m_tokenizer(text::Tokenizer::Options{true, spec.stripParticles}) {
}

int TermCounter::tokenId(QStringView token) {
    bool added = false;
    const int id = m_tokens.id(token, added);
    if (added) {
        m_excluded.push_back(
            token.size() < m_spec.minLength ||
            (m_spec.stopwords && text::StopWords::shipped().contains(m_tokens.token(id))));
        m_rows.emplace_back();
    }
    return id;
}

qint64 &TermCounter::cell(int term, int series) {
    std::vector<qint64> &bySeries = m_rows[std::size_t(term)];
    if (bySeries.size() <= std::size_t(series))
        bySeries.resize(std::size_t(series) + 1, 0);
    return bySeries[std::size_t(series)];
}

void TermCounter::add(QStringView text, QStringView series, qint64 rows) {
    // A row's terms, each once: a text has a few dozen at most, so a scan beats a hash.
    m_seen.clear();
    m_tokenizer.tokenize(text, [&](QStringView token, text::TokenKind kind) {
        if (kind == text::TokenKind::Number || kind == text::TokenKind::Url)
            return;
        const int id = tokenId(token);
        if (!m_excluded[std::size_t(id)] &&
            std::find(m_seen.begin(), m_seen.end(), id) == m_seen.end())
            m_seen.push_back(id);
    });
    if (m_seen.empty())
        return;
    bool added = false;
    const int s = m_series.id(series, added);
    for (const int term : m_seen)
        cell(term, s) += rows;
}

void TermCounter::merge(const TermCounter &other) {
    bool added = false;
    for (int t = 0; t < other.m_tokens.size(); ++t) {
        const int term = tokenId(other.m_tokens.token(t));
        const std::vector<qint64> &bySeries = other.m_rows[std::size_t(t)];
        for (std::size_t s = 0; s < bySeries.size(); ++s) {
            if (bySeries[s] > 0)
                cell(term, m_series.id(other.m_series.token(int(s)), added)) += bySeries[s];
        }
    }
}

void TermCounter::finish(ChartData &out) const {
    std::vector<std::pair<qint64, int>> totals; // rows, term id
    totals.reserve(m_rows.size());
    for (std::size_t t = 0; t < m_rows.size(); ++t) {
        if (m_excluded[t])
            continue;
        qint64 total = 0;
        for (qint64 n : m_rows[t])
            total += n;
        totals.emplace_back(total, int(t));
    }
    const auto top = std::min<std::size_t>(std::size_t(m_spec.top), totals.size());
    std::partial_sort(totals.begin(), totals.begin() + qsizetype(top), totals.end(),
                      [this](const auto &a, const auto &b) {
                          return a.first != b.first
                                     ? a.first > b.first
                                     : m_tokens.token(a.second) < m_tokens.token(b.second);
                      });
    totals.resize(top);
    // Series by their rows among the top terms, most first; points in key, then series order.
    std::vector<qint64> perSeries(std::size_t(m_series.size()), 0);
    for (const auto &[total, term] : totals) {
        const std::vector<qint64> &bySeries = m_rows[std::size_t(term)];
        for (std::size_t s = 0; s < bySeries.size(); ++s)
            perSeries[s] += bySeries[s];
    }
    std::vector<int> series;
    for (std::size_t s = 0; s < perSeries.size(); ++s) {
        if (perSeries[s] > 0)
            series.push_back(int(s));
    }
    std::sort(series.begin(), series.end(), [&](int a, int b) {
        return perSeries[std::size_t(a)] != perSeries[std::size_t(b)]
                   ? perSeries[std::size_t(a)] > perSeries[std::size_t(b)]
                   : m_series.token(a) < m_series.token(b);
    });
    out.shape = ChartQuery::Shape::Series;
    out.keys.clear();
    out.points.clear();
    out.series.clear();
    for (int s : series)
        out.series.append(m_series.token(s));
    if (out.series.isEmpty())
        out.series.append(QString());
    for (const auto &[total, term] : totals) {
        out.keys.append(m_tokens.token(term));
        const std::vector<qint64> &bySeries = m_rows[std::size_t(term)];
        for (int s : series) {
            if (std::size_t(s) < bySeries.size() && bySeries[std::size_t(s)] > 0)
                out.points.push_back(
                    {m_tokens.token(term), m_series.token(s), double(bySeries[std::size_t(s)])});
        }
    }
}

} // namespace tl

#include "TermCounter.h"

#include <algorithm>

namespace tl {

TermCounter::TermCounter(const TermsSpec &spec)
    : m_spec(spec)
    , m_tokenizer(text::Tokenizer::Options{true, spec.stripParticles}) {
}

void TermCounter::add(QStringView text, const QString &series, qint64 rows) {
    // A row's terms, each once: a text has a few dozen at most, so a scan beats a hash.
    m_seen.clear();
    const text::StopWords &stopWords = text::StopWords::shipped();
    m_tokenizer.tokenize(text, [&](const QString &token, text::TokenKind kind) {
        if (kind == text::TokenKind::Number || kind == text::TokenKind::Url)
            return;
        if (token.size() < m_spec.minLength || (m_spec.stopwords && stopWords.contains(token)))
            return;
        if (std::find(m_seen.begin(), m_seen.end(), token) == m_seen.end())
            m_seen.push_back(token);
    });
    for (const QString &term : m_seen)
        m_rows[term][series] += rows;
}

void TermCounter::merge(const TermCounter &other) {
    for (auto it = other.m_rows.cbegin(); it != other.m_rows.cend(); ++it) {
        QHash<QString, qint64> &mine = m_rows[it.key()];
        for (auto s = it->cbegin(); s != it->cend(); ++s)
            mine[s.key()] += s.value();
    }
}

void TermCounter::finish(ChartData &out) const {
    std::vector<std::pair<qint64, QString>> totals;
    totals.reserve(std::size_t(m_rows.size()));
    QHash<QString, qint64> perSeries;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        qint64 total = 0;
        for (auto s = it->cbegin(); s != it->cend(); ++s)
            total += s.value();
        totals.emplace_back(total, it.key());
    }
    const auto top = std::min<std::size_t>(std::size_t(m_spec.top), totals.size());
    std::partial_sort(totals.begin(), totals.begin() + qsizetype(top), totals.end(),
                      [](const auto &a, const auto &b) {
                          return a.first != b.first ? a.first > b.first : a.second < b.second;
                      });
    totals.resize(top);
    out.shape = ChartQuery::Shape::Series;
    out.keys.clear();
    out.points.clear();
    for (const auto &[total, term] : totals) {
        out.keys.append(term);
        const QHash<QString, qint64> &bySeries = *m_rows.constFind(term);
        for (auto s = bySeries.cbegin(); s != bySeries.cend(); ++s)
            perSeries[s.key()] += s.value();
    }
    // Series by their rows among the top terms, most first; points in key, then series order.
    QStringList series = perSeries.keys();
    std::sort(series.begin(), series.end(), [&](const QString &a, const QString &b) {
        return perSeries[a] != perSeries[b] ? perSeries[a] > perSeries[b] : a < b;
    });
    out.series = series.isEmpty() ? QStringList{QString()} : series;
    for (const QString &term : std::as_const(out.keys)) {
        const QHash<QString, qint64> &bySeries = *m_rows.constFind(term);
        for (const QString &s : std::as_const(out.series)) {
            if (const auto it = bySeries.constFind(s); it != bySeries.cend())
                out.points.push_back({term, s, double(it.value())});
        }
    }
}

} // namespace tl

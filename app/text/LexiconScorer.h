#pragma once

#include "text/Scorer.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

namespace tl::text {

// Words looked up exactly, by how they start ("좋*") or by how they end ("*n't"); the longest
// start wins.
class WordTable {
public:
    void add(const QString &pattern, double value);
    std::optional<double> find(const QString &word) const;
    bool contains(const QString &word) const { return find(word).has_value(); }

private:
    QHash<QString, double> m_exact;
    QHash<QString, double> m_starts;
    QHash<QString, double> m_ends;
    // The first characters of the starts and the last of the ends: most words have neither,
    // and are looked up once.
    QSet<QChar> m_startFirsts;
    QSet<QChar> m_endLasts;
    qsizetype m_longestStart = 0;
    qsizetype m_longestEnd = 0;
};

// Sentiment in [-1, 1] from polarity lexicons, VADER-style (Hutto and Gilbert, ICWSM 2014):
// each word's valence, strengthened or weakened by degree words before it ("very good"),
// turned around by a negation up to three words before it ("not good", "안 좋다") or, in
// Korean, right after it ("좋지 않다"); emphasis by ALL CAPS among lower-case words and by
// exclamation marks; what follows "but" / "하지만" / "-지만" counts 1.5 times and what
// precedes it half; the sum s normalised as s / sqrt(s² + 15).
//
// The lexicons and rules are data files (resources/text/lexicon_*.tsv, sentiment_rules_*.tsv,
// their sources and licences in their headers); an analyst's copy in the data folder replaces
// one, and the version the provenance records names their content.
class LexiconScorer : public InProcessScorer {
public:
    // "ko", "en" or "auto" (Korean words from the Korean lexicon, others from the English one).
    static Result<std::unique_ptr<LexiconScorer>> create(const QString &language);

    QString kind() const override { return QStringLiteral("lexicon"); }
    QString version() const override { return m_version; }
    double score(const QString &text) const override;

    static constexpr double kBoost = 0.293;     // VADER's B_INCR
    static constexpr double kCapsBoost = 0.733; // VADER's C_INCR
    static constexpr double kNegation = -0.74;  // VADER's N_SCALAR
    static constexpr double kAlpha = 15;        // the normalisation constant

private:
    struct Rules {
        WordTable lexicon;
        WordTable negation;
        WordTable negationAfter;
        WordTable booster;
        WordTable contrast;
    };
    struct Token {
        QString word; // as written
        QString lower;
    };
    LexiconScorer() = default;
    std::optional<double> valence(const QString &lower) const;
    double boost(const Token &token, double valence, bool capsDiffer) const;

    std::shared_ptr<const Rules> m_rules;
    QString m_version;
};

} // namespace tl::text

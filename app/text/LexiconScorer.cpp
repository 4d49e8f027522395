#include "LexiconScorer.h"

#include "text/TextResource.h"
#include "text/Tokenizer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringList>

#include <cmath>

namespace tl::text {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::text::LexiconScorer", text);
}

bool isHangul(QChar c) {
    return (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3) ||
           (c.unicode() >= 0x3131 && c.unicode() <= 0x318E);
}

// ALL CAPS, as Python's str.isupper(): a cased letter and no lower-case one.
bool isUpper(const QString &word) {
    bool cased = false;
    for (const QChar c : word) {
        if (c.isLower())
            return false;
        cased = cased || c.isUpper();
    }
    return cased;
}

// Lines of "word <TAB> number" (or "kind <TAB> word [<TAB> number]"), '#' comments.
QList<QStringList> rows(const QString &text) {
    QList<QStringList> out;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        out.append(trimmed.toString().split(u'\t', Qt::SkipEmptyParts));
    }
    return out;
}

} // namespace

void WordTable::add(const QString &pattern, double value) {
    if (pattern.size() > 1 && pattern.endsWith(u'*')) {
        m_starts.insert(pattern.chopped(1), value);
        m_startFirsts.insert(pattern.front());
        m_longestStart = std::max(m_longestStart, pattern.size() - 1);
    } else if (pattern.size() > 1 && pattern.startsWith(u'*')) {
        m_ends.insert(pattern.mid(1), value);
        m_endLasts.insert(pattern.back());
        m_longestEnd = std::max(m_longestEnd, pattern.size() - 1);
    } else {
        m_exact.insert(pattern, value);
    }
}

std::optional<double> WordTable::find(const QString &word) const {
    if (const auto it = m_exact.constFind(word); it != m_exact.cend())
        return *it;
    if (word.isEmpty())
        return std::nullopt;
    for (qsizetype n = m_startFirsts.contains(word.front()) ? std::min(word.size(), m_longestStart)
                                                            : 0;
         n > 0; --n) {
        if (const auto it = m_starts.constFind(word.left(n)); it != m_starts.cend())
            return *it;
    }
    for (qsizetype n = m_endLasts.contains(word.back()) ? std::min(word.size() - 1, m_longestEnd)
                                                        : 0;
         n > 0; --n) {
        if (const auto it = m_ends.constFind(word.right(n)); it != m_ends.cend())
            return *it;
    }
    return std::nullopt;
}

Result<std::unique_ptr<LexiconScorer>> LexiconScorer::create(const QString &language) {
    QStringList languages;
    if (language == QLatin1String("auto"))
        languages = {QStringLiteral("ko"), QStringLiteral("en")};
    else if (language == QLatin1String("ko") || language == QLatin1String("en"))
        languages = {language};
    else
        return Status::badInput(
            tr("the lexicon scorer knows the languages ko, en and auto, not '%1'").arg(language));
    auto rules = std::make_shared<Rules>();
    QCryptographicHash content(QCryptographicHash::Sha1);
    for (const QString &lang : std::as_const(languages)) {
        const QString lexiconName = QStringLiteral("lexicon_%1.tsv").arg(lang);
        const QString rulesName = QStringLiteral("sentiment_rules_%1.tsv").arg(lang);
        const QString lexicon = TextResource::read(lexiconName);
        const QString ruleText = TextResource::read(rulesName);
        if (lexicon.isEmpty() || ruleText.isEmpty())
            return Status::internal(tr("the %1 lexicon cannot be read").arg(lang));
        content.addData(lexicon.toUtf8());
        content.addData(ruleText.toUtf8());
        for (const QStringList &row : rows(lexicon)) {
            bool ok = false;
            const double value = row.value(1).toDouble(&ok);
            if (!ok)
                return Status::badInput(tr("%1: '%2' has no valence").arg(lexiconName, row[0]));
            rules->lexicon.add(row[0].toLower(), value);
        }
        for (const QStringList &row : rows(ruleText)) {
            const QString kind = row.value(0);
            const QString word = row.value(1).toLower();
            if (kind == QLatin1String("negation"))
                rules->negation.add(word, 1);
            else if (kind == QLatin1String("negation-after"))
                rules->negationAfter.add(word, 1);
            else if (kind == QLatin1String("booster"))
                rules->booster.add(word, row.value(2).toDouble());
            else if (kind == QLatin1String("contrast"))
                rules->contrast.add(word, 1);
            else
                return Status::badInput(tr("%1: unknown rule '%2'").arg(rulesName, kind));
        }
    }
    std::unique_ptr<LexiconScorer> scorer(new LexiconScorer);
    scorer->m_rules = std::move(rules);
    scorer->m_version =
        QStringLiteral("1 (%1, lexicons %2)")
            .arg(languages.join(u'+'), QString::fromLatin1(content.result().toHex().left(10)));
    return scorer;
}

std::optional<double> LexiconScorer::valence(const QString &lower) const {
    if (auto v = m_rules->lexicon.find(lower))
        return v;
    if (!lower.isEmpty() && isHangul(lower.front())) {
        const QStringView stem = Tokenizer::stripKoreanParticle(lower);
        if (stem.size() != lower.size())
            return m_rules->lexicon.find(stem.toString());
    }
    return std::nullopt;
}

// How a degree word before a sentiment word changes it: away from zero, or towards it.
double LexiconScorer::boost(const Token &token, double valence, bool capsDiffer) const {
    const auto amount = m_rules->booster.find(token.lower);
    if (!amount)
        return 0;
    double scalar = valence < 0 ? -*amount : *amount;
    if (capsDiffer && isUpper(token.word))
        scalar += valence > 0 ? kCapsBoost : -kCapsBoost;
    return scalar;
}

double LexiconScorer::score(const QString &text) const {
    static const Tokenizer tokenizer(Tokenizer::Options{.lowerCase = false});
    std::vector<Token> tokens;
    tokenizer.tokenize(text, [&tokens](QStringView token, TokenKind kind) {
        if (kind == TokenKind::Hashtag)
            token = token.mid(1);
        if (kind == TokenKind::Word || kind == TokenKind::Hashtag)
            tokens.push_back({token.toString(), token.toString().toLower()});
    });
    if (tokens.empty())
        return 0;
    const bool anyUpper =
        std::any_of(tokens.begin(), tokens.end(), [](const Token &t) { return isUpper(t.word); });
    const bool allUpper =
        std::all_of(tokens.begin(), tokens.end(), [](const Token &t) { return isUpper(t.word); });
    const bool capsDiffer = anyUpper && !allUpper;

    const size_t n = tokens.size();
    std::vector<double> sentiments(n, 0.0);
    for (size_t i = 0; i < n; ++i) {
        const Token &token = tokens[i];
        const bool kindOf = token.lower == QLatin1String("kind") && i + 1 < n &&
                            tokens[i + 1].lower == QLatin1String("of");
        if (kindOf || m_rules->booster.contains(token.lower))
            continue; // degree words carry no sentiment of their own
        const auto found = valence(token.lower);
        if (!found)
            continue;
        double v = *found;
        if (capsDiffer && isUpper(token.word))
            v += v > 0 ? kCapsBoost : -kCapsBoost;
        static constexpr double kDistance[] = {1.0, 0.95, 0.9};
        for (size_t back = 1; back <= 3 && back <= i; ++back) {
            const Token &before = tokens[i - back];
            if (valence(before.lower))
                continue;
            v += boost(before, v, capsDiffer) * kDistance[back - 1];
            if (m_rules->negation.contains(before.lower))
                v *= kNegation;
        }
        if (i + 1 < n && m_rules->negationAfter.contains(tokens[i + 1].lower))
            v *= kNegation;
        sentiments[i] = v;
    }
    for (size_t c = 0; c < n; ++c) {
        if (!m_rules->contrast.contains(tokens[c].lower))
            continue;
        for (size_t i = 0; i < n; ++i)
            sentiments[i] *= i <= c ? 0.5 : 1.5;
        break;
    }
    double sum = 0;
    for (const double s : sentiments)
        sum += s;
    const qsizetype exclamations = std::min<qsizetype>(text.count(u'!'), 4);
    const qsizetype questions = text.count(u'?');
    const double emphasis =
        double(exclamations) * 0.292 +
        (questions > 1 ? (questions <= 3 ? double(questions) * 0.18 : 0.96) : 0);
    if (sum > 0)
        sum += emphasis;
    else if (sum < 0)
        sum -= emphasis;
    return std::clamp(sum / std::sqrt(sum * sum + kAlpha), -1.0, 1.0);
}

} // namespace tl::text

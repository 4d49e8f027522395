#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

#include <functional>

namespace tl::text {

enum class TokenKind {
    Word,    // letters (and digits within them): "movie", "사랑", "covid19"
    Number,  // digits only: "2024", "3.5"
    Url,     // "https://t.co/abc", "www.example.com"
    Mention, // "@trendlens"
    Hashtag, // "#영화", "#KPop"
    Emoji,   // one emoji, skin tones and ZWJ sequences whole: "👍🏽", "👨‍👩‍👧"
};

// The stopwords of the terms chart, by language ("ko", "en"): the lists shipped in
// resources/text, or the analyst's own copy of one (stopwords_ko.txt in ~/.local/share/
// trendlens, the generic data folder's trendlens), which replaces it. One word per line,
// '#' comments.
class StopWords {
public:
    static const StopWords &shipped(); // both languages, from the data folder or the resources
    bool contains(const QString &word) const { return m_words.contains(word); }
    qsizetype size() const { return m_words.size(); }
    // The words of one list text.
    static QSet<QString> parse(const QString &text);

private:
    QSet<QString> m_words;
};

// Splits text into terms, the same way for every chart and score: word boundaries from
// Unicode (UAX #29, QTextBoundaryFinder), so Korean, English and other scripts that put
// spaces between words split correctly; URLs, @mentions, #hashtags and emoji kept whole;
// lower case by default. Optionally strips Korean particles and copulas from a reviewed list
// ("영화는" → "영화", "책을" → "책"), with the batchim rule of 은/는, 이/가, 을/를, 과/와 and
// a list of nouns that only look like stem + particle (고양이, 아이).
class Tokenizer {
public:
    struct Options {
        bool lowerCase = true;
        bool stripKoreanParticles = false;
        // Text of ASCII letters and digits, Hangul syllables, spaces and punctuation that
        // only separates words is split without the Unicode tables, and links, mentions and
        // tags are found without a regular expression, to the same tokens (tst_tokenizer
        // compares both ways on random text); off only for that comparison.
        bool fastPath = true;
    };
    Tokenizer() = default;
    explicit Tokenizer(Options options)
        : m_options(options) {}

    // `token` lives until the sink returns: it points into the text or a buffer of the call,
    // so a million rows are split without a string allocated per token.
    using Sink = std::function<void(QStringView token, TokenKind kind)>;
    void tokenize(QStringView text, const Sink &sink) const;

    // "영화는" → "영화": the word without a particle or copula it ends in, when the rest is
    // a word on its own (public for its table test). The stem is a prefix of `word`.
    static QStringView stripKoreanParticle(QStringView word);

private:
    void words(QStringView text, const Sink &sink) const;
    // False (nothing sent) when the text is not of the fast path's kind.
    bool simpleWords(QStringView text, const Sink &sink) const;
    void word(QStringView piece, const Sink &sink) const;
    // Sends a word, mention or tag, lower-cased and stripped as the options say.
    void send(QStringView token, TokenKind kind, const Sink &sink) const;
    // send() for a token of ASCII and Hangul only, `upper` when it has capitals.
    void sendSimple(QStringView token, bool upper, TokenKind kind, const Sink &sink) const;
    void sendLowered(QStringView token, TokenKind kind, const Sink &sink) const;
    Options m_options;
};

} // namespace tl::text

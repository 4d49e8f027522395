#include "Tokenizer.h"

#include "text/TextResource.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace tl::text {

namespace {

bool isHangulSyllable(QChar c) {
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

// The final consonant (batchim) of a Hangul syllable: 0 for none, 8 for ㄹ.
int batchimOf(QChar c) {
    return isHangulSyllable(c) ? (c.unicode() - 0xAC00) % 28 : 0;
}
constexpr int kRieul = 8;

bool isEmojiCodePoint(char32_t c) {
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) ||
           (c >= 0x2B00 && c <= 0x2BFF) || (c >= 0x1F1E6 && c <= 0x1F1FF) || c == 0x2764 ||
           c == 0x2B50 || c == 0x203C || c == 0x2049 || (c >= 0x2190 && c <= 0x21FF);
}

// Particles and copulas, longest first; `batchim` says which final sound the stem needs
// (Yes: a consonant, No: a vowel, Any; 로 and 으로 treat a final ㄹ as a vowel: 서울로),
// `minStem` how many syllables must stay.
enum class Batchim { Any, Yes, No, YesButRieul, NoOrRieul };
struct Ending {
    const char16_t *text;
    Batchim batchim;
    int minStem;
};
constexpr std::array kEndings{
    Ending{u"이었습니다", Batchim::Yes, 1},
    Ending{u"였습니다", Batchim::No, 1},
    Ending{u"입니다", Batchim::Any, 1},
    Ending{u"이에요", Batchim::Yes, 1},
    Ending{u"에서는", Batchim::Any, 1},
    Ending{u"에게서", Batchim::Any, 1},
    Ending{u"으로는", Batchim::YesButRieul, 1},
    Ending{u"으로도", Batchim::YesButRieul, 1},
    Ending{u"이라고", Batchim::Yes, 1},
    Ending{u"에서", Batchim::Any, 1},
    Ending{u"에게", Batchim::Any, 1},
    Ending{u"으로", Batchim::YesButRieul, 1},
    Ending{u"까지", Batchim::Any, 1},
    Ending{u"부터", Batchim::Any, 1},
    Ending{u"처럼", Batchim::Any, 1},
    Ending{u"보다", Batchim::Any, 1},
    Ending{u"하고", Batchim::Any, 2},
    Ending{u"이랑", Batchim::Yes, 1},
    Ending{u"라고", Batchim::No, 1},
    Ending{u"예요", Batchim::No, 1},
    Ending{u"이다", Batchim::Yes, 1},
    Ending{u"은", Batchim::Yes, 1},
    Ending{u"는", Batchim::No, 1},
    Ending{u"이", Batchim::Yes, 1},
    Ending{u"가", Batchim::No, 1},
    Ending{u"을", Batchim::Yes, 1},
    Ending{u"를", Batchim::No, 1},
    Ending{u"과", Batchim::Yes, 1},
    Ending{u"와", Batchim::No, 1},
    Ending{u"로", Batchim::NoOrRieul, 1},
    Ending{u"랑", Batchim::No, 1},
    Ending{u"에", Batchim::Any, 2},
    Ending{u"의", Batchim::Any, 2},
    Ending{u"도", Batchim::Any, 2},
    Ending{u"만", Batchim::Any, 2},
};

// Nouns that end like stem + particle but are whole words.
bool isWholeNoun(QStringView word) {
    static const std::vector<QStringView> sorted = [] {
        std::vector<QStringView> words{
            u"고양이", u"아이", u"어린이", u"원숭이", u"놀이", u"오이", u"나이", u"사이",
            u"거북이", u"종이", u"돼지",   u"바다",   u"나라", u"노래", u"하루", u"이야기",
            u"구름",   u"지도", u"포도",   u"온도",   u"속도", u"정도", u"우리", u"자리",
            u"소리",   u"머리", u"다리",   u"거리",   u"고기", u"아기", u"사과", u"과자",
            u"의자",   u"기도", u"인도",   u"제도",   u"평가", u"작가", u"가수", u"휴가",
            u"국가",   u"가치", u"이름",   u"보도",   u"태도",
        };
        std::sort(words.begin(), words.end());
        return words;
    }();
    return std::binary_search(sorted.begin(), sorted.end(), word);
}

const QRegularExpression &specialTokens() {
    // URLs up to the next space; @handles as X writes them; #tags of letters, digits and _.
    // One per thread: terms are counted on two.
    static thread_local const QRegularExpression re(
        QStringLiteral("(?<url>https?://\\S+|www\\.\\S+)|(?<mention>(?<![\\w@])@\\w{1,50})|"
                       "(?<hashtag>(?<![\\w#&])#[\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

} // namespace

QSet<QString> StopWords::parse(const QString &text) {
    QSet<QString> words;
    for (QStringView line : QStringView(text).split(u'\n')) {
        const qsizetype hash = line.indexOf(u'#');
        line = (hash >= 0 ? line.left(hash) : line).trimmed();
        if (!line.isEmpty())
            words.insert(line.toString().toLower());
    }
    return words;
}

const StopWords &StopWords::shipped() {
    static const StopWords stopWords = [] {
        StopWords out;
        for (const char *language : {"ko", "en"})
            out.m_words.unite(parse(TextResource::read(
                QStringLiteral("stopwords_%1.txt").arg(QLatin1String(language)))));
        return out;
    }();
    return stopWords;
}

QStringView Tokenizer::stripKoreanParticle(QStringView word) {
    if (word.isEmpty() || !isHangulSyllable(word.back()) || isWholeNoun(word))
        return word;
    for (const Ending &ending : kEndings) {
        const QStringView suffix(ending.text);
        if (!word.endsWith(suffix) || word.size() - suffix.size() < ending.minStem)
            continue;
        const QStringView stem = word.left(word.size() - suffix.size());
        // 으 before 로 is part of 으로, which did not fit: the word is not stem + particle.
        if (!isHangulSyllable(stem.back()) || (suffix.startsWith(u'로') && stem.back() == u'으'))
            continue;
        const int last = batchimOf(stem.back());
        const bool fits = ending.batchim == Batchim::Any ||
                          (ending.batchim == Batchim::Yes && last != 0) ||
                          (ending.batchim == Batchim::No && last == 0) ||
                          (ending.batchim == Batchim::YesButRieul && last != 0 && last != kRieul) ||
                          (ending.batchim == Batchim::NoOrRieul && (last == 0 || last == kRieul));
        if (!fits)
            continue;
        return stem;
    }
    return word;
}

namespace {

// The groups of specialTokens().
enum SpecialGroup { kUrl = 1, kMention = 2 };

bool isAsciiOrHangul(QStringView text, bool &upper) {
    upper = false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 && !isHangulSyllable(c))
            return false;
        upper = upper || (u >= u'A' && u <= u'Z');
    }
    return true;
}

// The code point at `i` and how many UTF-16 units it takes; a lone surrogate is itself.
char32_t codePointAt(QStringView text, qsizetype i, int &units) {
    const QChar c = text[i];
    units = 1;
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        units = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    return c.unicode();
}

char32_t codePointBefore(QStringView text, qsizetype i) {
    if (i == 0)
        return 0;
    const QChar c = text[i - 1];
    if (c.isLowSurrogate() && i >= 2 && text[i - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(text[i - 2], c);
    return c.unicode();
}

// The classes of specialTokens() as PCRE2 reads them with Unicode properties on.
bool isPatternWord(char32_t c) { // \w
    return c == u'_' || QChar::isLetter(c) || QChar::isNumber(c);
}
bool isPatternSpace(char32_t c) { // \s: \p{Z}, \h and \v
    return QChar::isSpace(c) || c == 0x180E;
}

struct SpecialToken {
    qsizetype start = 0;
    qsizetype end = 0;
    TokenKind kind = TokenKind::Url;
};

// The first match of specialTokens() at or after `from`, found by hand: the pattern's match
// objects cost more than the rest of the tokenizing. tst_tokenizer compares the two on random
// text.
std::optional<SpecialToken> nextSpecial(QStringView text, qsizetype from) {
    const qsizetype n = text.size();
    // How far a run of code points of one class goes from `i`, and whether it held a letter.
    const auto run = [&](qsizetype i, auto inClass, int most, bool &letter) {
        letter = false;
        for (int count = 0; i < n && count < most; ++count) {
            int units = 0;
            const char32_t c = codePointAt(text, i, units);
            if (!inClass(c))
                break;
            letter = letter || QChar::isLetter(c);
            i += units;
        }
        return i;
    };
    const auto notSpace = [](char32_t c) { return !isPatternSpace(c); };
    bool letter = false;
    // Unit by unit: the characters that start a match are never half of a surrogate pair.
    for (qsizetype i = from; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c != u'h' && c != u'w' && c != u'@' && c != u'#')
            continue;
        qsizetype body = -1; // where a link's address starts
        if (c == u'h' && i + 1 < n && text[i + 1] == u't') {
            if (text.mid(i).startsWith(u"http://"))
                body = i + 7;
            else if (text.mid(i).startsWith(u"https://"))
                body = i + 8;
        } else if (c == u'w' && i + 1 < n && text[i + 1] == u'w' &&
                   text.mid(i).startsWith(u"www.")) {
            body = i + 4;
        }
        if (body >= 0) {
            const qsizetype end = run(body, notSpace, INT_MAX, letter);
            if (end > body)
                return SpecialToken{i, end, TokenKind::Url};
        } else if (c == u'@' || c == u'#') {
            const char32_t before = codePointBefore(text, i);
            if (!isPatternWord(before) && before != c && (c == u'@' || before != u'&')) {
                const qsizetype end = run(i + 1, isPatternWord, c == u'@' ? 50 : INT_MAX, letter);
                if (end > i + 1 && (c == u'@' || letter))
                    return SpecialToken{i, end,
                                        c == u'@' ? TokenKind::Mention : TokenKind::Hashtag};
            }
        }
    }
    return std::nullopt;
}

} // namespace

void Tokenizer::tokenize(QStringView text, const Sink &sink) const {
    qsizetype done = 0;
    const auto special = [&](qsizetype start, qsizetype end, TokenKind kind) {
        words(text.mid(done, start - done), sink);
        done = end;
        QStringView token = text.mid(start, end - start);
        if (kind != TokenKind::Url) {
            send(token, kind, sink);
            return;
        }
        // A sentence's own punctuation after a link is not part of it.
        while (!token.isEmpty() && QStringView(u".,;:!?)]}'\"…").contains(token.back()))
            token.chop(1);
        sink(token, TokenKind::Url);
    };
    if (m_options.fastPath) {
        while (const std::optional<SpecialToken> t = nextSpecial(text, done))
            special(t->start, t->end, t->kind);
    } else {
        QRegularExpressionMatchIterator it = specialTokens().globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            special(m.capturedStart(), m.capturedEnd(),
                    m.hasCaptured(kUrl)       ? TokenKind::Url
                    : m.hasCaptured(kMention) ? TokenKind::Mention
                                              : TokenKind::Hashtag);
        }
    }
    words(text.mid(done), sink);
}

void Tokenizer::send(QStringView token, TokenKind kind, const Sink &sink) const {
    bool upper = false;
    if (!m_options.lowerCase || isAsciiOrHangul(token, upper))
        sendSimple(token, upper, kind, sink);
    else
        sendLowered(token.toString().toLower(), kind, sink);
}

void Tokenizer::sendSimple(QStringView token, bool upper, TokenKind kind, const Sink &sink) const {
    if (!upper || !m_options.lowerCase) {
        sendLowered(token, kind, sink);
    } else if (token.size() <= 64) {
        // ASCII letters and Hangul, the common case: lowered on the stack.
        QVarLengthArray<char16_t, 64> lower(token.size());
        for (qsizetype i = 0; i < token.size(); ++i) {
            const char16_t c = token[i].unicode();
            lower[i] = c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
        }
        sendLowered(QStringView(lower.data(), lower.size()), kind, sink);
    } else {
        sendLowered(token.toString().toLower(), kind, sink);
    }
}

void Tokenizer::sendLowered(QStringView token, TokenKind kind, const Sink &sink) const {
    const bool strip = kind == TokenKind::Word && m_options.stripKoreanParticles;
    sink(strip ? stripKoreanParticle(token) : token, kind);
}

void Tokenizer::word(QStringView piece, const Sink &sink) const {
    bool digits = true;
    for (QChar c : piece)
        digits = digits && (c.isDigit() || c == u'.' || c == u',');
    if (digits)
        sink(piece, TokenKind::Number);
    else
        send(piece, TokenKind::Word, sink);
}

namespace {

// How the fast path reads a character.
enum class Simple : std::uint8_t {
    Other,     // anything it leaves to the Unicode path
    Lower,     // a-z, and Hangul syllables
    Upper,     // A-Z
    Digit,     // 0-9
    Separator, // separates words wherever it stands
    Joiner,    // . , ' : ; which UAX #29 keeps inside a word when a letter or digit follows
};

constexpr std::array<Simple, 128> kAsciiClasses = [] {
    std::array<Simple, 128> classes{};
    for (char c = 'a'; c <= 'z'; ++c)
        classes[std::size_t(c)] = Simple::Lower;
    for (char c = 'A'; c <= 'Z'; ++c)
        classes[std::size_t(c)] = Simple::Upper;
    for (char c = '0'; c <= '9'; ++c)
        classes[std::size_t(c)] = Simple::Digit;
    for (char c : std::string_view(" \t\n\r!?()[]\"-/~*+=<>|"))
        classes[std::size_t(c)] = Simple::Separator;
    for (char c : std::string_view(".,':;"))
        classes[std::size_t(c)] = Simple::Joiner;
    return classes;
}();

Simple simpleClass(char16_t c) {
    if (c < 128)
        return kAsciiClasses[c];
    return c >= 0xAC00 && c <= 0xD7A3 ? Simple::Lower : Simple::Other;
}

bool isSimpleLetter(Simple k) {
    return k == Simple::Lower || k == Simple::Upper || k == Simple::Digit;
}

} // namespace

bool Tokenizer::simpleWords(QStringView text, const Sink &sink) const {
    // One pass finds the words, or gives up at the first character it cannot judge alone.
    struct Span {
        qsizetype start = -1;
        qsizetype end = 0;
        bool upper = false;
        bool digits = true;
    };
    QVarLengthArray<Span, 64> spans;
    Span word;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const Simple k = simpleClass(text[i].unicode());
        if (isSimpleLetter(k)) {
            if (word.start < 0)
                word = Span{i};
            word.upper = word.upper || k == Simple::Upper;
            word.digits = word.digits && k == Simple::Digit;
            continue;
        }
        if (k == Simple::Other || (k == Simple::Joiner && i + 1 < n &&
                                   isSimpleLetter(simpleClass(text[i + 1].unicode()))))
            return false;
        if (word.start >= 0) {
            word.end = i;
            spans.append(word);
            word.start = -1;
        }
    }
    if (word.start >= 0) {
        word.end = n;
        spans.append(word);
    }
    for (const Span &span : spans) {
        const QStringView piece = text.mid(span.start, span.end - span.start);
        if (span.digits)
            sink(piece, TokenKind::Number);
        else
            sendSimple(piece, span.upper, TokenKind::Word, sink);
    }
    return true;
}

void Tokenizer::words(QStringView text, const Sink &sink) const {
    if (text.isEmpty() || (m_options.fastPath && simpleWords(text, sink)))
        return;
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text.data(), int(text.size()));
    qsizetype start = 0;
    while (words.toNextBoundary() >= 0) {
        const qsizetype end = words.position();
        const QStringView piece = text.mid(start, end - start);
        const bool item = words.boundaryReasons() & QTextBoundaryFinder::EndOfItem;
        start = end;
        if (item) {
            word(piece, sink);
            continue;
        }
        // Not a word: spaces, punctuation, symbols. Emoji among them, one grapheme each.
        QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, piece.data(),
                                      int(piece.size()));
        qsizetype from = 0;
        while (graphemes.toNextBoundary() >= 0) {
            const QStringView g = piece.mid(from, graphemes.position() - from);
            from = graphemes.position();
            const char32_t first = g.size() >= 2 && g[0].isHighSurrogate()
                                       ? QChar::surrogateToUcs4(g[0], g[1])
                                       : g[0].unicode();
            if (isEmojiCodePoint(first))
                sink(g, TokenKind::Emoji);
        }
    }
}

} // namespace tl::text

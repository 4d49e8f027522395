#include "Tokenizer.h"

#include "text/TextResource.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <array>

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
const QSet<QString> &wholeNouns() {
    static const QSet<QString> words{
        QStringLiteral("고양이"), QStringLiteral("아이"), QStringLiteral("어린이"),
        QStringLiteral("원숭이"), QStringLiteral("놀이"), QStringLiteral("오이"),
        QStringLiteral("나이"),   QStringLiteral("사이"), QStringLiteral("거북이"),
        QStringLiteral("종이"),   QStringLiteral("돼지"), QStringLiteral("바다"),
        QStringLiteral("나라"),   QStringLiteral("노래"), QStringLiteral("하루"),
        QStringLiteral("이야기"), QStringLiteral("구름"), QStringLiteral("지도"),
        QStringLiteral("포도"),   QStringLiteral("온도"), QStringLiteral("속도"),
        QStringLiteral("정도"),   QStringLiteral("우리"), QStringLiteral("자리"),
        QStringLiteral("소리"),   QStringLiteral("머리"), QStringLiteral("다리"),
        QStringLiteral("거리"),   QStringLiteral("고기"), QStringLiteral("아기"),
        QStringLiteral("사과"),   QStringLiteral("과자"), QStringLiteral("의자"),
        QStringLiteral("기도"),   QStringLiteral("인도"), QStringLiteral("제도"),
        QStringLiteral("평가"),   QStringLiteral("작가"), QStringLiteral("가수"),
        QStringLiteral("휴가"),   QStringLiteral("국가"), QStringLiteral("가치"),
        QStringLiteral("이름"),   QStringLiteral("보도"), QStringLiteral("태도"),
    };
    return words;
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

QString Tokenizer::stripKoreanParticle(const QString &word) {
    if (word.isEmpty() || !isHangulSyllable(word.back()) || wholeNouns().contains(word))
        return word;
    for (const Ending &ending : kEndings) {
        const QStringView suffix(ending.text);
        if (!word.endsWith(suffix) || word.size() - suffix.size() < ending.minStem)
            continue;
        const QString stem = word.left(word.size() - suffix.size());
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

void Tokenizer::tokenize(QStringView text, const Sink &sink) const {
    // Most texts have no link, mention or tag: no pattern to run over them.
    if (!text.contains(u'@') && !text.contains(u'#') && !text.contains(u':') &&
        !text.contains(QLatin1String("www."), Qt::CaseInsensitive)) {
        words(text, sink);
        return;
    }
    qsizetype done = 0;
    QRegularExpressionMatchIterator it = specialTokens().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        words(text.mid(done, m.capturedStart() - done), sink);
        done = m.capturedEnd();
        if (m.hasCaptured(u"url")) {
            // A sentence's own punctuation after a link is not part of it.
            QStringView url = m.capturedView(u"url");
            while (!url.isEmpty() && QStringLiteral(".,;:!?)]}'\"…").contains(url.back()))
                url.chop(1);
            sink(url.toString(), TokenKind::Url);
        } else {
            const bool mention = m.hasCaptured(u"mention");
            const QString token = m.captured(0);
            sink(m_options.lowerCase ? token.toLower() : token,
                 mention ? TokenKind::Mention : TokenKind::Hashtag);
        }
    }
    words(text.mid(done), sink);
}

void Tokenizer::word(QStringView piece, const Sink &sink) const {
    bool digits = true;
    for (QChar c : piece)
        digits = digits && (c.isDigit() || c == u'.' || c == u',');
    QString token = m_options.lowerCase ? piece.toString().toLower() : piece.toString();
    if (!digits && m_options.stripKoreanParticles)
        token = stripKoreanParticle(token);
    sink(token, digits ? TokenKind::Number : TokenKind::Word);
}

namespace {

bool isSimpleLetter(char16_t c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           (c >= 0xAC00 && c <= 0xD7A3);
}

// Punctuation that separates words wherever it stands (UAX #29 joins letters or digits
// across . , ' : ; and a few others, which are left to the Unicode path).
bool isSeparator(char16_t c) {
    switch (c) {
    case u' ':
    case u'\t':
    case u'\n':
    case u'\r':
    case u'!':
    case u'?':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'"':
    case u'-':
    case u'/':
    case u'~':
    case u'*':
    case u'+':
    case u'=':
    case u'<':
    case u'>':
    case u'|':
        return true;
    default:
        return false;
    }
}

} // namespace

bool Tokenizer::simpleWords(QStringView text, const Sink &sink) const {
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (isSimpleLetter(c) || isSeparator(c))
            continue;
        // . , ' : ; end a word (a sentence's full stop) unless a letter or digit follows.
        if ((c == u'.' || c == u',' || c == u'\'' || c == u':' || c == u';') &&
            (i + 1 == n || !isSimpleLetter(text[i + 1].unicode())))
            continue;
        return false;
    }
    qsizetype start = -1;
    for (qsizetype i = 0; i <= n; ++i) {
        const bool letter = i < n && isSimpleLetter(text[i].unicode());
        if (letter && start < 0)
            start = i;
        else if (!letter && start >= 0) {
            word(text.mid(start, i - start), sink);
            start = -1;
        }
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
                sink(g.toString(), TokenKind::Emoji);
        }
    }
}

} // namespace tl::text

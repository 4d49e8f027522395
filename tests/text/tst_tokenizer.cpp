#include "text/Tokenizer.h"

#include <QTest>

#include <random>

using namespace tl::text;

// The tokenizer on real-looking sentences in Korean and English: words by Unicode
// boundaries, URLs, mentions, hashtags and emoji whole, Korean particles stripped on request.
class TestTokenizer : public QObject {
    Q_OBJECT

    static QStringList tokens(const QString &text, Tokenizer::Options options = {},
                              QList<TokenKind> *kinds = nullptr) {
        QStringList out;
        Tokenizer(options).tokenize(text, [&](QStringView token, TokenKind kind) {
            out.append(token.toString());
            if (kinds)
                kinds->append(kind);
        });
        return out;
    }

private Q_SLOTS:
    void sentences_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("strip");
        QTest::addColumn<QStringList>("want");
        QTest::newRow("english tweet")
            << "I loved this movie!! 😍😍 https://t.co/AbC123." << false
            << QStringList{"i", "loved", "this", "movie", "😍", "😍", "https://t.co/AbC123"};
        QTest::newRow("korean tweet")
            << "@CGV_Official 오늘 #파묘 봤어요 👍🏽 진짜 최고" << false
            << QStringList{"@cgv_official", "오늘", "#파묘", "봤어요", "👍🏽", "진짜", "최고"};
        QTest::newRow("korean review, particles kept")
            << "영화는 정말 재미있었다. 배우들의 연기가 최고!" << false
            << QStringList{"영화는", "정말", "재미있었다", "배우들의", "연기가", "최고"};
        QTest::newRow("korean review, particles stripped")
            << "영화는 정말 재미있었다. 배우들의 연기가 최고!" << true
            << QStringList{"영화", "정말", "재미있었다", "배우들", "연기", "최고"};
        QTest::newRow("numbers and hyphens")
            << "Covid-19 cases rose 3.5% in 2024, don't panic" << false
            << QStringList{"covid", "19", "cases", "rose", "3.5", "in", "2024", "don't", "panic"};
        QTest::newRow("zwj family, flag, heart")
            << "👨‍👩‍👧 family 🇰🇷 ❤️ 사랑" << false
            << QStringList{"👨‍👩‍👧", "family", "🇰🇷", "❤️", "사랑"};
        QTest::newRow("mixed scripts, no spaces around punctuation")
            << "Trendlens로 KOBIS/IMDb를 분석(테스트)..." << true
            << QStringList{"trendlens로", "kobis", "imdb를", "분석", "테스트"};
        QTest::newRow("not a mention or hashtag")
            << "mail me at a@b.com, item #1 and C# code" << false
            << QStringList{"mail", "me", "at", "a", "b", "com", "item", "1", "and", "c", "code"};
        // X handles are at most 50 characters: the rest is a word of its own.
        QTest::newRow("mention of 55 characters")
            << "@" + QString(55, u'a') + " hi" << false
            << QStringList{"@" + QString(50, u'a'), "aaaaa", "hi"};
        QTest::newRow("www link with closing paren") << "(see www.kobis.or.kr/kobis)" << false
                                                     << QStringList{"see", "www.kobis.or.kr/kobis"};
    }
    void sentences() {
        QFETCH(QString, text);
        QFETCH(bool, strip);
        QFETCH(QStringList, want);
        Tokenizer::Options options;
        options.stripKoreanParticles = strip;
        QCOMPARE(tokens(text, options), want);
    }

    void kinds() {
        QList<TokenKind> kinds;
        QCOMPARE(tokens("@a #b https://x.y 7 word 🎬", {}, &kinds),
                 (QStringList{"@a", "#b", "https://x.y", "7", "word", "🎬"}));
        QCOMPARE(kinds, (QList<TokenKind>{TokenKind::Mention, TokenKind::Hashtag, TokenKind::Url,
                                          TokenKind::Number, TokenKind::Word, TokenKind::Emoji}));
        Tokenizer::Options keepCase;
        keepCase.lowerCase = false;
        QCOMPARE(tokens("Seoul #KPop", keepCase), (QStringList{"Seoul", "#KPop"}));
    }

    // The fast path gives the tokens the Unicode tables give, on random text of its alphabet
    // and of the characters that send text back to the tables.
    void fastPathMatchesTheUnicodePath() {
        // Half the texts only of what the fast path takes (with . , ' : ; that can still send
        // them back), half with pieces of links, mentions, tags and characters of every class
        // the patterns look at (letters and digits beyond ASCII, wide spaces, emoji).
        QStringList simple;
        for (QChar c : QStringLiteral("aZk09 가힣영화는 .,':;!?()-/\"\n"))
            simple.append(c);
        const QStringList mixed =
            simple + QStringList{QStringLiteral("_"),       QStringLiteral("@"),
                                 QStringLiteral("#"),       QStringLiteral("&"),
                                 QStringLiteral("é"),       QStringLiteral("😂"),
                                 QStringLiteral("http://"), QStringLiteral("https://"),
                                 QStringLiteral("www."),    QStringLiteral("WWW."),
                                 QStringLiteral("٣"),       QStringLiteral("𝐀"),
                                 QStringLiteral("\u00a0"),  QStringLiteral("\u3000"),
                                 QStringLiteral("\u180e"),  QStringLiteral("x")};
        std::mt19937 random(3);
        Tokenizer::Options slow;
        slow.fastPath = false;
        int compared = 0;
        for (int i = 0; i < 5000; ++i) {
            QString text;
            const QStringList &alphabet = i % 2 ? mixed : simple;
            const int length = int(random() % 40);
            for (int c = 0; c < length; ++c)
                text += alphabet[qsizetype(random() % alphabet.size())];
            for (const bool strip : {false, true}) {
                Tokenizer::Options fast;
                fast.stripKoreanParticles = strip;
                slow.stripKoreanParticles = strip;
                QList<TokenKind> fastKinds, slowKinds;
                const QStringList a = tokens(text, fast, &fastKinds);
                const QStringList b = tokens(text, slow, &slowKinds);
                QVERIFY2(
                    a == b && fastKinds == slowKinds,
                    qPrintable(
                        QStringLiteral("'%1': %2 vs %3").arg(text, a.join(u'|'), b.join(u'|'))));
                ++compared;
            }
        }
        QCOMPARE(compared, 10000);
    }

    void koreanParticles_data() {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("stem");
        const QList<std::pair<const char *, const char *>> table{
            {"책을", "책"},       {"나는", "나"},
            {"사랑은", "사랑"},   {"하늘이", "하늘"},
            {"학교에서", "학교"}, {"친구와", "친구"},
            {"친구랑", "친구"},   {"서울로", "서울"},
            {"집으로", "집"},     {"학생입니다", "학생"},
            {"가수예요", "가수"}, {"선생님이에요", "선생님"},
            {"영화처럼", "영화"}, {"고양이", "고양이"},
            {"아이", "아이"},     {"포도", "포도"},
            {"아이가", "아이"},   {"나라의", "나라"},
            {"눈에", "눈에"},     {"서울으로", "서울으로"},
            {"사과를", "사과"},   {"movie", "movie"},
            {"가", "가"},
        };
        for (const auto &[word, stem] : table)
            QTest::newRow(word) << QString::fromUtf8(word) << QString::fromUtf8(stem);
    }
    void koreanParticles() {
        QFETCH(QString, word);
        QFETCH(QString, stem);
        QCOMPARE(Tokenizer::stripKoreanParticle(word).toString(), stem);
    }

    void stopWords() {
        const QSet<QString> words =
            StopWords::parse(QStringLiteral("# a comment\nThe\n  and  \n\n그리고 # conjunction\n"));
        QCOMPARE(words, (QSet<QString>{"the", "and", "그리고"}));
        const StopWords &shipped = StopWords::shipped();
        QVERIFY(shipped.contains(QStringLiteral("the")));
        QVERIFY(shipped.contains(QStringLiteral("그리고")));
        QVERIFY(!shipped.contains(QStringLiteral("movie")));
        QVERIFY(!shipped.contains(QStringLiteral("사랑")));
        QVERIFY(shipped.size() > 150);
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"

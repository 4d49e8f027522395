#include "ingest/ByteScan.h"
#include "ingest/Utf8.h"

#include <QTest>

#include <string>

using namespace tl;

namespace {

// The obvious byte-by-byte versions the word-at-a-time scans must agree with.
std::size_t naiveQuoteOrBackslash(const std::string &s) {
    const auto at = s.find_first_of("\"\\");
    return at == std::string::npos ? s.size() : at;
}

std::size_t naiveJsonStop(const std::string &s, bool &ascii) {
    std::size_t i = 0;
    while (i < s.size() && s[i] != '"' && s[i] != '\\' &&
           static_cast<unsigned char>(s[i]) >= 0x20) {
        if (static_cast<unsigned char>(s[i]) >= 0x80)
            ascii = false;
        ++i;
    }
    return i;
}

} // namespace

class TestByteScan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Every stop byte at every position of 1..3 words, with a run before it that is either
    // plain ASCII or holds Korean text (bytes >= 0x80 that must not look like stops).
    void stopsAtEveryOffset() {
        const std::string stops[] = {
            "\"", "\\", "\n", "\t", std::string(1, '\x1f'), std::string(1, '\0')};
        for (bool korean : {false, true}) {
            for (const std::string &stop : stops) {
                for (std::size_t at = 0; at < 24; ++at) {
                    std::string s;
                    while (s.size() < at)
                        s += korean && s.size() + 3 <= at ? "\xED\x95\x9C" : "a";
                    s += stop;
                    s += "tail after the stop";
                    bool ascii = true, naiveAscii = true;
                    const char *stopJson =
                        bytescan::findJsonStringStop(s.data(), s.data() + s.size(), ascii);
                    QCOMPARE(std::size_t(stopJson - s.data()), naiveJsonStop(s, naiveAscii));
                    QCOMPARE(ascii, naiveAscii);
                    const char *stopQuote =
                        bytescan::findQuoteOrBackslash(s.data(), s.data() + s.size());
                    QCOMPARE(std::size_t(stopQuote - s.data()), naiveQuoteOrBackslash(s));
                }
            }
        }
    }

    void noStopReturnsEnd() {
        const std::string s(37, 'x');
        bool ascii = true;
        // Pointers compared as addresses (QCOMPARE would read char pointers as C strings).
        const auto at = [](const char *p) { return static_cast<const void *>(p); };
        QCOMPARE(at(bytescan::findJsonStringStop(s.data(), s.data() + s.size(), ascii)),
                 at(s.data() + s.size()));
        QVERIFY(ascii);
        QCOMPARE(at(bytescan::findQuoteOrBackslash(s.data(), s.data() + s.size())),
                 at(s.data() + s.size()));
        // Already past the end (a backslash was the last byte of a read): stays put.
        QCOMPARE(at(bytescan::findQuoteOrBackslash(s.data() + 38, s.data() + 37)),
                 at(s.data() + 38));
    }

    // The validator's ASCII fast path must still find a bad byte or a NUL at any offset.
    void utf8InvalidAtEveryOffset() {
        const std::string bad[] = {std::string(1, '\0'), "\xFF", "\xC0\xAF", "\xED\xA0\x80",
                                   "\xE2\x82"};
        for (const std::string &b : bad) {
            for (std::size_t at = 0; at < 20; ++at) {
                std::string s(at, 'a');
                s += b;
                s += "\xEC\x98\x81\xED\x99\x94 tail text";
                QCOMPARE(utf8::firstInvalid(s), at);
            }
        }
        QCOMPARE(utf8::firstInvalid("plain ascii, \xEC\x98\x81\xED\x99\x94 and more ascii"),
                 std::string_view::npos);
        QCOMPARE(utf8::firstInvalid("cut \xEC\x98", true), std::string_view::npos);
    }
};

QTEST_APPLESS_MAIN(TestByteScan)
#include "tst_bytescan.moc"

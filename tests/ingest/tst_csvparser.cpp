#include "ingest/CsvParser.h"

#include <QTest>

using namespace tl;

namespace {

// Parses all records of `input`, feeding it in pieces of `chunk` bytes as a file reader would.
QList<QStringList> parseAll(const QByteArray &input, char delimiter, int chunk,
                            bool *unterminated = nullptr) {
    CsvParser parser(delimiter);
    QList<QStringList> records;
    std::string buffer;
    std::size_t fed = 0;
    std::string arena;
    std::vector<CsvParser::Field> fields;
    for (;;) {
        const bool atEnd = fed >= std::size_t(input.size());
        std::size_t consumed = 0;
        int newlines = 0;
        arena.clear();
        const auto result = parser.parse(buffer, atEnd, consumed, arena, fields, newlines);
        if (result == CsvParser::Result::NeedMore) {
            const std::size_t n = std::min<std::size_t>(chunk, input.size() - fed);
            buffer.append(input.constData() + fed, n);
            fed += n;
            continue;
        }
        if (result == CsvParser::Result::UnterminatedQuote && unterminated)
            *unterminated = true;
        if (result != CsvParser::Result::Record)
            break;
        QStringList record;
        for (const auto &f : fields)
            record.append(QString::fromUtf8(arena.data() + f.offset, f.length));
        records.append(record);
        buffer.erase(0, consumed);
    }
    return records;
}

} // namespace

class TestCsvParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void records_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QList<QStringList>>("expected");
        QTest::newRow("simple") << QByteArray("a,b\n1,2\n") << ","
                                << QList<QStringList>{{"a", "b"}, {"1", "2"}};
        QTest::newRow("crlf and no final newline")
            << QByteArray("a,b\r\n1,2") << "," << QList<QStringList>{{"a", "b"}, {"1", "2"}};
        QTest::newRow("quoted comma and doubled quote")
            << QByteArray("x,\"Winter \"\"Glass\"\", 2006\"\n") << ","
            << QList<QStringList>{{"x", "Winter \"Glass\", 2006"}};
        QTest::newRow("newline inside quotes") << QByteArray("\"line1\nline2\",b\n") << ","
                                               << QList<QStringList>{{"line1\nline2", "b"}};
        QTest::newRow("semicolon")
            << QByteArray("0;\"semi;colon\"\n") << ";" << QList<QStringList>{{"0", "semi;colon"}};
        QTest::newRow("tab") << QByteArray("리뷰ID\t영화\n") << "\t"
                             << QList<QStringList>{{"리뷰ID", "영화"}};
        QTest::newRow("empty fields")
            << QByteArray(",,\n") << "," << QList<QStringList>{{"", "", ""}};
        QTest::newRow("lone cr") << QByteArray("a\rb\r") << "," << QList<QStringList>{{"a"}, {"b"}};
    }
    void records() {
        QFETCH(QByteArray, input);
        QFETCH(QString, delimiter);
        QFETCH(QList<QStringList>, expected);
        // Whole buffer, and byte by byte: every split point must give the same records.
        QCOMPARE(parseAll(input, delimiter.toLatin1()[0], input.size() + 1), expected);
        QCOMPARE(parseAll(input, delimiter.toLatin1()[0], 1), expected);
    }

    void unterminatedQuote() {
        bool unterminated = false;
        const auto records = parseAll("a,b\n1,\"never closed\n2,3\n", ',', 4, &unterminated);
        QCOMPARE(records.size(), 1);
        QVERIFY(unterminated);
    }

    void hugeField() {
        const QByteArray big(5 * 1024 * 1024, 'x');
        const QByteArray input = "a,\"" + big + "\"\n";
        const auto records = parseAll(input, ',', 1 << 20);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0][1].size(), big.size());
    }

    void newlineCount() {
        CsvParser parser(',');
        std::string arena;
        std::vector<CsvParser::Field> fields;
        std::size_t consumed = 0;
        int newlines = 0;
        QCOMPARE(parser.parse("\"a\nb\nc\",d\r\nnext", false, consumed, arena, fields, newlines),
                 CsvParser::Result::Record);
        QCOMPARE(newlines, 3);
        QCOMPARE(consumed, std::size_t(11));
    }
};

QTEST_GUILESS_MAIN(TestCsvParser)
#include "tst_csvparser.moc"

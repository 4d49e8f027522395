#include "ingest/JsonRecordParser.h"

#include <QTest>

using namespace tl;
using K = RecordBatch::Kind;

class TestJsonRecordParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void flattens() {
        JsonRecordParser parser;
        JsonRecordParser::Record record;
        std::string error;
        std::size_t offset = 0;
        // Built from plain literals: moc does not read raw strings.
        const std::string json =
            "{\"id\":\"1742\",\"lang\":\"ko\",\"public_metrics\":{\"like_count\":3,"
            "\"nested\":{\"deep\":true}},\"helpful\":[\"12\",\"30\"],\"tags\":[{\"x\":1}],"
            "\"text\":\"\xEC\xA4\x84\\n\xEB\xB0\x94\xEA\xBF\x88 \\\"quote\\\" \\\\ "
            "\\ud83d\\ude00\",\"gone\":null}";
        QVERIFY(parser.parse(json, record, error, offset));
        QStringList keys;
        for (const auto &e : record.entries)
            keys.append(QString::fromUtf8(record.key(e).data(), qsizetype(record.key(e).size())));
        QCOMPARE(keys,
                 (QStringList{"id", "lang", "public_metrics.like_count",
                              "public_metrics.nested.deep", "helpful", "tags", "text", "gone"}));
        const auto &likes = record.entries[2];
        QCOMPARE(likes.value.kind, K::Number);
        QCOMPARE(record.text(likes.value), std::string_view("3"));
        QCOMPARE(record.entries[3].value.kind, K::True);
        const auto &helpful = record.entries[4];
        QVERIFY(helpful.isArray);
        QCOMPARE(helpful.elementCount, 2u);
        QCOMPARE(record.text(record.elements[helpful.firstElement + 1]), std::string_view("30"));
        const auto &tags = record.entries[5];
        QVERIFY(!tags.isArray);
        QCOMPARE(tags.value.kind, K::Json);
        QCOMPARE(record.text(tags.value), std::string_view("[{\"x\":1}]"));
        const std::string_view text = record.text(record.entries[6].value);
        QCOMPARE(QString::fromUtf8(text.data(), qsizetype(text.size())),
                 QString::fromUtf8("줄\n바꿈 \"quote\" \\ 😀"));
        QCOMPARE(record.entries[7].value.kind, K::Null);
    }

    void errors_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("offset");
        QTest::newRow("not an object")
            << QByteArray("[1,2]") << "expected an object, found an array" << 0;
        QTest::newRow("truncated") << QByteArray("{\"a\":\"b") << "a string never closes" << 7;
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << "expected ':'" << 5;
        QTest::newRow("bad escape")
            << QByteArray("{\"a\":\"\\q\"}") << "invalid escape sequence" << 8;
        QTest::newRow("control char")
            << QByteArray("{\"a\":\"x\ny\"}") << "control character inside a string" << 7;
        QTest::newRow("html") << QByteArray("{\"a\":<b>}") << "found markup ('<'), not JSON" << 5;
        QTest::newRow("invalid utf8")
            << QByteArray("{\"a\":\"\xff\"}") << "invalid UTF-8 in a string" << 8;
    }
    void errors() {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QFETCH(int, offset);
        JsonRecordParser parser;
        JsonRecordParser::Record record;
        std::string error;
        std::size_t at = 0;
        QVERIFY(!parser.parse({json.constData(), std::size_t(json.size())}, record, error, at));
        QCOMPARE(QString::fromStdString(error), message);
        QCOMPARE(int(at), offset);
    }

    // 100,000 levels must be refused with a message, not by overflowing the stack.
    void deepNesting() {
        std::string json = "{\"a\":";
        json.append(100000, '[');
        json.append(100000, ']');
        json.append("}");
        JsonRecordParser parser;
        JsonRecordParser::Record record;
        std::string error;
        std::size_t at = 0;
        QVERIFY(!parser.parse(json, record, error, at));
        QCOMPARE(QString::fromStdString(error), QStringLiteral("nested deeper than 1000 levels"));
    }
};

QTEST_GUILESS_MAIN(TestJsonRecordParser)
#include "tst_jsonrecordparser.moc"

#include "ingest/Sniffer.h"

#include <QTest>

using namespace tl;

class TestSniffer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fixtures_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("bom");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<bool>("header");
        QTest::newRow("utf8 crlf") << "csv/reviews_utf8.csv"
                                   << "csv"
                                   << "UTF-8" << 0 << "," << true;
        QTest::newRow("utf8 bom") << "csv/reviews_utf8_bom.csv"
                                  << "csv"
                                  << "UTF-8" << 3 << "," << true;
        QTest::newRow("cp949") << "csv/reviews_cp949.csv"
                               << "csv"
                               << "EUC-KR" << 0 << "," << true;
        QTest::newRow("euc-kr tsv") << "csv/reviews_euckr.tsv"
                                    << "csv"
                                    << "EUC-KR" << 0 << "\t" << true;
        QTest::newRow("semicolon") << "csv/semicolon.csv"
                                   << "csv"
                                   << "UTF-8" << 0 << ";" << true;
        QTest::newRow("imdb array") << "imdb/sample.json"
                                    << "json"
                                    << "UTF-8" << 0 << "," << true;
        QTest::newRow("x stream") << "x/stream.ndjson"
                                  << "ndjson"
                                  << "UTF-8" << 0 << "," << true;
    }
    void fixtures() {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, encoding);
        QFETCH(int, bom);
        QFETCH(QString, delimiter);
        QFETCH(bool, header);
        SniffResult result;
        const Status status = Sniffer::sniff(QStringLiteral(TL_FIXTURES "/") + file, {}, result);
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QCOMPARE(formatName(result.format), format);
        QCOMPARE(result.encoding, encoding);
        QCOMPARE(result.bomLength, bom);
        if (result.format == FileFormat::Csv) {
            QCOMPARE(QString(QLatin1Char(result.delimiter)), delimiter);
            QCOMPARE(result.hasHeader, header);
        }
    }

    void refusals_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "bad/empty.csv"
                               << "empty.csv: the file is empty";
        QTest::newRow("binary") << "bad/binary.csv"
                                << "binary.csv: byte";
        QTest::newRow("html") << "bad/not_json.json"
                              << "not_json.json: line 1: expected JSON, found HTML";
    }
    void refusals() {
        QFETCH(QString, file);
        QFETCH(QString, message);
        SniffResult result;
        const Status status = Sniffer::sniff(QStringLiteral(TL_FIXTURES "/") + file, {}, result);
        QCOMPARE(status.kind(), ErrorKind::BadInput);
        QVERIFY2(status.message().startsWith(message), qPrintable(status.message()));
    }

    void delimiters_data() {
        QTest::addColumn<QByteArray>("sample");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ",";
        QTest::newRow("semicolon beats decimal commas")
            << QByteArray("a;b\n1,5;2,5\n3,1;4,0\n") << ";";
        QTest::newRow("quoted comma under tab")
            << QByteArray("a\tb\n\"x,y\"\t2\n\"p,q\"\t3\n") << "\t";
        QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << "|";
        QTest::newRow("one column") << QByteArray("name\nkim\nlee\n") << ",";
    }
    void delimiters() {
        QFETCH(QByteArray, sample);
        QFETCH(QString, delimiter);
        QCOMPARE(QString(QLatin1Char(Sniffer::detectDelimiter(
                     {sample.constData(), std::size_t(sample.size())}, true))),
                 delimiter);
    }

    void headers_data() {
        QTest::addColumn<QByteArray>("sample");
        QTest::addColumn<bool>("header");
        QTest::newRow("names over numbers") << QByteArray("id,score\n1,2\n3,4\n") << true;
        QTest::newRow("numbers only") << QByteArray("1,2\n3,4\n") << false;
        QTest::newRow("names over dates") << QByteArray("when\n2024-01-01\n2024-01-02\n") << true;
        QTest::newRow("text with repeated first value")
            << QByteArray("kim,lee\nkim,park\n") << false;
        QTest::newRow("text names") << QByteArray("name,city\nkim,seoul\nlee,busan\n") << true;
    }
    void headers() {
        QFETCH(QByteArray, sample);
        QFETCH(bool, header);
        QCOMPARE(Sniffer::detectHeader({sample.constData(), std::size_t(sample.size())}, ',', true),
                 header);
    }

    void encodings() {
        int bom = 0;
        QCOMPARE(Sniffer::detectEncoding(QByteArray("\xFF\xFE"
                                                    "a\0,\0b\0",
                                                    8),
                                         bom),
                 QStringLiteral("UTF-16LE"));
        QCOMPARE(bom, 2);
        QCOMPARE(Sniffer::detectEncoding(QByteArray("a\0,\0b\0\n\0c\0,\0d\0\n\0", 16), bom),
                 QStringLiteral("UTF-16LE"));
        QCOMPARE(Sniffer::detectEncoding("plain ascii", bom), QStringLiteral("UTF-8"));
        // "리뷰" in CP949, with a CP949-only syllable (똠) that strict EUC-KR lacks.
        // Either label decodes through CP949, the superset (TextInput).
        const QString korean = Sniffer::detectEncoding("\xB8\xAE\xBA\xE4,\x8C\x63\n", bom);
        QVERIFY2(korean == QLatin1String("EUC-KR") || korean == QLatin1String("CP949"),
                 qPrintable(korean));
    }
};

QTEST_GUILESS_MAIN(TestSniffer)
#include "tst_sniffer.moc"

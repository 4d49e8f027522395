#include "ingest/ValueParser.h"

#include <QTest>

using namespace tl;

class TestValueParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void integers_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        QTest::newRow("plain") << "42" << true << qint64(42);
        QTest::newRow("negative") << "-13" << true << qint64(-13);
        QTest::newRow("plus") << "+7" << true << qint64(7);
        QTest::newRow("zero") << "0" << true << qint64(0);
        QTest::newRow("thousands") << "1,234,567" << true << qint64(1234567);
        QTest::newRow("64-bit") << "2894556153123" << true << qint64(2894556153123);
        QTest::newRow("leading zero is a code") << "007" << false << qint64(0);
        QTest::newRow("bad grouping") << "1,23" << false << qint64(0);
        QTest::newRow("decimal") << "1.5" << false << qint64(0);
        QTest::newRow("overflow") << "99999999999999999999" << false << qint64(0);
        QTest::newRow("text") << "abc" << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
    }
    void integers() {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        const QByteArray utf8 = text.toUtf8();
        std::int64_t out = 0;
        QCOMPARE(values::parseInteger({utf8.constData(), std::size_t(utf8.size())}, out), ok);
        if (ok)
            QCOMPARE(qint64(out), value);
    }

    void reals_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::newRow("decimal") << "4021.65" << true << 4021.65;
        QTest::newRow("percent as KOBIS sends it") << "-13.0" << true << -13.0;
        QTest::newRow("integer") << "100" << true << 100.0;
        QTest::newRow("exponent") << "1e-3" << true << 0.001;
        QTest::newRow("thousands") << "1,234.5" << true << 1234.5;
        QTest::newRow("below one") << "0.5" << true << 0.5;
        QTest::newRow("nan") << "nan" << false << 0.0;
        QTest::newRow("inf") << "inf" << false << 0.0;
        QTest::newRow("date") << "2024-01-01" << false << 0.0;
    }
    void reals() {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(double, value);
        const QByteArray utf8 = text.toUtf8();
        double out = 0;
        QCOMPARE(values::parseReal({utf8.constData(), std::size_t(utf8.size())}, out), ok);
        if (ok)
            QCOMPARE(out, value);
    }

    void dates_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical"); // empty: not a date
        QTest::newRow("iso") << "2024-01-05"
                             << "2024-01-05";
        QTest::newRow("yyyymmdd") << "20240105"
                                  << "2024-01-05";
        QTest::newRow("dots") << "2024.01.05"
                              << "2024-01-05";
        QTest::newRow("dots with trailing dot") << "2024. 1. 5."
                                                << "";
        QTest::newRow("korean dotted") << "2024.1.5."
                                       << "2024-01-05";
        QTest::newRow("slashes") << "2024/1/5"
                                 << "2024-01-05";
        QTest::newRow("imdb") << "24 July 2005"
                              << "2005-07-24";
        QTest::newRow("short month") << "3 Jan 2020"
                                     << "2020-01-03";
        QTest::newRow("us") << "July 24, 2005"
                            << "2005-07-24";
        QTest::newRow("leap day") << "2024-02-29"
                                  << "2024-02-29";
        QTest::newRow("no leap day") << "2023-02-29"
                                     << "";
        QTest::newRow("integer that is no date") << "20231234"
                                                 << "";
        QTest::newRow("number") << "12345678"
                                << "";
        QTest::newRow("mixed separators") << "2024-01/05"
                                          << "";
    }
    void dates() {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const QByteArray utf8 = text.toUtf8();
        values::Date date;
        const bool ok = values::parseDate({utf8.constData(), std::size_t(utf8.size())}, date);
        QCOMPARE(ok, !canonical.isEmpty());
        if (ok)
            QCOMPARE(QString::fromStdString(values::formatDate(date)), canonical);
    }

    void timestamps_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("x created_at") << "2024-01-01T10:20:30.123Z"
                                      << "2024-01-01 10:20:30.123";
        QTest::newRow("no seconds") << "2024-01-01 10:20"
                                    << "2024-01-01 10:20:00";
        QTest::newRow("offset to utc") << "2024-01-01T10:00:00+09:00"
                                       << "2024-01-01 01:00:00";
        QTest::newRow("offset across midnight") << "2024-01-01T03:00:00+09:00"
                                                << "2023-12-31 18:00:00";
        QTest::newRow("negative offset") << "2024-12-31T22:30:00-0300"
                                         << "2025-01-01 01:30:00";
        QTest::newRow("date only") << "2024-01-05"
                                   << "2024-01-05 00:00:00";
        QTest::newRow("bad hour") << "2024-01-01T25:00:00Z"
                                  << "";
        QTest::newRow("junk after") << "2024-01-01T10:00:00Zx"
                                    << "";
    }
    void timestamps() {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const QByteArray utf8 = text.toUtf8();
        values::Timestamp time;
        const bool ok = values::parseTimestamp({utf8.constData(), std::size_t(utf8.size())}, time);
        QCOMPARE(ok, !canonical.isEmpty());
        if (ok)
            QCOMPARE(QString::fromStdString(values::formatTimestamp(time)), canonical);
    }

    void booleans() {
        QCOMPARE(values::parseBoolean("true"), std::optional<bool>(true));
        QCOMPARE(values::parseBoolean("FALSE"), std::optional<bool>(false));
        QCOMPARE(values::parseBoolean("yes"), std::nullopt);
        QCOMPARE(values::parseBoolean("1"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"

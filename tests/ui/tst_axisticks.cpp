#include "ui/chart/AxisTicks.h"

#include <QTest>

using namespace tl;

namespace {

// Seven pixels a character, as a 9-point sans font roughly draws digits.
double sevenPerCharacter(const QString &text) {
    return 7.0 * text.size();
}

QStringList texts(const std::vector<Tick> &ticks) {
    QStringList out;
    for (const Tick &t : ticks)
        out.append(t.text);
    return out;
}

QStringList monthsOf(int fromYear, int toYear) {
    QStringList keys;
    for (int y = fromYear; y <= toYear; ++y)
        for (int m = 1; m <= 12; ++m)
            keys.append(QStringLiteral("%1-%2").arg(y).arg(m, 2, 10, QLatin1Char('0')));
    return keys;
}

} // namespace

// Axis labels: round values, calendar steps, the year only where it changes, every label fitting
// the pixels it has.
class TestAxisTicks : public QObject {
    Q_OBJECT
    const QLocale m_en{QLocale::English, QLocale::UnitedStates};
    const QLocale m_ko{QLocale::Korean, QLocale::SouthKorea};

private Q_SLOTS:
    void niceValuesAreRound_data() {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<double>>("expected");
        QTest::newRow("counts") << 0.0 << 1067.0 << 5
                                << QList<double>{0, 250, 500, 750, 1000, 1250};
        QTest::newRow("ratings") << 1.0 << 10.0 << 4 << QList<double>{0, 2.5, 5, 7.5, 10};
        QTest::newRow("audiences")
            << 0.0 << 1560000.0 << 4 << QList<double>{0, 500000, 1000000, 1500000, 2000000};
        QTest::newRow("negative") << -3.2 << 4.1 << 6 << QList<double>{-4, -2, 0, 2, 4, 6};
        QTest::newRow("shares") << 0.0 << 0.13 << 3 << QList<double>{0, 0.05, 0.1, 0.15};
        QTest::newRow("one value") << 5.0 << 5.0 << 2 << QList<double>{4.5, 5, 5.5};
    }
    void niceValuesAreRound() {
        QFETCH(double, lo);
        QFETCH(double, hi);
        QFETCH(int, count);
        QFETCH(QList<double>, expected);
        const std::vector<double> values = AxisTicks::niceValues(lo, hi, count);
        QCOMPARE(values.size(), std::size_t(expected.size()));
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(qFuzzyCompare(1 + values[i], 1 + expected[i]),
                     qPrintable(QString::number(values[i])));
    }

    void valuesAreGroupedNeverExponents() {
        QCOMPARE(AxisTicks::formatValue(1500000, 500000, m_en), QStringLiteral("1,500,000"));
        QCOMPARE(AxisTicks::formatValue(7.5, 2.5, m_en), QStringLiteral("7.5"));
        QCOMPARE(AxisTicks::formatValue(10, 2.5, m_en), QStringLiteral("10.0"));
        QCOMPARE(AxisTicks::formatValue(0.1, 0.05, m_en), QStringLiteral("0.10"));
        QCOMPARE(AxisTicks::formatValue(-1e-17, 0.05, m_en), QStringLiteral("0.00"));
        QCOMPARE(AxisTicks::formatNumber(1500000, m_en), QStringLiteral("1,500,000"));
        QCOMPARE(AxisTicks::formatNumber(12345678912.0, m_en), QStringLiteral("12,345,678,912"));
        QCOMPARE(AxisTicks::formatNumber(6.4166666, m_en), QStringLiteral("6.417"));
        QCOMPARE(AxisTicks::formatNumber(0.125, m_en), QStringLiteral("0.125"));
        QCOMPARE(AxisTicks::formatNumber(2.5, m_en), QStringLiteral("2.5"));
    }

    void valueTicksKeepThreeInside() {
        // 150 px would allow three steps of 45 px: 0, 5, 10 leaves only two labels in 0–8.
        const auto ticks = AxisTicks::valueTicks(0, 8, 150, 45, m_en);
        QCOMPARE(texts(ticks), QStringList({"0", "2", "4", "6", "8"}));
    }

    void bucketsNameOnlyWhatChanged_data() {
        QTest::addColumn<int>("bucket");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("korean");
        const int month = int(TimeBucket::Month), day = int(TimeBucket::Day),
                  hour = int(TimeBucket::Hour), quarter = int(TimeBucket::Quarter);
        QTest::newRow("first month") << month << "2024-01"
                                     << ""
                                     << "Jan 2024"
                                     << "2024년 1월";
        QTest::newRow("next month") << month << "2024-03"
                                    << "2024-01"
                                    << "Mar"
                                    << "3월";
        QTest::newRow("new year") << month << "2025-01"
                                  << "2024-10"
                                  << "Jan 2025"
                                  << "2025년 1월";
        QTest::newRow("first day") << day << "2026-12-01"
                                   << ""
                                   << "Dec 1, 2026"
                                   << "2026년 12월 1일";
        QTest::newRow("next day") << day << "2026-12-08"
                                  << "2026-12-01"
                                  << "Dec 8"
                                  << "12월 8일";
        QTest::newRow("hour, same day") << hour << "2026-12-01 14:00"
                                        << "2026-12-01 13:00"
                                        << "14:00"
                                        << "14:00";
        QTest::newRow("hour, next day") << hour << "2026-12-02 00:00"
                                        << "2026-12-01 18:00"
                                        << "Dec 2 00:00"
                                        << "12월 2일 00:00";
        QTest::newRow("quarter") << quarter << "2024-Q2"
                                 << "2024-Q1"
                                 << "Q2"
                                 << "2분기";
        QTest::newRow("quarter, new year") << quarter << "2025-Q1"
                                           << "2024-Q3"
                                           << "Q1 2025"
                                           << "2025년 1분기";
        QTest::newRow("not a date") << day << "(none)"
                                    << ""
                                    << "(none)"
                                    << "(none)";
    }
    void bucketsNameOnlyWhatChanged() {
        QFETCH(int, bucket);
        QFETCH(QString, key);
        QFETCH(QString, previous);
        QFETCH(QString, english);
        QFETCH(QString, korean);
        QCOMPARE(AxisTicks::bucketLabel(TimeBucket(bucket), key, previous, m_en), english);
        QCOMPARE(AxisTicks::bucketLabel(TimeBucket(bucket), key, previous, m_ko), korean);
    }

    // Five years of months: as many labels as fit, on calendar steps, never overlapping.
    void monthsThinToCalendarSteps() {
        const QStringList keys = monthsOf(2020, 2024);
        const auto wide =
            AxisTicks::categoryTicks(AxisTicks::CategoryKeys::read(keys, TimeBucket::Month), 0, 59,
                                     1200, sevenPerCharacter, m_en);
        QCOMPARE(texts(wide).mid(0, 5), QStringList({"Jan 2020", "Apr", "Jul", "Oct", "Jan 2021"}));
        const auto narrow =
            AxisTicks::categoryTicks(AxisTicks::CategoryKeys::read(keys, TimeBucket::Month), 0, 59,
                                     400, sevenPerCharacter, m_en);
        QCOMPARE(texts(narrow),
                 QStringList({"Jan 2020", "Jan 2021", "Jan 2022", "Jan 2023", "Jan 2024"}));
        // Narrower still, every other year: never two labels touching.
        QCOMPARE(
            texts(AxisTicks::categoryTicks(AxisTicks::CategoryKeys::read(keys, TimeBucket::Month),
                                           0, 59, 300, sevenPerCharacter, m_en)),
            QStringList({"Jan 2020", "Jan 2022", "Jan 2024"}));
        for (const auto &ticks : {wide, narrow}) {
            for (std::size_t i = 1; i < ticks.size(); ++i) {
                const double pixels =
                    (ticks[i].at - ticks[i - 1].at) * (wide == ticks ? 1200 : 400) / 59.0;
                QVERIFY(pixels >=
                        (sevenPerCharacter(ticks[i].text) + sevenPerCharacter(ticks[i - 1].text)) /
                            2);
            }
        }
    }

    // Zoomed in: only the keys in view, and the first one names its year.
    void zoomedRangeLabelsWhatIsInView() {
        const QStringList keys = monthsOf(2020, 2024);
        const auto ticks =
            AxisTicks::categoryTicks(AxisTicks::CategoryKeys::read(keys, TimeBucket::Month), 25.5,
                                     30.2, 600, sevenPerCharacter, m_ko);
        QCOMPARE(texts(ticks), QStringList({"2022년 3월", "4월", "5월", "6월", "7월"}));
        QCOMPARE(ticks.front().at, 26.0);
    }

    // Names (movie titles, worlds) thin out by index; a repeated text stays two labels.
    void namesThinByIndexAndStayUnique() {
        QStringList names;
        for (int i = 0; i < 40; ++i)
            names.append(QStringLiteral("world %1").arg(i));
        const auto ticks =
            AxisTicks::categoryTicks(AxisTicks::CategoryKeys::read(names, TimeBucket::None), -0.5,
                                     39.5, 400, sevenPerCharacter, m_en);
        QCOMPARE(texts(ticks).mid(0, 3), QStringList({"world 0", "world 8", "world 16"}));
        const auto quarters = AxisTicks::categoryTicks(
            AxisTicks::CategoryKeys::read(QStringList{"2023-Q1", "2023-Q2", "2024-Q1", "2024-Q2"},
                                          TimeBucket::Quarter),
            -0.5, 3.5, 800, sevenPerCharacter, m_en);
        QCOMPARE(quarters.size(), std::size_t(4));
        QVERIFY(quarters[1].text != quarters[3].text);
        QCOMPARE(quarters[3].text.left(2), QStringLiteral("Q2"));
    }

    // A day of minutes on a small chart: round times, the date once.
    void minutesLandOnRoundTimes() {
        QStringList keys;
        for (int m = 0; m < 24 * 60; m += 1)
            keys.append(QStringLiteral("2026-12-01 %1:%2")
                            .arg(m / 60, 2, 10, QLatin1Char('0'))
                            .arg(m % 60, 2, 10, QLatin1Char('0')));
        const auto ticks =
            AxisTicks::categoryTicks(AxisTicks::CategoryKeys::read(keys, TimeBucket::Minute), 0,
                                     keys.size() - 1, 500, sevenPerCharacter, m_en);
        QCOMPARE(texts(ticks), QStringList({"Dec 1, 2026 00:00", "06:00", "12:00", "18:00"}));

        // With 40 pixels beside the axis' start, "Dec 1, 2026 00:00" (119) cannot be centred
        // there: the chart would hide it. The next label takes the date instead; with room
        // for half of it, it stays.
        const auto keysRead = AxisTicks::CategoryKeys::read(keys, TimeBucket::Minute);
        QCOMPARE(texts(AxisTicks::categoryTicks(keysRead, 0, keys.size() - 1, 500,
                                                sevenPerCharacter, m_en, {40, 40})),
                 QStringList({"Dec 1, 2026 06:00", "12:00", "18:00"}));
        QCOMPARE(texts(AxisTicks::categoryTicks(keysRead, 0, keys.size() - 1, 500,
                                                sevenPerCharacter, m_en, {60, 0})),
                 QStringList({"Dec 1, 2026 00:00", "06:00", "12:00", "18:00"}));
        // A label at the far end needs room after it.
        QCOMPARE(texts(AxisTicks::categoryTicks(keysRead, 0, 18 * 60, 500, sevenPerCharacter, m_en,
                                                {60, 10})),
                 QStringList({"Dec 1, 2026 00:00", "06:00", "12:00"}));
    }

    void histogramEdges() {
        const std::vector<double> edges{0, 2.5, 5, 7.5, 10, 12.5, 15, 17.5, 20};
        QCOMPARE(texts(AxisTicks::edgeTicks(edges, -0.5, 7.5, 800, sevenPerCharacter, m_en)),
                 QStringList({"0.0", "2.5", "5.0", "7.5", "10.0", "12.5", "15.0", "17.5", "20.0"}));
        const auto narrow = AxisTicks::edgeTicks(edges, -0.5, 7.5, 120, sevenPerCharacter, m_en);
        QCOMPARE(texts(narrow), QStringList({"0.0", "10.0", "20.0"}));
        QCOMPARE(narrow[1].at, 3.5);
        // "20.0" (28 pixels) at the axis' end, with 10 pixels after it: left out.
        QCOMPARE(
            texts(AxisTicks::edgeTicks(edges, -0.5, 7.5, 120, sevenPerCharacter, m_en, {20, 10})),
            QStringList({"0.0", "10.0"}));
    }
};

QTEST_GUILESS_MAIN(TestAxisTicks)
#include "tst_axisticks.moc"

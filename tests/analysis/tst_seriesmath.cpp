#include "analysis/Decimator.h"
#include "analysis/Forecast.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace tl;

// The C++ side of charts: decimation of huge raw series, and forecasts.
class TestSeriesMath : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decimationKeepsEveryColumnsMinAndMax() {
        std::mt19937_64 random(7);
        std::normal_distribution<double> noise(0, 1);
        const std::size_t n = 1000000;
        std::vector<double> x(n), y(n);
        for (std::size_t i = 0; i < n; ++i) {
            x[i] = double(i) * 0.5;
            y[i] = std::sin(double(i) / 5000) * 10 + noise(random);
        }
        y[123457] = 1e6; // a spike a naive sampler would miss
        for (const auto &[x0, x1, pixels] :
             {std::tuple{0.0, 499999.5, 800}, std::tuple{60000.0, 62000.0, 300},
              std::tuple{1000.0, 1010.0, 500}}) {
            const auto points = Decimator::minMax(x, y, x0, x1, pixels);
            QVERIFY(points.size() <= std::size_t(pixels) * 4);
            QVERIFY(
                std::is_sorted(points.begin(), points.end(),
                               [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
            // Every pixel column's extremes in the full data appear in the output.
            std::vector<double> lo(pixels, INFINITY), hi(pixels, -INFINITY);
            std::vector<double> outLo(pixels, INFINITY), outHi(pixels, -INFINITY);
            auto column = [&](double xv) {
                return std::min(pixels - 1, int((xv - x0) * pixels / (x1 - x0)));
            };
            for (std::size_t i = 0; i < n; ++i) {
                if (x[i] < x0 || x[i] > x1)
                    continue;
                lo[column(x[i])] = std::min(lo[column(x[i])], y[i]);
                hi[column(x[i])] = std::max(hi[column(x[i])], y[i]);
            }
            for (const QPointF &p : points) {
                outLo[column(p.x())] = std::min(outLo[column(p.x())], p.y());
                outHi[column(p.x())] = std::max(outHi[column(p.x())], p.y());
            }
            QVERIFY(lo == outLo);
            QVERIFY(hi == outHi);
        }
        QVERIFY(Decimator::minMax(x, y, 10, 5, 100).empty());
    }

    void holtFollowsALinearTrend() {
        std::vector<double> line;
        for (int i = 0; i < 30; ++i)
            line.push_back(100 + 7.5 * i);
        const auto next = Forecast::holt(line, 3);
        QCOMPARE(next.size(), std::size_t(3));
        for (int h = 0; h < 3; ++h) {
            QVERIFY(std::abs(next[h].value - (100 + 7.5 * (30 + h))) < 1e-6);
            QVERIFY(std::abs(next[h].high - next[h].low) < 1e-6); // a perfect fit has no spread
        }
    }

    void holtBandWidensWithNoise() {
        std::vector<double> noisy;
        for (int i = 0; i < 40; ++i)
            noisy.push_back(50 + 2.0 * i + ((i % 3) - 1) * 4.0);
        const auto next = Forecast::holt(noisy, 4);
        for (int h = 0; h < 4; ++h)
            QVERIFY(next[h].low < next[h].value && next[h].value < next[h].high);
        QVERIFY(next[3].high - next[3].low > next[0].high - next[0].low);
        QVERIFY(std::abs(next[0].value - (50 + 2.0 * 40)) < 8);
    }

    void linearFitOverAWindow() {
        // Flat, then a steady climb: a window over the climb projects the climb.
        std::vector<double> values(20, 5.0);
        for (int i = 0; i < 10; ++i)
            values.push_back(5.0 + 3.0 * (i + 1));
        const auto windowed = Forecast::linear(values, 2, 10);
        QVERIFY(std::abs(windowed[0].value - (5.0 + 3.0 * 11)) < 1e-9);
        QVERIFY(std::abs(windowed[1].value - (5.0 + 3.0 * 12)) < 1e-9);
        QVERIFY(Forecast::linear({}, 3).empty());
        QCOMPARE(Forecast::holt({4.0}, 2).front().value, 4.0);
    }
};

QTEST_APPLESS_MAIN(TestSeriesMath)
#include "tst_seriesmath.moc"

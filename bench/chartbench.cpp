// Chart timings inside one process (bench/charts runs it and the sqlite3 CLI peer):
//  1. monthly count and avg over a dataset, through ChartRunner (spec → one SQL query);
//  2. a 10,000,000-point raw line: first frame and a zoom redraw, decimated to the pixels;
//     against a naive Qt Charts line of 1,000,000 points drawn as is.
#include "analysis/ChartRunner.h"
#include "analysis/QueryBuilder.h"
#include "store/Workspace.h"
#include "ui/chart/QtChartsCanvas.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <cstdio>
#include <random>

namespace {

double bestOf(int runs, const std::function<void()> &work) {
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

void paint(QWidget *view, QImage &into) {
    QPainter painter(&into);
    view->render(&painter);
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: trendlens_chartbench WORKSPACE DATASET SQL_OUT\n");
        return 2;
    }
    std::unique_ptr<tl::Workspace> workspace;
    if (!tl::Workspace::open(QString::fromLocal8Bit(argv[1]), workspace))
        return 1;
    const QString dataset = QString::fromLocal8Bit(argv[2]);
    const auto info = workspace->catalog().find(dataset).value();
    if (!info)
        return 1;
    for (const char *agg : {"count", "avg"}) {
        tl::ChartSpec spec;
        const QByteArray json = QByteArray("{\"dataset\": \"") + argv[2] +
                                "\", \"x\": {\"column\": \"day\", \"bucket\": \"month\"}, \"y\": "
                                "{\"column\": \"rating\", \"agg\": \"" +
                                agg + "\"}}";
        if (const tl::Status s =
                tl::ChartSpec::fromJson(QJsonDocument::fromJson(json).object(), spec);
            !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.message()));
            return 1;
        }
        tl::ChartData data;
        tl::Status ran;
        const double ms = bestOf(3, [&] {
            ran = tl::ChartRunner::run(workspace->database(), workspace->dialect(), spec, data);
        });
        if (!ran) {
            std::fprintf(stderr, "%s\n", qPrintable(ran.message()));
            return 1;
        }
        std::printf("  monthly %-5s over %lld rows: %8.1f ms (%lld buckets)\n", agg,
                    static_cast<long long>(info->rowCount), ms,
                    static_cast<long long>(data.rowCount()));
        tl::ChartQuery query;
        if (const tl::Status s = tl::QueryBuilder(workspace->dialect(), *info).build(spec, query);
            !s)
            return 1;
        QFile sql(QString::fromLocal8Bit(argv[3]) + u'.' + QString::fromLatin1(agg));
        sql.open(QIODevice::WriteOnly);
        sql.write(query.sql.sql.toUtf8() + ";\n");
    }

    // A random walk of 10 M points.
    const std::size_t n = 10000000;
    tl::ChartData raw;
    raw.shape = tl::ChartQuery::Shape::Raw;
    raw.rawX.resize(n);
    raw.rawY.resize(n);
    std::mt19937_64 random(42);
    std::normal_distribution<double> step(0, 1);
    double y = 0;
    for (std::size_t i = 0; i < n; ++i) {
        raw.rawX[i] = double(i);
        y += step(random);
        raw.rawY[i] = y;
    }
    tl::ChartSpec line;
    line.type = tl::ChartType::Line;
    line.agg = tl::Aggregate::None;
    tl::QtChartsCanvas canvas;
    canvas.widget()->resize(1200, 700);
    QImage frame(1200, 700, QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer first;
    first.start();
    canvas.setChart(line, raw);
    paint(canvas.widget(), frame);
    const double firstFrame = first.nsecsElapsed() / 1e6;
    auto *axis = qobject_cast<QValueAxis *>(
        static_cast<QChartView *>(canvas.widget())->chart()->axes(Qt::Horizontal).front());
    int zoom = 0;
    const double redraw = bestOf(5, [&] {
        const double x0 = 1e6 * (1 + zoom++);
        axis->setRange(x0, x0 + 2e6);
        canvas.redecimateNow();
        paint(canvas.widget(), frame);
    });
    std::printf("  10,000,000-point line, decimated: first frame %.1f ms, zoom redraw %.1f ms "
                "(%lld points drawn; target < 50 ms)\n",
                firstFrame, redraw, static_cast<long long>(canvas.drawnRawPoints()));

    // The naive way: hand Qt Charts 1 M points and let it draw them all.
    auto *naiveChart = new QChart; // the view below owns it
    auto *naive = new QLineSeries;
    QList<QPointF> points;
    points.reserve(1000000);
    for (std::size_t i = 0; i < 1000000; ++i)
        points.append(QPointF(raw.rawX[i], raw.rawY[i]));
    naiveChart->addSeries(naive);
    naiveChart->createDefaultAxes();
    QChartView naiveView(naiveChart);
    naiveView.resize(1200, 700);
    QElapsedTimer naiveFirst;
    naiveFirst.start();
    naive->replace(points);
    naiveChart->axes(Qt::Horizontal).front()->setRange(0, 1e6);
    naiveChart->axes(Qt::Vertical).front()->setRange(-3000, 3000);
    paint(&naiveView, frame);
    const double naiveFrame = naiveFirst.nsecsElapsed() / 1e6;
    const double naiveRedraw = bestOf(3, [&] {
        naiveChart->axes(Qt::Horizontal).front()->setRange(1e5, 3e5);
        paint(&naiveView, frame);
        naiveChart->axes(Qt::Horizontal).front()->setRange(0, 1e6);
    });
    std::printf("  naive Qt Charts line of 1,000,000 points: first frame %.1f ms, redraw %.1f ms\n",
                naiveFrame, naiveRedraw);
    return 0;
}

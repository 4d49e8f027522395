// Chart timings inside one process (bench/charts runs it beside the sqlite3 CLI):
//  1. each question of a questions file through ChartRunner: the first answer (its columns
//     read from the workspace, the cache emptied before) and the warm median (columns in the
//     cache), the engine that answered, and the bytes its columns take in memory per row and
//     column; the equivalent SQL is written out for the peer;
//  2. a 10,000,000-point raw line: first frame and a zoom redraw, decimated to the pixels;
//     against a naive Qt Charts line of 1,000,000 points drawn as is.
#include "analysis/ChartRunner.h"
#include "analysis/QueryBuilder.h"
#include "columns/ColumnCache.h"
#include "columns/ColumnEngine.h"
#include "store/Workspace.h"
#include "ui/chart/QtChartsCanvas.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
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

// The SQL with its bindings written in, for the sqlite3 CLI (the builder's SQL has no '?'
// inside its own literals).
QString inlined(const tl::SqlFragment &fragment) {
    QString out;
    qsizetype next = 0;
    for (const QChar c : fragment.sql) {
        if (c != u'?' || next >= fragment.bindings.size()) {
            out += c;
            continue;
        }
        const QVariant &v = fragment.bindings[next++];
        if (v.isNull())
            out += QStringLiteral("NULL");
        else if (v.typeId() == QMetaType::QString)
            out += u'\'' + v.toString().replace(u'\'', QStringLiteral("''")) + u'\'';
        else if (v.typeId() == QMetaType::Double)
            out += QString::number(v.toDouble(), 'g', 17);
        else
            out += v.toString();
    }
    return out;
}

double millis(const QElapsedTimer &t) {
    return double(t.nsecsElapsed()) / 1e6;
}

// Runs each question of `questionsPath` ({"name": ..., "spec": {...}} objects); prints
// "name|engine|first ms|warm median ms|bytes per row per column|rows of the answer" and
// writes the SQL of question i to SQL_OUT.i.sql.
int askQuestions(tl::Workspace &workspace, const QString &questionsPath, const QString &sqlOut) {
    QFile file(questionsPath);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QJsonArray questions = QJsonDocument::fromJson(file.readAll()).array();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const QJsonObject question = questions[i].toObject();
        tl::ChartSpec spec;
        if (const tl::Status s = tl::ChartSpec::fromJson(question[u"spec"].toObject(), spec); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.message()));
            return 1;
        }
        const auto info = workspace.catalog().find(spec.dataset).value();
        if (!info)
            return 1;
        tl::ChartData data;
        // First answer: its columns read from the workspace, none cached.
        tl::ColumnCache::shared().clear();
        QElapsedTimer first;
        first.start();
        if (const tl::Status s =
                tl::ChartRunner::run(workspace.database(), workspace.dialect(), spec, data);
            !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.message()));
            return 1;
        }
        const double firstMs = millis(first);
        const qint64 loaded = tl::ColumnCache::shared().bytes();
        std::vector<double> warm;
        for (int run = 0; run < 7; ++run) {
            QElapsedTimer t;
            t.start();
            (void)tl::ChartRunner::run(workspace.database(), workspace.dialect(), spec, data);
            warm.push_back(millis(t));
        }
        std::sort(warm.begin(), warm.end());
        // What the question's columns take in memory, per row and column.
        QStringList columns;
        (void)tl::ColumnEngine::plan(spec, *info, columns);
        const double perRowColumn = double(loaded) / double(std::max<qint64>(1, info->rowCount)) /
                                    double(std::max<qsizetype>(1, columns.size()));
        std::printf("%s|%s|%.1f|%.1f|%.2f|%lld|%s\n", qPrintable(question[u"name"].toString()),
                    qPrintable(data.engine), firstMs, warm[warm.size() / 2], perRowColumn,
                    static_cast<long long>(data.rowCount()), qPrintable(data.engineNote));
        tl::ChartQuery query;
        if (const tl::Status s = tl::QueryBuilder(workspace.dialect(), *info).build(spec, query);
            !s)
            return 1;
        QFile sql(sqlOut + QStringLiteral(".%1.sql").arg(i));
        if (!sql.open(QIODevice::WriteOnly))
            return 1;
        sql.write(inlined(query.sql).toUtf8() + ";\n");
    }
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    const bool drawLine = argc == 4;
    if (argc != 4 && !(argc == 5 && QByteArray(argv[4]) == "--no-line")) {
        std::fprintf(stderr,
                     "usage: trendlens_chartbench WORKSPACE QUESTIONS.json SQL_OUT [--no-line]\n");
        return 2;
    }
    std::unique_ptr<tl::Workspace> workspace;
    if (!tl::Workspace::open(QString::fromLocal8Bit(argv[1]), workspace))
        return 1;
    if (const int failed = askQuestions(*workspace, QString::fromLocal8Bit(argv[2]),
                                        QString::fromLocal8Bit(argv[3])))
        return failed;
    if (!drawLine)
        return 0;

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

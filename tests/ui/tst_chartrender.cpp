#include "analysis/ChartRunner.h"
#include "demo/DemoBuilder.h"
#include "store/DashboardStore.h"
#include "store/Workspace.h"
#include "ui/chart/ChartCanvas.h"
#include "ui/chart/ChartExporter.h"
#include "ui/chart/QtChartsCanvas.h"
#include "ui/chart/SvgTextRuns.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;

// Every chart type drawn offscreen from the demo workspace: SVG keeps the labels as text,
// PNG and PDF are written at the size asked; the CLI writes the chart's data as CSV.
class TestChartRender : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;

    ChartSpec spec(const QByteArray &json) {
        ChartSpec s;
        const Status status = ChartSpec::fromJson(QJsonDocument::fromJson(json).object(), s);
        if (!status)
            qFatal("bad spec: %s", qPrintable(status.message()));
        return s;
    }

    // `trendlens chart SPEC -w WORKSPACE --out OUT ARGS…`: its exit code and stderr.
    struct Run {
        int code = -1;
        QByteArray err;
    };
    Run chartCommand(const QString &specPath, const QString &out, const QStringList &args = {}) {
        QProcess chart;
        chart.start(QStringLiteral(TL_BINARY),
                    QStringList{QStringLiteral("chart"), specPath, QStringLiteral("-w"), m_path,
                                QStringLiteral("--out"), out} +
                        args);
        if (!chart.waitForFinished(60000))
            return {};
        return {chart.exitCode(), chart.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_path = m_dir.filePath(QStringLiteral("demo.trendlens"));
        QVERIFY(DemoBuilder(m_path).build().ok());
        QVERIFY(Workspace::open(m_path, m_workspace).ok());
    }

    void everyTypeRendersWithLabels_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("line")
            << QByteArray("{\"dataset\": \"kobis_boxoffice_daily\", \"type\": \"line\", "
                          "\"title\": \"일별 관객\", \"x\": {\"column\": \"target_date\", "
                          "\"bucket\": \"day\"}, \"y\": {\"column\": \"audi_cnt\", \"agg\": "
                          "\"sum\"}, \"forecast\": {\"method\": \"holt\", \"horizon\": 2}}")
            << QStringList{"일별 관객", "target_date (day)", "sum(audi_cnt)", "Jan 1, 2024",
                           "1,000,000"};
        QTest::newRow("area") << QByteArray(
                                     "{\"dataset\": \"x_tweets\", \"type\": \"area\", \"title\": "
                                     "\"Tweets\", \"x\": {\"column\": \"created_at\", \"bucket\": "
                                     "\"hour\"}, \"series\": {\"column\": \"lang\", \"top\": 2}}")
                              << QStringList{"Tweets", "created_at (hour, UTC)", "count", "other"};
        QTest::newRow("bar") << QByteArray(
                                    "{\"dataset\": \"imdb_reviews\", \"type\": \"bar\", \"title\": "
                                    "\"리뷰 수\", \"x\": {\"column\": \"review_date\", \"bucket\": "
                                    "\"year\"}}")
                             << QStringList{"리뷰 수", "review_date (year)", "2015", "2023"};
        QTest::newRow("stacked bar")
            << QByteArray("{\"dataset\": \"imdb_reviews\", \"type\": "
                          "\"stacked_bar\", \"title\": \"Ratings\", \"x\": "
                          "{\"column\": \"rating\"}, \"series\": {\"expr\": "
                          "\"if(spoiler_tag = 1, \\\"스포일러\\\", \\\"일반\\\")\"}}")
            << QStringList{"Ratings", "rating", "스포일러", "일반"};
        QTest::newRow("scatter") << QByteArray(
                                        "{\"dataset\": \"maple_ranking\", \"type\": \"scatter\", "
                                        "\"title\": \"Level by rank\", \"x\": {\"column\": "
                                        "\"ranking\"}, \"y\": {\"column\": \"character_level\"}}")
                                 << QStringList{"Level by rank", "ranking", "character_level"};
        QTest::newRow("histogram")
            << QByteArray("{\"dataset\": \"maple_ranking\", \"type\": \"histogram\", "
                          "\"title\": \"레벨 분포\", \"x\": {\"column\": "
                          "\"character_level\"}, \"bins\": 5, \"normalize\": true}")
            << QStringList{"레벨 분포", "character_level", "share"};
        QTest::newRow("box")
            << QByteArray("{\"dataset\": \"imdb_reviews\", \"type\": \"box\", \"title\": "
                          "\"Rating spread\", \"x\": {\"column\": \"spoiler_tag\"}, \"y\": "
                          "{\"column\": \"rating\"}}")
            << QStringList{"Rating spread", "spoiler_tag", "rating"};
        QTest::newRow("pie") << QByteArray(
                                    "{\"dataset\": \"x_tweets\", \"type\": \"pie\", \"title\": "
                                    "\"Languages\", \"x\": {\"column\": \"lang\"}}")
                             << QStringList{"Languages", "en ("};
    }
    void everyTypeRendersWithLabels() {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, labels);
        const ChartSpec s = spec(json);
        ChartData data;
        QVERIFY(ChartRunner::run(m_workspace->database(), m_workspace->dialect(), s, data).ok());
        QVERIFY(data.rowCount() > 0);
        auto canvas = ChartCanvas::create();
        canvas->setChart(s, data);

        const QString svgPath = m_dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY(ChartExporter::save(*canvas, svgPath, QSize(1000, 600)).ok());
        QFile svg(svgPath);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(svg.readAll());
        for (const QString &label : labels)
            QVERIFY2(text.contains(u'>' + label), qPrintable(label));
        // Axis labels are chosen to fit, never cut short (legends may cut a long name).
        QVERIFY2(!text.contains(QStringLiteral("…")) && !text.contains(QStringLiteral("...")),
                 qPrintable(text));

        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(ChartExporter::save(*canvas, png, QSize(800, 450), 2).ok());
        QCOMPARE(QImage(png).size(), QSize(1600, 900));
        const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
        QVERIFY(ChartExporter::save(*canvas, pdf, QSize(800, 450)).ok());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
    }

    // A title mixing Hangul and Latin is one text run at one position, in real font families,
    // so rsvg (and Inkscape, browsers) lay it out whole with their own fonts.
    void svgTextRunsStayWhole() {
        ChartSpec s =
            spec(R"({"dataset": "imdb_reviews", "type": "bar", "title": "리뷰 수 per year",
                              "x": {"column": "review_date", "bucket": "year"}})");
        ChartData data;
        QVERIFY(ChartRunner::run(m_workspace->database(), m_workspace->dialect(), s, data).ok());
        auto canvas = ChartCanvas::create();
        canvas->setChart(s, data);
        const QString path = m_dir.filePath(QStringLiteral("runs.svg"));
        QVERIFY(ChartExporter::save(*canvas, path, QSize(900, 500)).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY2(svg.contains(QStringLiteral(">리뷰 수 per year</text>")), qPrintable(svg));
        QVERIFY(!svg.contains(QStringLiteral("font-family=\"Sans Serif\"")));
        QVERIFY(svg.contains(QStringLiteral("sans-serif\"")));
        QProcess rsvg;
        rsvg.start(QStringLiteral("rsvg-convert"),
                   {QStringLiteral("-w"), QStringLiteral("900"), QStringLiteral("-o"),
                    m_dir.filePath(QStringLiteral("runs.png")), path});
        QVERIFY(rsvg.waitForFinished(60000));
        QCOMPARE(rsvg.exitCode(), 0);
        const QImage png(m_dir.filePath(QStringLiteral("runs.png")));
        QCOMPARE(png.width(), 900);
        QVERIFY(qAbs(png.height() - 500) <= 1); // the SVG's size is in millimetres
    }

    // Runs join only within one line of one item: labels of other items stay apart.
    void svgRunsJoinOnlyOnOneLine() {
        const QByteArray in = R"(<g><text fill="#000" x="1" y="20" font-family="Sans Serif"
 >리뷰 </text>
<text fill="#000" x="40" y="20" font-family="Sans Serif"
 >per year</text>
<text fill="#000" x="1" y="40" font-family="Sans Serif"
 >second line</text>
</g><g><text fill="#000" x="90" y="40" font-family="Sans Serif"
 >2016</text></g>)";
        const QString out =
            QString::fromUtf8(SvgTextRuns::whole(in, QStringLiteral("'A', sans-serif")));
        QCOMPARE(out.count(QStringLiteral("<text")), 3);
        QVERIFY(out.contains(QStringLiteral(
            "x=\"1\" y=\"20\" font-family=\"'A', sans-serif\"\n >리뷰 per year</text>")));
        QVERIFY(out.contains(QStringLiteral(">second line</text>")));
        QVERIFY(out.contains(QStringLiteral(">2016</text>")));
    }

    void demoDashboardsAllDraw() {
        DashboardStore store(m_workspace->database());
        QCOMPARE(store.names().size(), 6);
        for (const QString &name : store.names()) {
            Dashboard dashboard;
            QVERIFY(store.load(name, dashboard).ok());
            QVERIFY(!dashboard.charts.isEmpty());
            for (const DashboardChart &chart : dashboard.charts) {
                ChartData data;
                const Status s = ChartRunner::run(m_workspace->database(), m_workspace->dialect(),
                                                  chart.spec, data);
                QVERIFY2(s.ok(), qPrintable(name + u": " + chart.spec.title + u": " + s.message()));
                QVERIFY2(data.rowCount() > 0, qPrintable(chart.spec.title));
            }
        }
    }

    void legendTogglesSeries() {
        const ChartSpec s =
            spec("{\"dataset\": \"imdb_reviews\", \"type\": \"bar\", \"x\": "
                 "{\"column\": \"rating\"}, \"series\": {\"column\": \"spoiler_tag\"}}");
        ChartData data;
        QVERIFY(ChartRunner::run(m_workspace->database(), m_workspace->dialect(), s, data).ok());
        auto canvas = ChartCanvas::create();
        canvas->setChart(s, data);
        QCOMPARE(canvas->seriesNames(), (QStringList{"0", "1"}));
        QVERIFY(canvas->isSeriesVisible(QStringLiteral("1")));
        canvas->setSeriesVisible(QStringLiteral("1"), false);
        QVERIFY(!canvas->isSeriesVisible(QStringLiteral("1")));
        QVERIFY(canvas->isSeriesVisible(QStringLiteral("0")));
    }

    void rawLinesAreDecimatedToPixels() {
        const ChartSpec s =
            spec("{\"dataset\": \"maple_ranking\", \"type\": \"line\", \"x\": "
                 "{\"column\": \"ranking\"}, \"y\": {\"column\": \"character_exp\", "
                 "\"agg\": \"none\"}}");
        ChartData data;
        QVERIFY(ChartRunner::run(m_workspace->database(), m_workspace->dialect(), s, data).ok());
        QCOMPARE(data.rawX.size(), std::size_t(2000));
        QtChartsCanvas canvas;
        canvas.setChart(s, data);
        canvas.widget()->resize(300, 200); // a plot area of far fewer than 2,000 / 4 pixels
        QImage sink(300, 200, QImage::Format_ARGB32);
        QPainter painter(&sink);
        canvas.render(&painter, QRectF(0, 0, 300, 200));
        painter.end();
        QVERIFY2(canvas.drawnRawPoints() < 2000,
                 qPrintable(QString::number(canvas.drawnRawPoints())));
    }

    // 16 movies beside a 250-pixel chart: the legend keeps the largest whole and counts the
    // rest on one line instead of running off the chart.
    void longLegendFoldsTheRest() {
        const ChartSpec s = spec("{\"dataset\": \"imdb_reviews\", \"x\": {\"column\": "
                                 "\"review_date\", \"bucket\": \"year\"}, \"series\": "
                                 "{\"column\": \"movie\"}}");
        ChartData data;
        QVERIFY(ChartRunner::run(m_workspace->database(), m_workspace->dialect(), s, data).ok());
        QCOMPARE(data.series.size(), 16);
        auto canvas = ChartCanvas::create();
        canvas->setChart(s, data);
        QCOMPARE(canvas->seriesNames().size(), 16);
        const auto svgOf = [&](int height) {
            const QString path = m_dir.filePath(QStringLiteral("legend.svg"));
            if (!ChartExporter::save(*canvas, path, QSize(1000, height)).ok())
                return QString();
            QFile svg(path);
            return svg.open(QIODevice::ReadOnly) ? QString::fromUtf8(svg.readAll()) : QString();
        };
        const QString low = svgOf(250);
        QVERIFY(low.contains(u'>' + data.series.front()));
        QVERIFY(!low.contains(u'>' + data.series.back()));
        const QRegularExpression more(QStringLiteral(">\\+ (\\d+) more \\(Data lists all\\)"));
        const QRegularExpressionMatch folded = more.match(low);
        QVERIFY2(folded.hasMatch(), qPrintable(low.left(2000)));
        const int hidden = folded.captured(1).toInt();
        QVERIFY(hidden >= 8 && hidden <= 13);
        for (qsizetype i = 0; i < 16 - hidden; ++i)
            QVERIFY2(low.contains(u'>' + data.series[i]), qPrintable(data.series[i]));
        // Tall enough for all: nothing folded.
        const QString tall = svgOf(700);
        QVERIFY(!more.match(tall).hasMatch());
        QVERIFY(tall.contains(u'>' + data.series.back()));
    }

    void commandLineWritesChartData() {
        const QString specPath = m_dir.filePath(QStringLiteral("spec.json"));
        QFile specFile(specPath);
        QVERIFY(specFile.open(QIODevice::WriteOnly));
        specFile.write("{\"version\": 1, \"dataset\": \"imdb_reviews\", \"type\": \"line\", \"x\": "
                       "{\"column\": \"review_date\", \"bucket\": \"year\"}, \"series\": "
                       "{\"column\": \"spoiler_tag\"}}");
        specFile.close();
        const QString csv = m_dir.filePath(QStringLiteral("data.csv"));
        QCOMPARE(chartCommand(specPath, csv).code, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.front(), QByteArray("review_date (year),series,count\r"));
        // 9 years × 2 spoiler values, each a count; they add up to the 6,000 reviews.
        qint64 total = 0;
        int rows = 0;
        for (const QByteArray &line : lines.mid(1)) {
            if (line.trimmed().isEmpty())
                continue;
            total += line.trimmed().split(',').last().toLongLong();
            ++rows;
        }
        QCOMPARE(rows, 18);
        QCOMPARE(total, qint64(6000));

        QCOMPARE(chartCommand(specPath, m_dir.filePath(QStringLiteral("c.svg")),
                              {QStringLiteral("--size"), QStringLiteral("640x400")})
                     .code,
                 0);

        QFile badSpec(m_dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(badSpec.open(QIODevice::WriteOnly));
        badSpec.write(
            "{\"dataset\": \"imdb_reviews\", \"x\": {\"expr\": \"rating; DROP TABLE x\"}}");
        badSpec.close();
        const Run bad = chartCommand(badSpec.fileName(), csv);
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("expression 'rating; DROP TABLE x': at 7"));
    }

    // --time-zone: tweets per hour by Seoul's clock (TZ=UTC otherwise), named in the header;
    // an unknown zone is refused before anything is read.
    void commandLineTakesATimeZone() {
        const QString specPath = m_dir.filePath(QStringLiteral("hours.json"));
        QFile specFile(specPath);
        QVERIFY(specFile.open(QIODevice::WriteOnly));
        specFile.write("{\"dataset\": \"x_tweets\", \"x\": {\"column\": \"created_at\", "
                       "\"bucket\": \"hour\"}}");
        specFile.close();
        const auto firstLines = [&](const QStringList &zone) -> QList<QByteArray> {
            const QString csv = m_dir.filePath(QStringLiteral("hours.csv"));
            if (chartCommand(specPath, csv, zone).code != 0)
                return {};
            QFile file(csv);
            return file.open(QIODevice::ReadOnly) ? file.readAll().split('\n').mid(0, 2)
                                                  : QList<QByteArray>();
        };
        const QList<QByteArray> utc = firstLines({});
        const QList<QByteArray> seoul =
            firstLines({QStringLiteral("--time-zone"), QStringLiteral("Asia/Seoul")});
        QCOMPARE(utc.size(), 2);
        QCOMPARE(seoul.size(), 2);
        QCOMPARE(utc.front(), QByteArray("\"created_at (hour, UTC)\",count\r"));
        QCOMPARE(seoul.front(), QByteArray("\"created_at (hour, KST)\",count\r"));
        QDateTime first = QDateTime::fromString(QString::fromLatin1(utc[1].split(',').front()),
                                                QStringLiteral("yyyy-MM-dd HH:mm"));
        first.setTimeSpec(Qt::UTC);
        QCOMPARE(seoul[1].split(',').front(),
                 first.addSecs(9 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")).toLatin1());
        QCOMPARE(seoul[1].split(',').last(), utc[1].split(',').last());

        const Run bad =
            chartCommand(specPath, m_dir.filePath(QStringLiteral("x.csv")),
                         {QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.endsWith(
            "trendlens chart: --time-zone: unknown zone 'Mars/Olympus' (an IANA id such as "
            "Asia/Seoul, or UTC)\n"));
    }
};

QTEST_MAIN(TestChartRender)
#include "tst_chartrender.moc"

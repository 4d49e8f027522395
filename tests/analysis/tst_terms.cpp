#include "analysis/ChartRunner.h"
#include "analysis/QueryBuilder.h"
#include "ingest/ImportJob.h"
#include "store/Workspace.h"
#include "support/RowsBehind.h"
#include "text/Tokenizer.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <random>
#include <set>

using namespace tl;

// The terms chart against an independent count: texts built from a vocabulary of plain words,
// so splitting on spaces is the reference tokenizer; a term counts the rows that contain it.
class TestTerms : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    struct Row {
        QString text;
        QString lang;
        int likes;
    };
    std::vector<Row> m_rows;

    ChartData chart(const QByteArray &json, Status *status = nullptr) {
        ChartSpec spec;
        Status s = ChartSpec::fromJson(QJsonDocument::fromJson(json).object(), spec);
        ChartData data;
        if (s)
            s = ChartRunner::run(m_workspace->database(), m_workspace->dialect(), spec, data);
        if (status)
            *status = s;
        else if (!s)
            qWarning("%s", qPrintable(s.message()));
        return data;
    }

    // term → rows containing it, by splitting on spaces.
    std::map<QString, std::map<QString, double>> expected(bool stopwords, int minLength,
                                                          int minLikes = -1) const {
        std::map<QString, std::map<QString, double>> out;
        for (const Row &r : m_rows) {
            if (r.likes <= minLikes)
                continue;
            std::set<QString> seen;
            for (const QString &w : r.text.toLower().split(u' ', Qt::SkipEmptyParts)) {
                if (w.size() < minLength || (stopwords && text::StopWords::shipped().contains(w)))
                    continue;
                if (seen.insert(w).second)
                    out[w][r.lang] += 1;
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        const QStringList en{"The",    "movie",  "was",   "great", "and",
                             "the",    "actors", "shine", "plot",  "twist",
                             "boring", "ending", "music", "Seoul", "fans"};
        const QStringList ko{"영화", "정말", "그리고", "배우", "연기", "최고", "음악", "지루한",
                             "결말", "반전", "서울",   "팬",   "사랑", "감동", "별로"};
        std::mt19937 random(13);
        for (int i = 0; i < 3000; ++i) {
            const bool korean = i % 3 == 0;
            const QStringList &words = korean ? ko : en;
            QStringList text;
            const int n = 3 + int(random() % 8);
            for (int w = 0; w < n; ++w)
                text.append(words[int(random() % words.size())]);
            // Every 10th text repeats an earlier one, as retweets do.
            Row row{i % 10 == 9 ? m_rows[std::size_t(i / 2)].text : text.join(u' '),
                    korean ? QStringLiteral("ko") : QStringLiteral("en"), int(random() % 100)};
            if (i % 10 == 9)
                row.lang = m_rows[std::size_t(i / 2)].lang;
            m_rows.push_back(row);
        }
        const QString csv = m_dir.filePath(QStringLiteral("tweets.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("text,lang,likes\n");
        for (const Row &r : m_rows)
            file.write(QStringLiteral("%1,%2,%3\n").arg(r.text, r.lang).arg(r.likes).toUtf8());
        file.close();
        const QString path = m_dir.filePath(QStringLiteral("w.trendlens"));
        ImportOptions options;
        options.files = {csv};
        options.dataset = QStringLiteral("tweets");
        ImportResult result;
        QVERIFY(ImportJob(path, options).run(result).ok());
        QVERIFY(Workspace::open(path, m_workspace).ok());
    }

    void topTermsMatchAnIndependentCount() {
        const ChartData data = chart("{\"dataset\": \"tweets\", \"type\": \"terms\", \"x\": "
                                     "{\"column\": \"text\"}, \"terms\": {\"top\": 10}}");
        const auto want = expected(true, 1);
        std::vector<std::pair<double, QString>> totals;
        for (const auto &[term, bySeries] : want) {
            double total = 0;
            for (const auto &[lang, n] : bySeries)
                total += n;
            totals.emplace_back(-total, term);
        }
        std::sort(totals.begin(), totals.end());
        QCOMPARE(data.keys.size(), 10);
        QCOMPARE(data.series, QStringList{QString()});
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(data.keys[i], totals[std::size_t(i)].second);
            QCOMPARE(data.points[std::size_t(i)].value, -totals[std::size_t(i)].first);
        }
        QVERIFY(!data.keys.contains(QStringLiteral("the")));
        QVERIFY(!data.keys.contains(QStringLiteral("그리고")));
        QCOMPARE(data.xLabel, QStringLiteral("term"));
        QCOMPARE(data.table().header, (QStringList{"term", "count"}));
    }

    void splitFilteredAndWithStopwords() {
        const ChartData data = chart(
            "{\"dataset\": \"tweets\", \"type\": \"terms\", \"x\": {\"column\": \"text\"}, "
            "\"series\": {\"column\": \"lang\"}, \"filters\": [{\"column\": \"likes\", \"op\": "
            "\">\", \"value\": 49}], \"terms\": {\"top\": 1000, \"stopwords\": false, "
            "\"min_length\": 2}}");
        const auto want = expected(false, 2, 49);
        QCOMPARE(data.keys.size(), qsizetype(want.size()));
        QCOMPARE(data.table().header, (QStringList{"term", "series", "count"}));
        QVERIFY(data.keys.contains(QStringLiteral("the")));
        QVERIFY(!data.keys.contains(QStringLiteral("팬"))); // one character
        std::size_t points = 0;
        for (const auto &p : data.points) {
            QCOMPARE(p.value, want.at(p.key).at(p.series));
            ++points;
        }
        std::size_t wantPoints = 0;
        for (const auto &[term, bySeries] : want)
            wantPoints += bySeries.size();
        QCOMPARE(points, wantPoints);
        QCOMPARE(data.series.size(), 2);
    }

    // Clicking a term opens the rows that contain it: as many as its bar counts.
    void rowsBehindATermAreItsRows() {
        ChartSpec spec;
        QVERIFY(ChartSpec::fromJson(
                    QJsonDocument::fromJson("{\"dataset\": \"tweets\", \"type\": \"terms\", \"x\": "
                                            "{\"column\": \"text\"}, \"series\": {\"column\": "
                                            "\"lang\"}, \"terms\": {\"top\": 8}}")
                        .object(),
                    spec)
                    .ok());
        ChartData data;
        QVERIFY(ChartRunner::run(m_workspace->database(), m_workspace->dialect(), spec, data).ok());
        const auto info = m_workspace->catalog().find(QStringLiteral("tweets")).value();
        const QueryBuilder builder(m_workspace->dialect(), *info);
        QVERIFY(data.points.size() >= 8);
        for (const auto &point : data.points) {
            QCOMPARE(
                rowsBehind(m_workspace->database(), builder, spec, point, QStringLiteral("tweets")),
                point.value);
        }
    }

    // contains_term() and word_count() in expressions, as the terms chart splits text.
    void textFunctionsInExpressions() {
        const ChartData movie =
            chart("{\"dataset\": \"tweets\", \"type\": \"bar\", \"x\": {\"column\": "
                  "\"lang\"}, \"filters\": [{\"expr\": \"contains_term(text, \\\"Movie\\\")\"}]}");
        const auto want = expected(false, 1);
        QCOMPARE(movie.points.size(), std::size_t(1));
        QCOMPARE(movie.points.front().value, want.at(QStringLiteral("movie")).at("en"));
        const ChartData words =
            chart("{\"dataset\": \"tweets\", \"type\": \"bar\", \"x\": {\"column\": "
                  "\"lang\"}, \"y\": {\"expr\": \"word_count(text)\", \"agg\": \"sum\"}}");
        std::map<QString, double> total;
        for (const Row &r : m_rows)
            total[r.lang] += double(r.text.split(u' ', Qt::SkipEmptyParts).size());
        QCOMPARE(words.points.size(), std::size_t(2));
        for (const auto &p : words.points)
            QCOMPARE(p.value, total.at(p.key));
    }

    void specIsChecked() {
        Status status;
        chart("{\"dataset\": \"tweets\", \"type\": \"terms\", \"x\": {\"column\": \"text\"}, "
              "\"terms\": {\"top\": 0}}",
              &status);
        QVERIFY(!status);
        QVERIFY(status.message().contains(QStringLiteral("\"terms.top\"")));
        chart("{\"dataset\": \"tweets\", \"type\": \"terms\"}", &status);
        QVERIFY(!status);
        ChartSpec spec;
        QVERIFY(ChartSpec::fromJson(
                    QJsonDocument::fromJson("{\"dataset\": \"t\", \"type\": \"terms\", \"x\": "
                                            "{\"column\": \"text\"}, \"terms\": {\"top\": 5, "
                                            "\"strip_particles\": true}}")
                        .object(),
                    spec)
                    .ok());
        QCOMPARE(spec.terms.top, 5);
        QVERIFY(spec.terms.stopwords && spec.terms.stripParticles);
        ChartSpec again;
        QVERIFY(ChartSpec::fromJson(spec.toJson(), again).ok());
        QVERIFY(again == spec);
    }
};

QTEST_GUILESS_MAIN(TestTerms)
#include "tst_terms.moc"

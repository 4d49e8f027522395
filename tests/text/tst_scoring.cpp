#include "analysis/ChartRunner.h"
#include "ingest/ImportJob.h"
#include "store/Catalog.h"
#include "store/ScoreColumns.h"
#include "store/Workspace.h"
#include "text/DictionaryScorer.h"
#include "text/LexiconScorer.h"
#include "text/ScoreJob.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tl;

namespace {

const QString kPython = QStringLiteral("python3");
const QString kExample = QStringLiteral(TL_SOURCE_DIR "/tools/scorers/hangul_share.py");
const QString kFaulty = QStringLiteral(TL_SOURCE_DIR "/tests/text/scorers/faulty_scorer.py");

// What the example scorer answers, computed here on its own: the share of letters that are
// Hangul syllables.
double hangulShare(const QString &text) {
    int letters = 0, hangul = 0;
    for (const QChar c : text) {
        if (!c.isLetter())
            continue;
        ++letters;
        hangul += c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
    }
    return letters == 0 ? 0.0 : double(hangul) / letters;
}

// Nicknames as the MapleStory study had them: Korean words, gibberish, Latin letters.
QString nickname(int i) {
    static const QStringList words{"사랑", "뷸뫄", "hero", "별빛", "zzq", "행복", "꿻뷁", "Ace"};
    return words[i % words.size()] + (i < int(words.size()) ? QString() : QString::number(i));
}

} // namespace

// Score columns: the scorers on their own (lexicon, dictionary), then ScoreJob on a workspace
// with each scorer, incremental re-runs, rescoring, every way a command scorer can fail (each
// leaving nothing wrong written) and a resume after kill -9.
class TestScoring : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString workspaceWith(const QString &name, int rows, int firstRow = 0) {
        const QString csv = m_dir.filePath(name + QStringLiteral(".csv"));
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("id,name\n");
        for (int i = firstRow; i < firstRow + rows; ++i)
            file.write(QStringLiteral("%1,%2\n")
                           .arg(i)
                           .arg(i % 11 == 10 ? QString() : nickname(i))
                           .toUtf8());
        file.close();
        const QString path = m_dir.filePath(name + QStringLiteral(".trendlens"));
        ImportOptions options;
        options.files = {csv};
        options.dataset = QStringLiteral("names");
        if (firstRow > 0)
            options.mode = ImportMode::Append;
        ImportResult result;
        if (!ImportJob(path, options).run(result).ok())
            return {};
        return path;
    }

    static ScoreOptions commandOptions(const QString &script, const QStringList &arguments = {}) {
        ScoreOptions options;
        options.dataset = QStringLiteral("names");
        options.column = QStringLiteral("name");
        options.into = QStringLiteral("s");
        options.scorer = QStringLiteral("command");
        options.command = QStringList({kPython, script}).join(u' ') +
                          (arguments.isEmpty() ? QString() : u' ' + arguments.join(u' '));
        return options;
    }

    // name → (score, label) of the rows that have a score; also counts the rows without one.
    static QHash<QString, QPair<double, QString>> scores(const QString &path, int *unscored,
                                                         const QString &column = "s") {
        std::unique_ptr<Workspace> ws;
        QHash<QString, QPair<double, QString>> out;
        if (!Workspace::open(path, ws).ok())
            return out;
        const auto info = ws->catalog().find(QStringLiteral("names"));
        const bool hasLabel =
            std::any_of((*info)->columns.begin(), (*info)->columns.end(),
                        [&](const Column &c) { return c.name == column + "_label"; });
        QSqlQuery q(ws->database());
        q.exec(QStringLiteral("SELECT id || ':' || name, \"%1\", %2 FROM names WHERE name <> ''")
                   .arg(column, hasLabel ? "\"" + column + "_label\"" : QStringLiteral("NULL")));
        *unscored = 0;
        while (q.next()) {
            if (q.value(1).isNull())
                ++*unscored;
            else
                out.insert(q.value(0).toString(), {q.value(1).toDouble(), q.value(2).toString()});
        }
        return out;
    }

    static bool hasColumn(const QString &path, const QString &column) {
        std::unique_ptr<Workspace> ws;
        if (!Workspace::open(path, ws).ok())
            return false;
        const auto info = ws->catalog().find(QStringLiteral("names"));
        return std::any_of((*info)->columns.begin(), (*info)->columns.end(),
                           [&](const Column &c) { return c.name == column; });
    }

    static QString lastRunStatus(const QString &path) {
        std::unique_ptr<Workspace> ws;
        if (!Workspace::open(path, ws).ok())
            return {};
        QSqlQuery q(ws->database());
        q.exec(QStringLiteral("SELECT status FROM _tl_runs WHERE kind = 'score' ORDER BY id DESC"));
        return q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void lexicon_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("score");
        // English figures are those of the VADER reference implementation.
        QTest::newRow("good") << "good" << 0.4404;
        QTest::newRow("not good") << "not good" << -0.3412;
        QTest::newRow("very good") << "very good" << 0.4927;
        QTest::newRow("great!") << "The movie was great!" << 0.6588;
        // By hand: (3.1 + 0.733) / sqrt(3.833² + 15).
        QTest::newRow("caps") << "The movie was GREAT" << 0.7034;
        // 1.9 × 0.5 − 2.1 × 1.5 = −2.2 → −2.2 / sqrt(2.2² + 15).
        QTest::newRow("but") << "The plot was good, but the ending was terrible" << -0.4939;
        QTest::newRow("neutral") << "The movie starts at nine" << 0.0;
        QTest::newRow("bad") << "bad" << -0.5423;
        // Korean: 1.9 for 좋*, boosted by 정말, negated by 안 before or 않다 after.
        QTest::newRow("좋아요") << "좋아요" << 0.4404;
        QTest::newRow("정말 좋아요") << "영화가 정말 좋아요" << 0.4927;
        QTest::newRow("안 좋아요") << "안 좋아요" << -0.3412;
        QTest::newRow("좋지 않다") << "좋지 않다" << -0.3412;
        QTest::newRow("재미없다") << "재미없다" << -0.4588;
        QTest::newRow("사랑") << "사랑" << 0.6369;
        QTest::newRow("particle") << "사랑은" << 0.6369;
        // 1.9 × 0.5 − 3.2 × 1.5 = −3.85 → −3.85 / sqrt(3.85² + 15).
        QTest::newRow("지만") << "배우는 좋지만 결말이 최악" << -0.7050;
        QTest::newRow("gibberish") << "뷸뫄" << 0.0;
        QTest::newRow("ㅠㅠ") << "ㅠㅠ" << -0.2960;
    }
    void lexicon() {
        QFETCH(QString, text);
        QFETCH(double, score);
        const auto scorer = text::LexiconScorer::create(QStringLiteral("auto"));
        QVERIFY(scorer.ok());
        QCOMPARE(std::round((*scorer)->score(text) * 10000) / 10000, score);
    }

    void lexiconLanguages() {
        QVERIFY(!text::LexiconScorer::create(QStringLiteral("fr")).ok());
        const auto korean = text::LexiconScorer::create(QStringLiteral("ko"));
        QVERIFY(korean.ok());
        QCOMPARE((*korean)->score(QStringLiteral("good")), 0.0);
        QVERIFY((*korean)->score(QStringLiteral("좋아요")) > 0.4);
        QVERIFY((*korean)->version() != (*text::LexiconScorer::create("en"))->version());
    }

    void dictionary_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("score");
        QTest::newRow("사랑") << "사랑" << 1.0;
        QTest::newRow("영화") << "영화" << 1.0;
        QTest::newRow("행복") << "행복" << 1.0;
        QTest::newRow("뷸뫄") << "뷸뫄" << 0.0;
        QTest::newRow("꿻뷁") << "꿻뷁" << 0.0;
        QTest::newRow("movie") << "movie" << 1.0;
        QTest::newRow("Hero") << "Hero" << 1.0;
        QTest::newRow("zzq") << "zzq" << 0.0;
        QTest::newRow("two words") << "good movie" << 0.0;
        QTest::newRow("spaces") << "  movie " << 1.0;
        QTest::newRow("empty") << "" << 0.0;
    }
    void dictionary() {
        QFETCH(QString, text);
        QFETCH(double, score);
        const auto scorer = text::DictionaryScorer::create(QStringLiteral("auto"));
        QVERIFY2(scorer.ok(), qPrintable(scorer.status().message()));
        QCOMPARE((*scorer)->score(text), score);
        QVERIFY((*scorer)->version().contains(QStringLiteral("ko.dic")));
    }

    void missingDictionaryIsAClearError() {
        qputenv("DICPATH", "/nonexistent");
        // Only the system's folders are left, where the dictionaries are installed.
        QVERIFY(text::DictionaryScorer::create(QStringLiteral("ko")).ok());
        qunsetenv("DICPATH");
        QCOMPARE(text::DictionaryScorer::create(QStringLiteral("xx")).status().kind(),
                 ErrorKind::BadInput);
    }

    void lexiconColumnIsIncrementalWithProvenance() {
        const QString path = workspaceWith(QStringLiteral("incremental"), 40);
        ScoreOptions options;
        options.dataset = QStringLiteral("names");
        options.column = QStringLiteral("name");
        ScoreResult first;
        QVERIFY(ScoreJob(path, options).run(first).ok());
        QCOMPARE(first.waiting, 40 - 3); // every 11th name is empty
        QCOMPARE(first.scored, 37);
        QCOMPARE(first.provenance.column, QStringLiteral("name_score"));

        std::unique_ptr<Workspace> ws;
        QVERIFY(Workspace::open(path, ws).ok());
        const auto info = ws->catalog().find(QStringLiteral("names"));
        const Column score = (*info)->columns.last();
        QCOMPARE(score.name, QStringLiteral("name_score"));
        QCOMPARE(score.type, ColumnType::Real);
        const auto provenance = ScoreColumns(ws->database()).find((*info)->id, score.name);
        QVERIFY(provenance.ok() && provenance->has_value());
        QCOMPARE((*provenance)->scorer, QStringLiteral("lexicon"));
        QCOMPARE((*provenance)->sourceColumn, QStringLiteral("name"));
        QVERIFY((*provenance)->version.startsWith(QStringLiteral("1 (ko+en")));
        QVERIFY((*provenance)->scoredAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);

        // The chart engine reads the new column. Four values: names starting 사랑 (a stem of
        // the lexicon) and 행복, the plain "hero" (later heroes have digits: another word),
        // and 0 for the rest; empty names have no score.
        ChartSpec spec;
        QVERIFY(
            ChartSpec::fromJson(QJsonDocument::fromJson(
                                    "{\"dataset\": \"names\", \"type\": \"bar\", \"x\": "
                                    "{\"column\": \"name_score\"}, \"y\": {\"agg\": \"count\"}}")
                                    .object(),
                                spec)
                .ok());
        ChartData data;
        QVERIFY(ChartRunner::run(ws->database(), ws->dialect(), spec, data).ok());
        QCOMPARE(data.keys.size(), 4);
        double counted = 0;
        for (const auto &p : data.points)
            counted += p.value;
        QCOMPARE(counted, 37.0);
        ws.reset();

        // New rows from a later import: only they are scored.
        QVERIFY(!workspaceWith(QStringLiteral("incremental"), 20, 40).isEmpty());
        ScoreResult second;
        QVERIFY(ScoreJob(path, options).run(second).ok());
        QCOMPARE(second.waiting, 18);
        QCOMPARE(second.scored, 18);
        ScoreResult third;
        QVERIFY(ScoreJob(path, options).run(third).ok());
        QCOMPARE(third.scored, 0);
        int unscored = 0;
        const auto values = scores(path, &unscored, QStringLiteral("name_score"));
        QCOMPARE(unscored, 0);
        QCOMPARE(values.size(), 55);
        QCOMPARE(std::round(values.value(QStringLiteral("48:사랑48")).first * 10000), 6369.0);
    }

    void anotherScorerNeedsRescore() {
        const QString path = workspaceWith(QStringLiteral("rescore"), 30);
        ScoreOptions options;
        options.dataset = QStringLiteral("names");
        options.column = QStringLiteral("name");
        options.into = QStringLiteral("s");
        ScoreResult result;
        QVERIFY(ScoreJob(path, options).run(result).ok());
        options.scorer = QStringLiteral("dictionary");
        const Status mixed = ScoreJob(path, options).run(result);
        QCOMPARE(mixed.kind(), ErrorKind::BadInput);
        QVERIFY2(mixed.message().contains(QStringLiteral("--rescore")),
                 qPrintable(mixed.message()));
        int unscored = 0;
        QCOMPARE(scores(path, &unscored).value(QStringLiteral("0:사랑")).first, 0.6369499429264264);

        options.rescore = true;
        QVERIFY(ScoreJob(path, options).run(result).ok());
        QCOMPARE(result.scored, 28);
        const auto values = scores(path, &unscored);
        QCOMPARE(unscored, 0);
        QCOMPARE(values.value(QStringLiteral("0:사랑")).first, 1.0);
        QCOMPARE(values.value(QStringLiteral("1:뷸뫄")).first, 0.0);
        QCOMPARE(values.value(QStringLiteral("2:hero")).first, 1.0);

        // A column that is not a score column is never overwritten.
        options.into = QStringLiteral("id");
        QCOMPARE(ScoreJob(path, options).run(result).kind(), ErrorKind::BadInput);
        options.into = QStringLiteral("s2");
        options.column = QStringLiteral("id");
        QCOMPARE(ScoreJob(path, options).run(result).kind(), ErrorKind::BadInput);
        options.column = QStringLiteral("nope");
        QCOMPARE(ScoreJob(path, options).run(result).kind(), ErrorKind::BadInput);
    }

    void commandScorerWritesScoresAndLabels() {
        const QString path = workspaceWith(QStringLiteral("command"), 500);
        ScoreResult result;
        const Status status = ScoreJob(path, commandOptions(kExample)).run(result);
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QCOMPARE(result.scored, 500 - 45);
        QCOMPARE(result.labelColumn, QStringLiteral("s_label"));
        QCOMPARE(result.provenance.command, commandOptions(kExample).command);
        int unscored = 0;
        const auto values = scores(path, &unscored);
        QCOMPARE(unscored, 0);
        QCOMPARE(values.size(), 455);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const QString name = it.key().section(u':', 1);
            QCOMPARE(it->first, hangulShare(name));
            QCOMPARE(it->second,
                     hangulShare(name) > 0.5 ? QStringLiteral("korean") : QStringLiteral("other"));
        }
    }

    void commandScorerFailures_data() {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("lastStderr");
        QTest::newRow("non-zero exit") << "exit3"
                                       << "exited with code 3"
                                       << "RuntimeError: CUDA out of memory";
        QTest::newRow("not an object") << "garbage"
                                       << "output line 2 is not"
                                       << "Traceback: bad token";
        QTest::newRow("score not a number") << "string-score"
                                            << "output line 1 is not"
                                            << "";
        QTest::newRow("unknown id") << "unknown"
                                    << "answers id 999999, which it was not sent"
                                    << "";
        QTest::newRow("repeated id") << "repeat"
                                     << "output line 3 answers id 1 a second time"
                                     << "";
        QTest::newRow("ids left")
            << "missing"
            << "leaving ids unscored: 53, 54, 56, 57, 58 and 2 more (7 in all)"
            << "skipped 7 texts";
        QTest::newRow("silent")
            << "silent"
            << "silent for longer than 1 s (--timeout); texts waiting for a score: 55"
            << "thinking";
    }
    void commandScorerFailures() {
        QFETCH(QString, mode);
        QFETCH(QString, says);
        QFETCH(QString, lastStderr);
        const QString path = workspaceWith(QStringLiteral("fail-") + mode, 60);
        ScoreOptions options = commandOptions(kFaulty, {mode});
        // Only the silent scorer waits out its limit; the others fail at once, however slowly
        // python starts (a loaded machine, sanitizers).
        options.timeoutSeconds = mode == QLatin1String("silent") ? 1 : 60;
        ScoreResult result;
        const Status status = ScoreJob(path, options).run(result);
        QCOMPARE(status.kind(), ErrorKind::BadInput);
        QVERIFY2(status.message().contains(says), qPrintable(status.message()));
        QVERIFY2(lastStderr.isEmpty()
                     ? status.message().endsWith(QStringLiteral("nothing on stderr"))
                     : status.message().endsWith(lastStderr),
                 qPrintable(status.message()));
        // Nothing was committed: no column, no provenance, the run logged as failed.
        QVERIFY(!hasColumn(path, QStringLiteral("s")));
        QCOMPARE(lastRunStatus(path), QStringLiteral("failed"));
    }

    void committedScoresSurviveALaterFailure() {
        const QString path = workspaceWith(QStringLiteral("late"), 200);
        ScoreResult result;
        const Status status =
            ScoreJob(path, commandOptions(kFaulty, {QStringLiteral("late-garbage")})).run(result);
        QCOMPARE(status.kind(), ErrorKind::BadInput);
        QVERIFY2(status.message().endsWith(QStringLiteral("model diverged")),
                 qPrintable(status.message()));
        int unscored = 0;
        const auto values = scores(path, &unscored);
        QCOMPARE(values.size(), 91); // the first half of 182 texts, committed during the pause
        QCOMPARE(unscored, 91);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            QCOMPARE(it->first, 0.5);
            QCOMPARE(it->second, QStringLiteral("ok"));
        }
        // The next run, with a working scorer of the same command line, would go on; another
        // command needs --rescore, which replaces the half-done column.
        ScoreOptions fixed = commandOptions(kExample);
        fixed.rescore = true;
        QVERIFY(ScoreJob(path, fixed).run(result).ok());
        QCOMPARE(result.scored, 182);
    }

    void resumesAfterKill9() {
        const QString path = workspaceWith(QStringLiteral("kill"), 3300);
        const QString command = kPython + u' ' + kExample + QStringLiteral(" --delay 0.001");
        const QStringList arguments{QStringLiteral("score"),     QStringLiteral("names"),
                                    QStringLiteral("--column"),  QStringLiteral("name"),
                                    QStringLiteral("--into"),    QStringLiteral("s"),
                                    QStringLiteral("--scorer"),  QStringLiteral("command"),
                                    QStringLiteral("--command"), command,
                                    QStringLiteral("-w"),        path};
        QProcess first;
        first.start(QStringLiteral(TL_BINARY), arguments);
        QVERIFY(first.waitForStarted());
        // Wait for a committed batch or two, then kill -9 mid-run.
        int unscored = 0;
        for (int i = 0; i < 100; ++i) {
            QTest::qWait(100);
            if (hasColumn(path, QStringLiteral("s")) && !scores(path, &unscored).isEmpty())
                break;
        }
        QTest::qWait(300);
        first.kill();
        QVERIFY(first.waitForFinished());
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        const auto before = scores(path, &unscored);
        QVERIFY2(!before.isEmpty() && unscored > 0,
                 qPrintable(QStringLiteral("%1 scored, %2 not").arg(before.size()).arg(unscored)));
        const qsizetype committed = before.size();

        QProcess second;
        second.start(QStringLiteral(TL_BINARY), arguments);
        QVERIFY(second.waitForFinished(120000));
        const QString out = QString::fromUtf8(second.readAllStandardOutput());
        QVERIFY2(second.exitCode() == 0, qPrintable(second.readAllStandardError()));
        QVERIFY2(out.startsWith(QStringLiteral("scored %1 rows").arg(3000 - committed)),
                 qPrintable(out));
        const auto after = scores(path, &unscored);
        QCOMPARE(unscored, 0);
        QCOMPARE(after.size(), 3000);
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            QCOMPARE(it->first, hangulShare(it.key().section(u':', 1)));
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real binary: exit codes, output shapes and the read-only guarantee.
class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_workspace;

    struct Run {
        int code;
        QString out;
        QString err;
    };

    Run run(const QStringList &arguments) {
        QProcess p;
        p.start(QStringLiteral(TL_BINARY), arguments);
        p.waitForFinished(120000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QString fixture(const QString &path) { return QStringLiteral(TL_FIXTURES "/") + path; }

private Q_SLOTS:
    void initTestCase() { m_workspace = m_dir.filePath(QStringLiteral("cli.trendlens")); }

    void importAndQuery() {
        Run r = run(
            {"import", fixture("csv/reviews_cp949.csv"), "-w", m_workspace, "--dataset", "리뷰"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("imported 300 rows into '리뷰'")));
        r = run(
            {"sql", "-w", m_workspace,
             "SELECT 평점, count(*) AS n FROM 리뷰 WHERE 평점 >= 9 GROUP BY 평점 ORDER BY 평점"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("평점,n\r\n9,")), qPrintable(r.out));
        r = run({"datasets", "-w", m_workspace, "--json"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("\"rows\": 300")));
    }

    // Each area logs under its own category once QT_LOGGING_RULES asks: the import, the
    // columns built with it, and which engine answered a chart.
    void debugLogsByArea() {
        qputenv("QT_LOGGING_RULES", "trendlens.*.debug=true");
        qputenv("QT_MESSAGE_PATTERN", "%{category}: %{message}");
        const QString ws = m_dir.filePath(QStringLiteral("logged.trendlens"));
        const Run imported = run({"import", fixture("csv/semicolon.csv"), "-w", ws});
        QFile spec(m_dir.filePath(QStringLiteral("logged.json")));
        QVERIFY(spec.open(QIODevice::WriteOnly));
        spec.write(R"({"type": "bar", "x": {"column": "when", "bucket": "month"},
                      "y": {"agg": "count"}, "dataset": "semicolon"})");
        spec.close();
        const Run charted =
            run({"chart", spec.fileName(), "-w", ws, "--out", m_dir.filePath("logged.csv")});
        qunsetenv("QT_LOGGING_RULES");
        qunsetenv("QT_MESSAGE_PATTERN");
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.err.contains(
                     QStringLiteral("trendlens.import: semicolon: 50 rows imported, 0 skipped")),
                 qPrintable(imported.err));
        QVERIFY2(imported.err.contains(QStringLiteral(
                     "trendlens.store: semicolon: columns built, 50 rows (50 while imported")),
                 qPrintable(imported.err));
        QCOMPARE(charted.code, 0);
        QVERIFY2(
            charted.err.contains(QStringLiteral("trendlens.charts: semicolon by when: columns")),
            qPrintable(charted.err));
        // Without the rules, none of it.
        QVERIFY(!run({"import", fixture("csv/semicolon.csv"), "-w", ws, "--dataset", "quiet"})
                     .err.contains(QStringLiteral("rows imported")));
    }

    void exitCodes() {
        QCOMPARE(run({"import", fixture("bad/ragged.csv"), "-w", m_workspace}).code, 2);
        const Run r = run({"import", fixture("bad/ragged.csv"), "-w", m_workspace});
        QCOMPARE(r.err.trimmed(),
                 QStringLiteral("trendlens: ragged.csv: line 3: expected 3 fields, found 2"));
        QCOMPARE(run({"import", "-w", m_workspace}).code, 2);
        QCOMPARE(run({"import", fixture("csv/semicolon.csv"), "--on-error", "maybe"}).code, 2);
        QCOMPARE(run({"sql", "-w", m_workspace, "SELEC nonsense"}).code, 2);
        QCOMPARE(run({"export", "nope", "--out", m_dir.filePath("x.csv"), "-w", m_workspace}).code,
                 2);
        QCOMPARE(run({"import", "--help"}).code, 0);
        QVERIFY(run({"sql", "--help"}).out.contains(QStringLiteral("read-only")));
        // The usage line names the subcommand, not the binary's path.
        QVERIFY(run({"import", "--help"})
                    .out.startsWith(QStringLiteral("Usage: trendlens import [options]")));
        QVERIFY(run({"fetch", "x-stream", "--help"})
                    .out.startsWith(QStringLiteral("Usage: trendlens fetch x-stream [options]")));
    }

    void sqlIsReadOnly() {
        run({"import", fixture("csv/semicolon.csv"), "-w", m_workspace, "--mode", "replace"});
        const Run r = run({"sql", "-w", m_workspace, "DELETE FROM semicolon"});
        QCOMPARE(r.code, 2);
        QCOMPARE(run({"sql", "-w", m_workspace, "SELECT count(*) FROM semicolon"}).out,
                 QStringLiteral("count(*)\r\n50\r\n"));
    }

    void exportRoundTrip() {
        run({"import", fixture("csv/reviews_utf8.csv"), "-w", m_workspace, "--mode", "replace"});
        const QString out = m_dir.filePath(QStringLiteral("out.csv"));
        Run r = run({"export", "reviews_utf8", "--out", out, "-w", m_workspace});
        QCOMPARE(r.code, 0);
        r = run({"import", out, "-w", m_workspace, "--dataset", "again"});
        QCOMPARE(r.code, 0);
        r = run({"sql", "-w", m_workspace,
                 "SELECT count(*) FROM reviews_utf8 a JOIN again b USING (review_id) WHERE a.movie "
                 "= b.movie "
                 "AND a.review_summary = b.review_summary AND a.rating = b.rating"});
        QCOMPARE(r.out, QStringLiteral("count(*)\r\n300\r\n"));

        const QString cp949 = m_dir.filePath(QStringLiteral("excel.csv"));
        QCOMPARE(
            run({"export", "리뷰", "--out", cp949, "--encoding", "CP949", "-w", m_workspace}).code,
            0);
        QFile f(cp949);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().startsWith("\xB8\xAE\xBA\xE4ID,")); // 리뷰ID in CP949
    }

    void demo() {
        const QString path = m_dir.filePath(QStringLiteral("demo.trendlens"));
        const Run r = run({"demo", "-w", path});
        QCOMPARE(r.code, 0);
        const Run list = run({"datasets", "-w", path});
        for (const char *name :
             {"kobis_boxoffice_daily", "imdb_reviews", "maple_ranking", "x_tweets", "gmarket_best"})
            QVERIFY2(list.out.contains(QLatin1String(name)), name);
        QCOMPARE(run({"sql", "-w", path, "SELECT count(*) FROM kobis_boxoffice_daily"}).out,
                 QStringLiteral("count(*)\r\n600\r\n"));
        QCOMPARE(run({"sql", "-w", path, "SELECT count(*) FROM gmarket_best"}).out,
                 QStringLiteral("count(*)\r\n1000\r\n"));
        // The nickname study: every nickname scored by the Korean dictionary; 152 of the 276
        // two-character deletion candidates are words, the names the study recommends.
        QCOMPARE(run({"sql", "-w", path,
                      "SELECT count(name_score), sum(name_score) FROM maple_ranking WHERE "
                      "character_level <= 61 AND length(character_name) = 2"})
                     .out,
                 QStringLiteral("count(name_score),sum(name_score)\r\n276,152\r\n"));
        QVERIFY(run({"datasets", "-w", path, "--json"})
                    .out.contains(QStringLiteral("\"scorer\": \"dictionary\"")));
        // Deterministic: a second build gives the same numbers.
        const QString sum = run({"sql", "-w", path,
                                 "SELECT sum(audi_cnt), sum(rating) FROM kobis_boxoffice_daily, "
                                 "(SELECT sum(rating) AS rating FROM imdb_reviews)"})
                                .out;
        QCOMPARE(run({"demo", "-w", path}).code, 0);
        QCOMPARE(run({"sql", "-w", path,
                      "SELECT sum(audi_cnt), sum(rating) FROM kobis_boxoffice_daily, "
                      "(SELECT sum(rating) AS rating FROM imdb_reviews)"})
                     .out,
                 sum);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

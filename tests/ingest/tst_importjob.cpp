#include "ingest/ImportJob.h"
#include "ingest/RecordReader.h"
#include "store/Workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;

namespace {

QString fixture(const QString &path) {
    return QStringLiteral(TL_FIXTURES "/") + path;
}

} // namespace

class TestImportJob : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;

    Status import(const QStringList &files, ImportResult &result, OnError onError = OnError::Abort,
                  const QString &dataset = {}, ImportMode mode = ImportMode::Create) {
        ImportOptions options;
        options.files = files;
        options.onError = onError;
        options.dataset = dataset;
        options.mode = mode;
        ImportJob job(m_path, options);
        return job.run(result);
    }

    QVariant scalar(const QString &sql) {
        QSqlQuery q(m_workspace->database());
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("<error>");
        return q.value(0);
    }

    // The workspace holds exactly these tables besides the catalog's.
    QStringList tables() {
        QStringList names;
        QSqlQuery q(m_workspace->database());
        q.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                           "'\\_tl\\_%' ESCAPE '\\' ORDER BY name"));
        while (q.next())
            names.append(q.value(0).toString());
        return names;
    }

private Q_SLOTS:
    void init() {
        m_path = m_dir.filePath(QStringLiteral("%1.trendlens").arg(QTest::currentTestFunction()));
        QFile::remove(m_path);
        QVERIFY(Workspace::open(m_path, m_workspace).ok());
    }
    void cleanup() { m_workspace.reset(); }

    void csvFixtures_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<QStringList>("columns");
        QTest::newRow("utf8") << "csv/reviews_utf8.csv"
                              << "reviews_utf8"
                              << QStringList{"review_id",   "movie",       "rating",
                                             "review_date", "spoiler_tag", "review_summary"};
        QTest::newRow("bom") << "csv/reviews_utf8_bom.csv"
                             << "reviews_utf8_bom"
                             << QStringList{"review_id",   "movie",       "rating",
                                            "review_date", "spoiler_tag", "review_summary"};
        QTest::newRow("cp949") << "csv/reviews_cp949.csv"
                               << "reviews_cp949" << QStringList{"리뷰ID", "영화",     "평점",
                                                                 "작성일", "스포일러", "요약"};
        QTest::newRow("euc-kr tsv")
            << "csv/reviews_euckr.tsv"
            << "reviews_euckr"
            << QStringList{"리뷰ID", "영화", "평점", "작성일", "스포일러", "요약"};
    }
    void csvFixtures() {
        QFETCH(QString, file);
        QFETCH(QString, dataset);
        QFETCH(QStringList, columns);
        ImportResult result;
        const Status status = import({fixture(file)}, result);
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QCOMPARE(result.dataset, dataset);
        QCOMPARE(result.rows, 300);
        QStringList names;
        for (const Column &c : result.columns)
            names.append(c.name);
        QCOMPARE(names, columns);
        QCOMPARE(typeName(result.columns[2].type), typeName(ColumnType::Integer));
        QCOMPARE(typeName(result.columns[3].type), typeName(ColumnType::Date));
        QCOMPARE(roleName(result.columns[3].role), roleName(ColumnRole::Time));
        const auto info = m_workspace->catalog().find(dataset).value();
        QVERIFY(info);
        QCOMPARE(info->rowCount, 300);
        QCOMPARE(info->columns, result.columns);
        const QString table = m_workspace->dialect().quoteIdentifier(dataset);
        const QString movie = m_workspace->dialect().quoteIdentifier(columns[1]);
        const QString id = m_workspace->dialect().quoteIdentifier(columns[0]);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt(), 300);
        // Korean text decoded, quoted commas and doubled quotes kept.
        QCOMPARE(
            scalar(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = 'rw7266856'").arg(movie, table, id))
                .toString(),
            QStringLiteral("외계+인 2부 (2015)"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = 'rw7746006'").arg(movie, table, id))
                .toString(),
            QStringLiteral("Winter \"Glass\" (2006)"));
        // "11 July 2019" became a canonical date.
        QCOMPARE(scalar(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = 'rw8842396'")
                            .arg(m_workspace->dialect().quoteIdentifier(columns[3]), table, id))
                     .toString(),
                 QStringLiteral("2019-07-11"));
    }

    void semicolon() {
        ImportResult result;
        QVERIFY(import({fixture(QStringLiteral("csv/semicolon.csv"))}, result).ok());
        QCOMPARE(result.rows, 50);
        QCOMPARE(result.columns.size(), 4);
        QCOMPARE(typeName(result.columns[1].type), typeName(ColumnType::Date));
        QCOMPARE(typeName(result.columns[2].type), typeName(ColumnType::Real));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM semicolon WHERE note = 'semi;colon'"))
                     .toInt(),
                 50);
    }

    void imdbJson() {
        ImportResult result;
        const Status status = import({fixture(QStringLiteral("imdb/sample.json"))}, result,
                                     OnError::Abort, QStringLiteral("imdb"));
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QCOMPARE(result.rows, 300);
        QStringList names;
        for (const Column &c : result.columns)
            names.append(c.name + u':' + typeName(c.type));
        QCOMPARE(names,
                 (QStringList{"review_id:text", "reviewer:text", "movie:text", "rating:integer",
                              "review_summary:text", "review_date:date", "spoiler_tag:integer",
                              "review_detail:text", "helpful_1:integer", "helpful_2:integer"}));
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT count(*) FROM imdb WHERE strftime('%Y', review_date) = '2020'"))
                     .toInt(),
                 108);
        QCOMPARE(scalar(QStringLiteral("SELECT typeof(rating) FROM imdb LIMIT 1")).toString(),
                 QStringLiteral("integer"));
        QCOMPARE(scalar(QStringLiteral("SELECT helpful_1 FROM imdb WHERE review_id = 'rw8842396'"))
                     .toInt(),
                 1182);
        QCOMPARE(scalar(QStringLiteral("SELECT helpful_2 FROM imdb WHERE review_id = 'rw8842396'"))
                     .toInt(),
                 1189);
        QVERIFY(
            scalar(QStringLiteral(
                       "SELECT count(*) FROM imdb WHERE review_detail LIKE '%' || char(10) || '%'"))
                .toInt() >= 0);
    }

    void xStreamNdjson() {
        ImportResult result;
        const Status status = import({fixture(QStringLiteral("x/stream.ndjson"))}, result,
                                     OnError::Abort, QStringLiteral("tweets"));
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QCOMPARE(result.rows, 500); // 48 keep-alive blank lines are not records
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tweets WHERE \"data.lang\" = 'en'"))
                     .toInt(),
                 242);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tweets WHERE \"data.lang\" = 'ko'"))
                     .toInt(),
                 133);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT \"data.id\") FROM tweets")).toInt(),
                 500);
    }

    // Every bad file: a clear error naming file and line, exit kind BadInput, nothing written.
    void badFilesAbort_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("ragged") << "bad/ragged.csv"
                                << "ragged.csv: line 3: expected 3 fields, found 2";
        QTest::newRow("unterminated")
            << "bad/unterminated_quote.csv"
            << "unterminated_quote.csv: line 2: a quoted field never closes";
        QTest::newRow("invalid utf8") << "bad/invalid_utf8.csv"
                                      << "invalid_utf8.csv: line 3: invalid UTF-8 (byte 0xFF)";
        QTest::newRow("truncated") << "bad/truncated.json"
                                   << "truncated.json: line 1: the JSON ends inside a record";
        QTest::newRow("html") << "bad/not_json.json"
                              << "not_json.json: line 1: expected JSON, found HTML";
        QTest::newRow("empty") << "bad/empty.csv"
                               << "empty.csv: the file is empty";
        QTest::newRow("binary") << "bad/binary.csv"
                                << "binary.csv: byte ";
        QTest::newRow("deep") << "bad/deep.json"
                              << "deep.json: line 1: expected an object, found an array";
    }
    void badFilesAbort() {
        QFETCH(QString, file);
        QFETCH(QString, message);
        ImportResult result;
        const Status status = import({fixture(file)}, result);
        QCOMPARE(status.kind(), ErrorKind::BadInput);
        QVERIFY2(status.message().startsWith(message), qPrintable(status.message()));
        QVERIFY(!status.message().contains(u'\n'));
        QCOMPARE(tables(), QStringList());
        QCOMPARE(m_workspace->catalog().list().value().size(), 0);
    }

    void badFilesSkip_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<QStringList>("problems");
        QTest::newRow("ragged") << "bad/ragged.csv" << 1 << 2
                                << QStringList{"ragged.csv: line 3: expected 3 fields, found 2",
                                               "ragged.csv: line 4: expected 3 fields, found 4"};
        QTest::newRow("invalid utf8")
            << "bad/invalid_utf8.csv" << 1 << 1
            << QStringList{"invalid_utf8.csv: line 3: invalid UTF-8 (byte 0xFF): the file is "
                           "in another encoding; choose it"};
        QTest::newRow("truncated")
            << "bad/truncated.json" << 1 << 1
            << QStringList{"truncated.json: line 1: the JSON ends inside a record "
                           "(truncated file?)"};
        QTest::newRow("unterminated")
            << "bad/unterminated_quote.csv" << 0 << 1
            << QStringList{"unterminated_quote.csv: line 2: a quoted field never "
                           "closes (the quote opens on this line)"};
    }
    void badFilesSkip() {
        QFETCH(QString, file);
        QFETCH(int, rows);
        QFETCH(int, skipped);
        QFETCH(QStringList, problems);
        ImportResult result;
        const Status status = import({fixture(file)}, result, OnError::Skip);
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QCOMPARE(result.rows, rows);
        QCOMPARE(result.skipped, skipped);
        QCOMPARE(result.problems, problems);
        QCOMPARE(m_workspace->catalog().find(result.dataset).value()->rowCount, rows);
    }

    QString writeFile(const QString &name, const QByteArray &bytes) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Stray punctuation at record level once looped forever: every byte moves the reader on.
    void strayPunctuationEndsEachTime_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("problem");
        QTest::newRow("] after a record") << QByteArray("{\"a\":1}]") << "a.ndjson" << 1
                                          << "a.ndjson: line 1: unexpected ']' between records";
        QTest::newRow(", on a line") << QByteArray("{\"a\":1}\n,\n{\"a\":2}\n") << "b.ndjson" << 2
                                     << "b.ndjson: line 2: unexpected ',' between records";
        QTest::newRow("} and :") << QByteArray("{\"a\":1}\n}\n:\n{\"a\":3}") << "c.ndjson" << 2
                                 << "c.ndjson: line 2: unexpected '}' between records";
        QTest::newRow(",, in an array") << QByteArray("[{\"a\":1},,{\"a\":2}]") << "d.json" << 2
                                        << "d.json: line 1: unexpected ',' between records";
        QTest::newRow("many commas") << "{\"a\":1}\n" + QByteArray(50000, ',') + "\n{\"a\":1}\n"
                                     << "e.ndjson" << 2 << "e.ndjson: line 2: unexpected ','";
    }
    void strayPunctuationEndsEachTime() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(int, rows);
        QFETCH(QString, problem);
        const QString file = writeFile(name, bytes);
        ImportResult result;
        Status status = import({file}, result);
        QCOMPARE(status.kind(), ErrorKind::BadInput);
        QVERIFY2(status.message().startsWith(problem), qPrintable(status.message()));
        QCOMPARE(tables(), QStringList());
        status = import({file}, result, OnError::Skip);
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QCOMPARE(result.rows, rows);
        QVERIFY(result.skipped >= 1);
        QVERIFY2(result.problems.value(0).startsWith(problem),
                 qPrintable(result.problems.value(0)));
    }

    // A file of bad records hands its errors over in bounded groups, and counts every one.
    void manyBadRecordsAreCounted() {
        QByteArray bytes = "{\"a\":0}\n";
        for (int i = 0; i < 20000; ++i)
            bytes += "{\"a\": nope}\n";
        bytes += "{\"a\":1}\n";
        ImportResult result;
        const Status status =
            import({writeFile(QStringLiteral("bad.ndjson"), bytes)}, result, OnError::Skip);
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QCOMPARE(result.rows, 2);
        QCOMPARE(result.skipped, 20000);
        QCOMPARE(result.problems.size(), ImportJob::kProblemsKept);
    }

    // "The file holds no records" says why and where.
    void noRecordsSaysWhy_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty array") << QByteArray("\n[\n]\n") << "empty.json"
                                     << "empty.json: the file holds no records: the JSON array "
                                        "is empty (line 4)";
        QTest::newRow("blank ndjson") << QByteArray("\n\n  \n") << "blank.ndjson"
                                      << "blank.ndjson: the file holds no records: its 3 lines "
                                         "are blank";
        QTest::newRow("blank csv") << QByteArray("\n\n\n") << "blank.csv"
                                   << "blank.csv: the file holds no records: its 3 lines are all "
                                      "blank";
    }
    void noRecordsSaysWhy() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, message);
        ImportOptions options;
        options.files = {writeFile(name, bytes)};
        options.sniff.format = name.endsWith(QLatin1String(".csv"))    ? FileFormat::Csv
                               : name.endsWith(QLatin1String(".json")) ? FileFormat::Json
                                                                       : FileFormat::Ndjson;
        ImportResult result;
        const Status status = ImportJob(m_path, options).run(result);
        QCOMPARE(status.kind(), ErrorKind::BadInput);
        QCOMPARE(status.message(), message);
    }

    // The run log says when an import really started: before its rows, not at its commit.
    void runLogTimesTheWholeImport() {
        QByteArray csv = "id,text\n";
        for (int i = 0; i < 300000; ++i)
            csv += QByteArray::number(i) + ",some words of a review to give the row a size\n";
        const QString file = writeFile(QStringLiteral("timed.csv"), csv);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        ImportResult result;
        QVERIFY(import({file}, result).ok());
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QSqlQuery q(m_workspace->database());
        QVERIFY(q.exec(QStringLiteral("SELECT started_at, finished_at, status, rows FROM _tl_runs "
                                      "ORDER BY id DESC LIMIT 1")) &&
                q.next());
        const QDateTime started = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        const QDateTime finished = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        QCOMPARE(q.value(2).toString(), QStringLiteral("ok"));
        QCOMPARE(q.value(3).toInt(), 300000);
        const qint64 took = before.msecsTo(after);
        QVERIFY(started >= before.addMSecs(-1) && finished <= after.addMSecs(1));
        QVERIFY2(
            started.msecsTo(finished) * 2 >= took,
            qPrintable(
                QStringLiteral("logged %1 ms of %2 ms").arg(started.msecsTo(finished)).arg(took)));
    }

    // Equal or blank names stay linear to make unique (thousands of them).
    void manyEqualNamesAreNumbered() {
        UniqueColumnNamer namer;
        QCOMPARE(namer.add(QStringLiteral("a")), QStringLiteral("a"));
        QCOMPARE(namer.add(QStringLiteral("a_2")), QStringLiteral("a_2"));
        QCOMPARE(namer.add(QStringLiteral("A")), QStringLiteral("A_3"));
        QCOMPARE(namer.add(QString()), QStringLiteral("column_4"));
        QCOMPARE(namer.add(QStringLiteral("rowid")), QStringLiteral("rowid_2"));
        QStringList blank(50000, QString());
        const QStringList names = uniqueColumnNames(blank);
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 50000);
        QCOMPARE(names.last(), QStringLiteral("column_50000"));
        QStringList same(50000, QStringLiteral("x"));
        QCOMPARE(uniqueColumnNames(same).last(), QStringLiteral("x_50000"));
    }

    void headerOnlyIsAnEmptyDataset() {
        ImportResult result;
        QVERIFY(import({fixture(QStringLiteral("bad/header_only.csv"))}, result).ok());
        QCOMPARE(result.rows, 0);
        QCOMPARE(result.columns.size(), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM header_only")).toInt(), 0);
    }

    void duplicateHeadersMadeUnique() {
        ImportResult result;
        QVERIFY(import({fixture(QStringLiteral("bad/dup_headers.csv"))}, result).ok());
        QStringList names;
        for (const Column &c : result.columns)
            names.append(c.name);
        QCOMPARE(names, (QStringList{"x", "x_2", "column_3", "y"}));
        QCOMPARE(scalar(QStringLiteral("SELECT column_3 FROM dup_headers")).toInt(), 3);
    }

    // Empty numeric cells are NULL, so AVG ignores them (sqlite3 .import would store '').
    void emptyCellsAreNull() {
        const QString file = m_dir.filePath(QStringLiteral("scores.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,score,day\na,10,2024-01-01\nb,,\nc,5,2024-01-03\n");
        f.close();
        ImportResult result;
        QVERIFY(import({file}, result).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT avg(score) FROM scores")).toDouble(), 7.5);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM scores WHERE day IS NULL")).toInt(),
                 1);
    }

    void nulBytesAndHugeFields() {
        const QString file = m_dir.filePath(QStringLiteral("odd.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,text\n1,fine\n");
        f.write(QByteArray("2,has\0nul\n", 10));
        f.write("3,\"" + QByteArray(5 * 1024 * 1024, 'y') + "\"\n");
        f.close();
        ImportResult result;
        const Status abort = import({file}, result);
        QCOMPARE(abort.message(), QStringLiteral("odd.csv: line 3: NUL byte in the text"));
        QVERIFY(import({file}, result, OnError::Skip).ok());
        QCOMPARE(result.rows, 2);
        QCOMPARE(scalar(QStringLiteral("SELECT length(text) FROM odd WHERE id = 3")).toInt(),
                 5 * 1024 * 1024);
    }

    void lateValuesWidenTheColumn() {
        const QString file = m_dir.filePath(QStringLiteral("late.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("code,amount\n");
        for (int i = 0; i < 10000; ++i)
            f.write(QByteArray::number(i + 1) + "," + QByteArray::number(i) + "\n");
        f.write("A-17,1.5\n");
        f.close();
        ImportResult result;
        QVERIFY(import({file}, result).ok());
        QCOMPARE(typeName(result.columns[0].type), typeName(ColumnType::Text));
        QCOMPARE(typeName(result.columns[1].type), typeName(ColumnType::Real));
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM late WHERE typeof(code) = 'text'")).toInt(),
            10001);
        QCOMPARE(scalar(QStringLiteral("SELECT sum(amount) FROM late")).toDouble(), 49995000 + 1.5);
        QCOMPARE(
            typeName(m_workspace->catalog().find(QStringLiteral("late")).value()->columns[0].type),
            typeName(ColumnType::Text));
    }

    void existingDataset() {
        const QString file = fixture(QStringLiteral("csv/semicolon.csv"));
        ImportResult result;
        QVERIFY(import({file}, result).ok());
        const Status again = import({file}, result);
        QCOMPARE(again.kind(), ErrorKind::BadInput);
        QVERIFY(again.message().contains(QStringLiteral("exists already")));
        QVERIFY(import({file}, result, OnError::Abort, {}, ImportMode::Append).ok());
        QCOMPARE(result.totalRows, 100);
        QCOMPARE(m_workspace->catalog().find(QStringLiteral("semicolon")).value()->rowCount, 100);
        QVERIFY(import({file}, result, OnError::Abort, {}, ImportMode::Replace).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM semicolon")).toInt(), 50);
        QCOMPARE(m_workspace->catalog().find(QStringLiteral("semicolon")).value()->rowCount, 50);
    }

    void severalFilesOneDataset() {
        ImportResult result;
        const Status status = import({fixture(QStringLiteral("csv/reviews_utf8.csv")),
                                      fixture(QStringLiteral("csv/reviews_utf8_bom.csv"))},
                                     result, OnError::Abort, QStringLiteral("all_reviews"));
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QCOMPARE(result.rows, 600);
        QCOMPARE(result.columns.size(), 6);
    }

    // A failure in the second file rolls back the first one too.
    void failureLeavesWorkspaceAsItWas() {
        ImportResult result;
        QVERIFY(import({fixture(QStringLiteral("csv/semicolon.csv"))}, result).ok());
        const Status status = import({fixture(QStringLiteral("csv/reviews_utf8.csv")),
                                      fixture(QStringLiteral("bad/ragged.csv"))},
                                     result, OnError::Abort, QStringLiteral("mixed"));
        QVERIFY(!status.ok());
        QCOMPARE(tables(), QStringList{QStringLiteral("semicolon")});
        QCOMPARE(m_workspace->catalog().list().value().size(), 1);
    }

    void cancelLeavesNothing() {
        ImportOptions options;
        options.files = {fixture(QStringLiteral("imdb/sample.json"))};
        ImportJob job(m_path, options);
        job.cancel();
        ImportResult result;
        QCOMPARE(job.run(result).kind(), ErrorKind::Cancelled);
        QCOMPARE(tables(), QStringList());
    }

    void progressReachesTotal() {
        ImportOptions options;
        options.files = {fixture(QStringLiteral("imdb/sample.json"))};
        ImportJob job(m_path, options);
        qint64 last = 0, total = 0;
        job.setProgress([&](qint64 done, qint64 all) {
            QVERIFY(done >= last);
            last = done;
            total = all;
        });
        ImportResult result;
        QVERIFY(job.run(result).ok());
        QCOMPARE(last, QFileInfo(options.files[0]).size());
        QCOMPARE(total, last);
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"

#include "export/PartitionedExport.h"
#include "ingest/ImportJob.h"
#include "store/Workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;

namespace {

// Reads an export back the way a pandas or Spark user's script would: python's csv, gzip and
// json modules over every part file; prints {partition folder: [rows, header]}.
const char *kReader = R"(
import csv, gzip, io, json, os, sys
root, out = sys.argv[1], {}
for folder, _, files in os.walk(root):
    for name in sorted(files):
        if not name.startswith("part-"):
            continue
        path = os.path.join(folder, name)
        raw = gzip.open(path, "rb").read() if name.endswith(".gz") else open(path, "rb").read()
        text = raw.decode("utf-8")
        if ".csv" in name:
            rows = list(csv.reader(io.StringIO(text, newline="")))
            header, body = rows[0], rows[1:]
        else:
            body = [json.loads(line) for line in text.splitlines()]
            header = list(body[0].keys())
        key = os.path.relpath(folder, root)
        count, _ = out.get(key, [0, header])
        out[key] = [count + len(body), header]
print(json.dumps(out))
)";

} // namespace

// Partitioned export: Hive folders whose rows match SQL's group counts, read back by python,
// written whole or not at all, and --since rewriting only the newest partitions.
class TestPartitionedExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;
    qint64 m_rows = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Rows every 37 minutes from 2024-01-28 (timestamps across days and a month end), a day
    // column across three months, Korean text with commas, quotes and line breaks, and rows
    // without a date.
    Status importRows(const QString &dataset, int from, int count, ImportMode mode) {
        const QString csv = path(QStringLiteral("%1_%2.csv").arg(dataset).arg(from));
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return Status::internal(file.errorString());
        file.write("at,day,n,note\n");
        const QDateTime start(QDate(2024, 1, 28), QTime(0, 0), Qt::UTC);
        for (int i = from; i < from + count; ++i) {
            const QString at = i % 50 == 7 ? QString()
                                           : start.addSecs(qint64(i) * 37 * 60)
                                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            const QString day =
                i % 50 == 9 ? QString() : QDate(2024, 1, 1).addDays(i % 90).toString(Qt::ISODate);
            const QString note = i % 3 == 0   ? QStringLiteral("\"영화, \"\"최고\"\"\"")
                                 : i % 3 == 1 ? QStringLiteral("\"두 줄\n메모\"")
                                              : QStringLiteral("plain");
            file.write(QStringLiteral("%1,%2,%3,%4\n").arg(at, day).arg(i).arg(note).toUtf8());
        }
        file.close();
        ImportOptions options;
        options.files = {csv};
        options.dataset = dataset;
        options.mode = mode;
        ImportResult result;
        return ImportJob(m_workspace, options).run(result);
    }

    static QJsonObject manifestOf(const QString &dir) {
        QFile file(QDir(dir).filePath(QStringLiteral("_manifest.json")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    // partition folder → rows, from the manifest.
    static QMap<QString, qint64> manifestRows(const QJsonObject &manifest) {
        QMap<QString, qint64> rows;
        for (const QJsonValue &p : manifest.value(QStringLiteral("partitions")).toArray())
            rows.insert(p[QStringLiteral("path")].toString(),
                        p[QStringLiteral("rows")].toInteger());
        return rows;
    }

    // partition folder → rows, by SQL over the workspace; `key` is an SQL expression of the
    // folder (NULL for rows without a date).
    QMap<QString, qint64> sqlRows(const QString &dataset, const QString &key) {
        std::unique_ptr<Workspace> workspace;
        if (!Workspace::open(m_workspace, workspace).ok())
            return {};
        QSqlQuery query(workspace->database());
        QMap<QString, qint64> rows;
        if (!query.exec(QStringLiteral("SELECT coalesce(%1, '__HIVE_DEFAULT_PARTITION__'), "
                                       "count(*) FROM %2 GROUP BY 1")
                            .arg(key, dataset)))
            qWarning("%s", qPrintable(query.lastQuery()));
        while (query.next())
            rows.insert(query.value(0).toString(), query.value(1).toLongLong());
        return rows;
    }

    static QJsonObject readWithPython(const QString &dir) {
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"), QString::fromUtf8(kReader), dir});
        if (!python.waitForFinished(60000) || python.exitCode() != 0)
            qWarning("%s", python.readAllStandardError().constData());
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }

    Status exportTo(const QString &dataset, const QString &scheme, const QString &dir,
                    PartitionedExportOptions::Format format = PartitionedExportOptions::Format::Csv,
                    bool gzip = false, const QString &since = {}, const QByteArray &zone = {},
                    PartitionedExportResult *out = nullptr) {
        PartitionedExportOptions options;
        options.dataset = dataset;
        options.outDir = dir;
        const Result<PartitionScheme> parsed = PartitionScheme::parse(scheme);
        if (!parsed)
            return parsed.status();
        options.scheme = *parsed;
        options.format = format;
        options.gzip = gzip;
        options.since = since;
        options.zone = zone;
        PartitionedExportResult result;
        const Status s = PartitionedExportJob(m_workspace, options).run(result);
        if (out)
            *out = result;
        return s;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_workspace = path(QStringLiteral("w.trendlens"));
        QVERIFY(importRows(QStringLiteral("events"), 0, 3000, ImportMode::Create).ok());
        m_rows = 3000;
    }

    void schemes_data() {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<bool>("timestamp");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::newRow("hour") << "at:hour" << true << "2024-02-29 23:59:59.500"
                              << "year=2024/month=02/day=29/hour=23"
                              << "2024-02-29 23"
                              << "2024-03-01 00";
        QTest::newRow("day") << "at:day" << true << "2024-12-31 08:00:00"
                             << "year=2024/month=12/day=31"
                             << "2024-12-31 00"
                             << "2025-01-01 00";
        QTest::newRow("dekad 1 ends on the 10th") << "d:10-day" << false << "2024-01-10"
                                                  << "year=2024/month=01/dekad=1"
                                                  << "2024-01-01 00"
                                                  << "2024-01-11 00";
        QTest::newRow("dekad 2 starts on the 11th") << "d:10-day" << false << "2024-01-11"
                                                    << "year=2024/month=01/dekad=2"
                                                    << "2024-01-11 00"
                                                    << "2024-01-21 00";
        QTest::newRow("dekad 3 runs to the month's end") << "d:10-day" << false << "2024-02-29"
                                                         << "year=2024/month=02/dekad=3"
                                                         << "2024-02-21 00"
                                                         << "2024-03-01 00";
        QTest::newRow("month") << "d:month" << false << "2024-12-05"
                               << "year=2024/month=12"
                               << "2024-12-01 00"
                               << "2025-01-01 00";
        QTest::newRow("year") << "d:year" << false << "2023-07-01"
                              << "year=2023"
                              << "2023-01-01 00"
                              << "2024-01-01 00";
        QTest::newRow("not a date") << "d:day" << false << "soon"
                                    << "__HIVE_DEFAULT_PARTITION__"
                                    << ""
                                    << "";
        QTest::newRow("no such day") << "d:day" << false << "2024-02-30"
                                     << "__HIVE_DEFAULT_PARTITION__"
                                     << ""
                                     << "";
    }

    void schemes() {
        QFETCH(QString, scheme);
        QFETCH(bool, timestamp);
        QFETCH(QString, stored);
        QFETCH(QString, path);
        QFETCH(QString, start);
        QFETCH(QString, end);
        Result<PartitionScheme> parsed = PartitionScheme::parse(scheme);
        QVERIFY(parsed.ok());
        PartitionScheme s = *parsed;
        s.setColumn(timestamp ? ColumnType::Timestamp : ColumnType::Date, WallClock());
        const PartitionScheme::Partition p = s.partitionOf(stored);
        QCOMPARE(p.path, path);
        QCOMPARE(p.start, start);
        QCOMPARE(p.end, end);
    }

    void schemeErrorsAndZones() {
        QVERIFY(!PartitionScheme::parse(QStringLiteral("at")).ok());
        QVERIFY(!PartitionScheme::parse(QStringLiteral(":day")).ok());
        QVERIFY(PartitionScheme::parse(QStringLiteral("at:week"))
                    .status()
                    .message()
                    .contains(QStringLiteral("'week' is not hour, day, 10-day, month or year")));
        PartitionScheme seoul = *PartitionScheme::parse(QStringLiteral("at:hour"));
        seoul.setColumn(ColumnType::Timestamp, WallClock("Asia/Seoul"));
        QCOMPARE(seoul.partitionOf(u"2024-01-31 15:30:00").path,
                 QStringLiteral("year=2024/month=02/day=01/hour=00"));
        QCOMPARE(PartitionScheme::hourOf(QStringLiteral("2024-01-05")),
                 QStringLiteral("2024-01-05 00"));
        QCOMPARE(PartitionScheme::hourOf(QStringLiteral("2024-01-05T13:20")),
                 QStringLiteral("2024-01-05 13"));
        QVERIFY(!PartitionScheme::hourOf(QStringLiteral("yesterday-ish")));
    }

    // Every partition holds exactly the rows SQL groups into it, and python reads them all
    // back with the dataset's header.
    void countsMatchSqlAndPythonReadsThem_data() {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("gzip");
        QTest::newRow("csv") << int(PartitionedExportOptions::Format::Csv) << false;
        QTest::newRow("csv.gz") << int(PartitionedExportOptions::Format::Csv) << true;
        QTest::newRow("ndjson.gz") << int(PartitionedExportOptions::Format::Ndjson) << true;
    }

    void countsMatchSqlAndPythonReadsThem() {
        QFETCH(int, format);
        QFETCH(bool, gzip);
        const QString dir = path(QStringLiteral("dekads_%1_%2").arg(format).arg(gzip));
        QVERIFY(exportTo(QStringLiteral("events"), QStringLiteral("day:10-day"), dir,
                         PartitionedExportOptions::Format(format), gzip)
                    .ok());
        const QMap<QString, qint64> want = sqlRows(
            QStringLiteral("events"),
            QStringLiteral("'year=' || substr(day, 1, 4) || '/month=' || substr(day, 6, 2) || "
                           "'/dekad=' || (CASE WHEN substr(day, 9, 2) <= '10' THEN 1 WHEN "
                           "substr(day, 9, 2) <= '20' THEN 2 ELSE 3 END)"));
        QCOMPARE(want.size(), 10); // nine dekads of three months, and the rows without a day
        const QJsonObject manifest = manifestOf(dir);
        QCOMPARE(manifestRows(manifest), want);
        QCOMPARE(manifest[QStringLiteral("rows")].toInteger(), m_rows);
        QCOMPARE(manifest[QStringLiteral("schema")].toArray().size(), 4);
        QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("_SUCCESS"))));

        const QJsonObject read = readWithPython(dir);
        QCOMPARE(read.size(), want.size());
        for (auto it = want.begin(); it != want.end(); ++it) {
            const QJsonArray entry = read[it.key()].toArray();
            QCOMPARE(entry.at(0).toInteger(), it.value());
            QCOMPARE(entry.at(1).toArray(),
                     QJsonArray({QStringLiteral("at"), QStringLiteral("day"), QStringLiteral("n"),
                                 QStringLiteral("note")}));
        }
    }

    // Hours by Seoul's clock: SQL's count of the same wall-clock hours.
    void hoursInAZone() {
        const QString dir = path(QStringLiteral("hours_seoul"));
        QVERIFY(exportTo(QStringLiteral("events"), QStringLiteral("at:hour"), dir,
                         PartitionedExportOptions::Format::Csv, false, {}, "Asia/Seoul")
                    .ok());
        const QMap<QString, qint64> want =
            sqlRows(QStringLiteral("events"),
                    QStringLiteral("strftime('year=%Y/month=%m/day=%d/hour=%H', at, '+9 hours')"));
        QCOMPARE(manifestRows(manifestOf(dir)), want);
        QCOMPARE(
            manifestOf(dir)[QStringLiteral("partition_by")][QStringLiteral("time_zone")].toString(),
            QStringLiteral("Asia/Seoul"));
    }

    // An hourly schedule's export: --since last writes the last partition again (it may have
    // grown) and the new ones, and leaves the earlier ones' files as they were.
    void sinceRewritesOnlyTheNewestPartitions() {
        const QString dataset = QStringLiteral("hourly");
        QVERIFY(importRows(dataset, 0, 500, ImportMode::Create).ok());
        const QString dir = path(QStringLiteral("hourly_export"));
        QVERIFY(exportTo(dataset, QStringLiteral("at:day"), dir).ok());
        const QJsonObject first = manifestOf(dir);
        const QString lastStart = first[QStringLiteral("last_start")].toString();
        QCOMPARE(lastStart, QStringLiteral("2024-02-09 00")); // row 499, 12.8 days on
        const QString firstDay =
            QDir(dir).filePath(QStringLiteral("year=2024/month=01/day=28/part-00000.csv"));
        QVERIFY(QFile::exists(firstDay));
        const QDateTime firstWritten = QFileInfo(firstDay).lastModified();
        QTest::qWait(50); // a rewritten file would show a later time

        QVERIFY(importRows(dataset, 500, 300, ImportMode::Append).ok());
        PartitionedExportResult result;
        QVERIFY(exportTo(dataset, QStringLiteral("at:day"), dir,
                         PartitionedExportOptions::Format::Csv, false, QStringLiteral("last"), {},
                         &result)
                    .ok());
        QCOMPARE(QFileInfo(firstDay).lastModified(), firstWritten);
        QVERIFY(result.kept > 0);
        const QJsonObject second = manifestOf(dir);
        QCOMPARE(second[QStringLiteral("rows")].toInteger(), 800);
        const QMap<QString, qint64> want =
            sqlRows(dataset, QStringLiteral("strftime('year=%Y/month=%m/day=%d', at)"));
        QCOMPARE(manifestRows(second), want);
        QVERIFY(second[QStringLiteral("last_start")].toString() > lastStart);
        const QJsonObject read = readWithPython(dir);
        qint64 total = 0;
        for (const QJsonValue &v : read)
            total += v.toArray().at(0).toInteger();
        QCOMPARE(total, 800);

        // Another partitioning is not mixed into it.
        const Status mixed =
            exportTo(dataset, QStringLiteral("at:hour"), dir, PartitionedExportOptions::Format::Csv,
                     false, QStringLiteral("last"));
        QCOMPARE(mixed.kind(), ErrorKind::BadInput);
        QCOMPARE(manifestOf(dir), second);
    }

    // A whole export replaces an earlier one in one step and leaves nothing beside it; a
    // folder of someone else's files is never written into.
    void replacesOnlyItsOwnExports() {
        const QString parent = path(QStringLiteral("replace"));
        const QString dir = QDir(parent).filePath(QStringLiteral("out"));
        QVERIFY(exportTo(QStringLiteral("events"), QStringLiteral("day:month"), dir).ok());
        QVERIFY(exportTo(QStringLiteral("events"), QStringLiteral("day:year"), dir).ok());
        QCOMPARE(manifestRows(manifestOf(dir)).size(), 2); // 2024 and no day
        QVERIFY(!QFile::exists(QDir(dir).filePath(QStringLiteral("year=2024/month=01"))));
        QCOMPARE(QDir(parent).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("out")});

        const QString foreign = path(QStringLiteral("foreign"));
        QVERIFY(QDir().mkpath(foreign));
        QFile mine(QDir(foreign).filePath(QStringLiteral("notes.txt")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("keep me");
        mine.close();
        const Status refused =
            exportTo(QStringLiteral("events"), QStringLiteral("day:month"), foreign);
        QCOMPARE(refused.kind(), ErrorKind::BadInput);
        QVERIFY(refused.message().contains(QStringLiteral("not a Trendlens export")));
        QCOMPARE(QDir(foreign).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("notes.txt")});

        const Status notDate = exportTo(QStringLiteral("events"), QStringLiteral("note:day"),
                                        path(QStringLiteral("never")));
        QVERIFY(notDate.message().contains(QStringLiteral("date or timestamp column")));
        QVERIFY(!QFile::exists(path(QStringLiteral("never"))));
    }
};

QTEST_GUILESS_MAIN(TestPartitionedExport)
#include "tst_partitionedexport.moc"

#include "sources/SourceRun.h"
#include "store/Workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;

// Source runs are atomic, stamped, replace what they re-fetch, and are logged even on failure.
class TestSourceRun : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    QVariant scalar(const QString &sql) {
        std::unique_ptr<Workspace> workspace;
        if (!Workspace::open(m_path, workspace))
            return {};
        QSqlQuery q(workspace->database());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

    static Columns columns() {
        return {{QStringLiteral("day"), ColumnType::Date, ColumnRole::Time},
                {QStringLiteral("movie"), ColumnType::Text, ColumnRole::Category},
                {QStringLiteral("audience"), ColumnType::Integer, ColumnRole::Measure}};
    }

private Q_SLOTS:
    void init() {
        m_path = m_dir.filePath(QStringLiteral("%1.trendlens").arg(QTest::currentTestFunction()));
    }

    void commitsStampsAndReplaces() {
        {
            SourceRun run(m_path, QStringLiteral("kobis-daily"),
                          {{QStringLiteral("from"), "20240101"}});
            QVERIFY(run.begin().ok());
            QVERIFY(
                run.write(
                       QStringLiteral("boxoffice"), columns(),
                       {{"2024-01-01", "A", 10}, {"2024-01-01", "B", 20}, {"2024-01-02", "A", 5}},
                       {QStringLiteral("day"), {"2024-01-01", "2024-01-02"}, {}})
                    .ok());
            QVERIFY(run.commit().ok());
            QCOMPARE(run.rowsWritten(), qint64(3));
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM boxoffice")).toInt(), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT run_id) FROM boxoffice WHERE "
                                       "collected_at IS NOT NULL"))
                     .toInt(),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT status || ':' || rows FROM _tl_runs")).toString(),
                 QStringLiteral("ok:3"));
        // Re-fetching 2024-01-01 replaces that day; 2024-01-02 stays.
        {
            SourceRun run(m_path, QStringLiteral("kobis-daily"), {});
            QVERIFY(run.begin().ok());
            QVERIFY(run.write(QStringLiteral("boxoffice"), columns(),
                              {{"2024-01-01", "A", 11}, {"2024-01-01", "B", 21}},
                              {QStringLiteral("day"), {"2024-01-01"}, {}})
                        .ok());
            QCOMPARE(run.existingValues(QStringLiteral("boxoffice"), QStringLiteral("movie")),
                     (QSet<QString>{"A", "B"}));
            QVERIFY(run.commit().ok());
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM boxoffice")).toInt(), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT sum(audience) FROM boxoffice")).toInt(), 37);
        std::unique_ptr<Workspace> workspace;
        QVERIFY(Workspace::open(m_path, workspace).ok());
        QCOMPARE(workspace->catalog().find(QStringLiteral("boxoffice")).value()->rowCount,
                 qint64(3));
    }

    void failureLeavesNothingButTheLog() {
        {
            SourceRun run(m_path, QStringLiteral("kobis-daily"), {});
            QVERIFY(run.begin().ok());
            QVERIFY(
                run.write(QStringLiteral("boxoffice"), columns(), {{"2024-01-01", "A", 1}}).ok());
            const Status s = run.fail(Status::sourceError(QStringLiteral("invalid key")));
            QCOMPARE(s.message(), QStringLiteral("invalid key"));
        }
        QVERIFY(!scalar(QStringLiteral("SELECT count(*) FROM boxoffice")).isValid());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM _tl_datasets")).toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT status || ':' || error FROM _tl_runs")).toString(),
                 QStringLiteral("failed:invalid key"));
        // A run dropped without commit (a crash, an exception) rolls back too.
        {
            SourceRun run(m_path, QStringLiteral("kobis-daily"), {});
            QVERIFY(run.begin().ok());
            QVERIFY(
                run.write(QStringLiteral("boxoffice"), columns(), {{"2024-01-01", "A", 1}}).ok());
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM _tl_datasets")).toInt(), 0);
    }

    void newFieldsAddColumns() {
        {
            SourceRun run(m_path, QStringLiteral("rest"), {});
            QVERIFY(run.begin().ok());
            QVERIFY(run.write(QStringLiteral("api"), columns(), {{"2024-01-01", "A", 1}}).ok());
            QVERIFY(run.commit().ok());
        }
        Columns wider = columns();
        wider.append({QStringLiteral("screens"), ColumnType::Integer, ColumnRole::Measure});
        {
            SourceRun run(m_path, QStringLiteral("rest"), {});
            QVERIFY(run.begin().ok());
            QVERIFY(run.write(QStringLiteral("api"), wider, {{"2024-01-02", "B", 2, 300}}).ok());
            QVERIFY(run.commit().ok());
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM api WHERE screens IS NULL")).toInt(),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT screens FROM api WHERE movie = 'B'")).toInt(), 300);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM _tl_runs WHERE status = 'ok'")).toInt(), 2);
    }
};

QTEST_APPLESS_MAIN(TestSourceRun)
#include "tst_sourcerun.moc"

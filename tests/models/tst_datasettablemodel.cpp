#include "ingest/ImportJob.h"
#include "models/DatasetQuery.h"
#include "models/DatasetTableModel.h"
#include "models/TaskRunner.h"
#include "store/Connection.h"
#include "store/Workspace.h"

#include <QSqlQuery>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;

// The lazy table over a 1,000,000-row dataset: the last row is answered by reading one page,
// a sort pages through the column store's order, a filter runs in SQL, stale answers are dropped,
// selections copy as TSV.
class TestDatasetTableModel : public QObject {
    Q_OBJECT

    static constexpr int kRows = 1000000;
    QTemporaryDir m_dir;
    QString m_path;
    DatasetInfo m_info;

    // Waits until the model has no query in flight.
    static bool settle(DatasetTableModel &model) {
        QTest::qWait(1);
        return QTest::qWaitFor([&] { return !model.isLoading(); }, 20000);
    }

    // data() of a row not cached yet: asks for it, waits for the page (and for a sort's
    // order first, when there is one), asks again.
    static QVariant fetched(DatasetTableModel &model, int row, int column) {
        const QModelIndex index = model.index(row, column);
        for (int asked = 0; asked < 3; ++asked) {
            const QVariant value = model.data(index, DatasetTableModel::FullTextRole);
            if (value.isValid())
                return value;
            if (!settle(model))
                break;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        // id, name (Korean for every 1000th row), score: about 25 MB of CSV.
        const QString csv = m_dir.filePath(QStringLiteral("big.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray chunk = "id,name,score\n";
        for (int i = 1; i <= kRows; ++i) {
            chunk += QByteArray::number(i) + ',' +
                     (i % 1000 == 0 ? QByteArray("영화") + QByteArray::number(i)
                                    : QByteArray("movie") + QByteArray::number(i)) +
                     ',' + QByteArray::number(i % 10) + '\n';
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
        file.close();
        m_path = m_dir.filePath(QStringLiteral("big.trendlens"));
        ImportOptions options;
        options.files = {csv};
        options.dataset = QStringLiteral("big");
        ImportResult result;
        const Status status = ImportJob(m_path, options).run(result);
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QCOMPARE(result.rows, qint64(kRows));
        std::unique_ptr<Workspace> workspace;
        QVERIFY(Workspace::open(m_path, workspace).ok());
        m_info = *workspace->catalog().find(QStringLiteral("big")).value();
    }

    void lastRowReadsOnePage() {
        DatasetTableModel model;
        model.setDataset(m_path, m_info);
        QCOMPARE(model.rowCount(), kRows);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
        QVERIFY(settle(model)); // the rowid bounds
        QCOMPARE(fetched(model, kRows - 1, 0).toLongLong(), qint64(kRows));
        QCOMPARE(model.data(model.index(kRows - 1, 1)).toString(), QStringLiteral("영화1000000"));
        QVERIFY2(model.rowsFetched() <= DatasetTableModel::kPageSize,
                 qPrintable(QString::number(model.rowsFetched())));
        // A row in the middle: one more page, nothing else. (The last page is partial.)
        QCOMPARE(fetched(model, 500000, 0).toLongLong(), qint64(500001));
        QCOMPARE(model.rowsFetched(),
                 qint64(kRows % DatasetTableModel::kPageSize + DatasetTableModel::kPageSize));
    }

    void sortPagesThroughTheColumnOrder() {
        DatasetTableModel model;
        model.setDataset(m_path, m_info);
        model.sort(0, Qt::DescendingOrder);
        QCOMPARE(fetched(model, 0, 0).toLongLong(), qint64(kRows));
        QCOMPARE(model.data(model.index(1, 0)).toLongLong(), qint64(kRows - 1));
        model.sort(2, Qt::DescendingOrder); // score 9 first, ties by rowid
        QCOMPARE(fetched(model, 0, 2).toInt(), 9);
        QCOMPARE(model.data(model.index(0, 0)).toLongLong(), qint64(9));
        // 100,000 nines, the last of them id 999,999; then the eights from id 8.
        QCOMPARE(fetched(model, 99999, 2).toInt(), 9);
        QCOMPARE(model.data(model.index(99999, 0)).toLongLong(), qint64(999999));
        QCOMPARE(model.data(model.index(100000, 2)).toInt(), 8);
        QCOMPARE(model.data(model.index(100000, 0)).toLongLong(), qint64(8));
        // Pages read rows by rowid from the order: nothing but the pages shown.
        QCOMPARE(model.rowsFetched(), qint64(3 * DatasetTableModel::kPageSize));

        // Texts sort by their bytes as SQLite's do ("movie…" before "영화…"); anywhere in the
        // order is the row SQL puts there.
        model.sort(1, Qt::AscendingOrder);
        Connection connection;
        QVERIFY(connection.open(m_path, Connection::Access::ReadOnly));
        for (const int row : {0, 1, 123456, kRows - 1000, kRows - 1}) {
            QSqlQuery sql(connection.db());
            QVERIFY(sql.exec(QStringLiteral("SELECT id, name FROM big ORDER BY name, rowid "
                                            "LIMIT 1 OFFSET %1")
                                 .arg(row)));
            QVERIFY(sql.next());
            QCOMPARE(fetched(model, row, 1).toString(), sql.value(1).toString());
            QCOMPARE(model.data(model.index(row, 0)).toLongLong(), sql.value(0).toLongLong());
        }
        QCOMPARE(model.data(model.index(kRows - 1, 1)).toString(), QStringLiteral("영화999000"));
    }

    void filterCountsAndPages() {
        DatasetTableModel model;
        model.setDataset(m_path, m_info);
        model.setFilter(QStringLiteral("영화"));
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), kRows / 1000);
        QCOMPARE(fetched(model, 999, 1).toString(), QStringLiteral("영화1000000"));
        // % and _ are literal in the filter, not LIKE wildcards.
        model.setFilter(QStringLiteral("movie_"));
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 0);
        model.setFilter(QString());
        QCOMPARE(model.rowCount(), kRows);
    }

    void staleAnswersAreDropped() {
        DatasetTableModel model;
        model.setDataset(m_path, m_info);
        QVERIFY(settle(model));
        // Ask for a page, then change the view before the answer can arrive.
        QVERIFY(!model.data(model.index(1000, 0), DatasetTableModel::FullTextRole).isValid());
        model.sort(0, Qt::DescendingOrder);
        QVERIFY(settle(model));
        QTest::qWait(50);
        QCOMPARE(model.rowsFetched(), qint64(0));
        QCOMPARE(fetched(model, 1000, 0).toLongLong(), qint64(kRows - 1000));

        // A filter replaced while its count scans: that count is cancelled and never
        // answers; only the new filter's count resets the view.
        model.setFilter(QStringLiteral("no such text"));
        model.setFilter(QStringLiteral("영화"));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(settle(model));
        QVERIFY(TaskRunner::shared().waitForIdle(10000));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), kRows / 1000);
    }

    void copiesSelectionAsTsv() {
        DatasetTableModel model;
        model.setDataset(m_path, m_info);
        QVERIFY(settle(model));
        // Rows far apart, none cached: one query answers the block.
        const QModelIndexList selection{model.index(999, 0), model.index(999, 1),
                                        model.index(1001, 1)};
        QCOMPARE(model.toTsv(selection),
                 QStringLiteral("id\tname\n1000\t영화1000\n\t\n\tmovie1002\n"));
    }

    void queriesQuoteAndBind() {
        SqliteDialect dialect;
        DatasetQuery query(dialect, QStringLiteral("a\"b"),
                           {QStringLiteral("x"), QStringLiteral("y")});
        query.setRowidBounds(1, 10, 10);
        QVERIFY(query.pagesByRowid());
        const auto page = query.page(256, 256);
        QCOMPARE(page.sql,
                 QStringLiteral("SELECT \"x\", \"y\" FROM \"a\"\"b\" WHERE rowid >= ? AND "
                                "rowid < ? ORDER BY rowid"));
        QCOMPARE(page.bindings, (QVariantList{qint64(257), qint64(513)}));
        query.setFilter(QStringLiteral("50%' OR 1=1 --"));
        QVERIFY(!query.pagesByRowid());
        const auto count = query.count();
        QVERIFY(!count.sql.contains(QStringLiteral("OR 1=1")));
        QCOMPARE(count.bindings.size(), 2);
        QCOMPARE(count.bindings.front().toString(), QStringLiteral("%50\\%' OR 1=1 --%"));
        query.setRowidBounds(5, 100, 10); // gaps: pages by offset
        query.setFilter(QString());
        QVERIFY(!query.pagesByRowid());
    }
};

QTEST_MAIN(TestDatasetTableModel)
#include "tst_datasettablemodel.moc"

#include "WorkspaceQuery.h"
#include "sources/gmarket/GmarketBestSource.h"
#include "sources/gmarket/HtmlDocument.h"
#include "store/Workspace.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace tl;

// gmarket-best against a local server serving the two hourly snapshots of fixtures/gmarket:
// 100 items a page (banners and the item inside a <script> string are not items), prices as
// integers, one snapshot per run (1,000 rows over two), a bot-check page reported as such.
class TestGmarket : public QObject {
    Q_OBJECT

    QHttpServer m_server;
    QString m_base;
    QString m_snapshot = QStringLiteral("2024-01-01T10");
    bool m_botCheck = false;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        m_server.route(QStringLiteral("/n/best"), [this](const QHttpServerRequest &request) {
            if (m_botCheck)
                return QHttpServerResponse(
                    QByteArrayLiteral("text/html"),
                    QByteArray("<html><body>로봇이 아닙니다. captcha</body></html>"),
                    QHttpServerResponse::StatusCode::Forbidden);
            QFile f(
                QStringLiteral(TL_FIXTURES "/gmarket/%1/best_%2.html")
                    .arg(m_snapshot, request.query().queryItemValue(QStringLiteral("groupCode"))));
            if (!f.open(QIODevice::ReadOnly))
                return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
            return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), f.readAll());
        });
        const int port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    }

    void selectors() {
        const HtmlDocument html(
            "<ul class='a'><li class='x'>1</li><li class='x y'>2</li>"
            "<li><span class='x'>3</span></li></ul><script>'<li class=\"x\">4</li>'</script>");
        QCOMPARE(html.select(QStringLiteral("ul.a > li.x")).size(), 2);
        QCOMPARE(html.select(QStringLiteral("ul.a > li.x:not(.y)")).size(), 1);
        QCOMPARE(html.select(QStringLiteral("ul .x")).size(), 3);
        QCOMPARE(HtmlDocument::text(html.select(QStringLiteral("li span.x")).front()),
                 QStringLiteral("3"));
    }

    void twoSnapshots() {
        const QString ws = m_dir.filePath(QStringLiteral("g.trendlens"));
        GmarketOptions options;
        options.baseUrl = m_base;
        for (const QString &hour :
             {QStringLiteral("2024-01-01T10"), QStringLiteral("2024-01-01T11")}) {
            m_snapshot = hour;
            GmarketBestSource source(ws, options);
            GmarketResult result;
            const Status s = source.run(result);
            QVERIFY2(s.ok(), qPrintable(s.message()));
            QCOMPARE(result.pages, 5);
            QCOMPARE(result.rows, qint64(500));
            QTest::qWait(1100); // a later collected_at, as an hourly cron would have
        }
        QCOMPARE(workspaceScalar(ws, QStringLiteral("SELECT count(*) FROM gmarket_best")).toInt(),
                 1000);
        QCOMPARE(workspaceScalar(
                     ws, QStringLiteral("SELECT count(DISTINCT collected_at) FROM gmarket_best"))
                     .toInt(),
                 2);
        QCOMPARE(workspaceScalar(
                     ws, QStringLiteral(
                             "SELECT count(*) FROM gmarket_best WHERE category_code = "
                             "'100000006' AND run_id = (SELECT min(run_id) FROM gmarket_best)"))
                     .toInt(),
                 100);
        QCOMPARE(workspaceScalar(
                     ws, QStringLiteral(
                             "SELECT count(*) FROM gmarket_best WHERE title LIKE '%not an item%' "
                             "OR title LIKE '%배너%'"))
                     .toInt(),
                 0);
        QCOMPARE(workspaceScalar(
                     ws, QStringLiteral(
                             "SELECT typeof(price) || typeof(rank) FROM gmarket_best LIMIT 1"))
                     .toString(),
                 QStringLiteral("integerinteger"));
        QCOMPARE(
            workspaceScalar(
                ws, QStringLiteral("SELECT price FROM gmarket_best WHERE goodscode = '1674891926' "
                                   "AND run_id = (SELECT min(run_id) FROM gmarket_best)"))
                .toLongLong(),
            qint64(101694));
        QVERIFY(
            workspaceScalar(
                ws, QStringLiteral("SELECT count(*) FROM gmarket_best WHERE title LIKE '%&amp;%'"))
                .toInt() == 0);
    }

    void botCheckIsReported() {
        const QString ws = m_dir.filePath(QStringLiteral("bot.trendlens"));
        m_botCheck = true;
        GmarketOptions options;
        options.baseUrl = m_base;
        GmarketBestSource source(ws, options);
        GmarketResult result;
        const Status s = source.run(result);
        m_botCheck = false;
        QCOMPARE(s.kind(), ErrorKind::Source);
        QVERIFY(s.message().contains(QStringLiteral("bot check")));
        QCOMPARE(workspaceScalar(ws, QStringLiteral("SELECT count(*) FROM _tl_datasets")).toInt(),
                 0);
    }
};

QTEST_MAIN(TestGmarket)
#include "tst_gmarket.moc"

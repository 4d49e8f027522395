#include "WorkspaceQuery.h"
#include "sources/maple/MapleRankingSource.h"
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

// maple-ranking against a local Nexon-shaped server (fixtures/maple): pages until an empty
// one, the fixture figures, "not ready" and 429 recovered from, an invalid key fatal.
class TestMaple : public QObject {
    Q_OBJECT

    QHttpServer m_server;
    QString m_base;
    int m_calls = 0;
    bool m_notReadyOnce = false;
    bool m_quotaOnce = false;
    QTemporaryDir m_dir;

    static QHttpServerResponse
    file(const QString &path,
         QHttpServerResponse::StatusCode code = QHttpServerResponse::StatusCode::Ok) {
        QFile f(QStringLiteral(TL_FIXTURES "/maple/") + path);
        if (!f.open(QIODevice::ReadOnly))
            return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
        return QHttpServerResponse(QByteArrayLiteral("application/json"), f.readAll(), code);
    }

    MapleOptions options() const {
        MapleOptions o;
        o.date = QDate(2024, 1, 1);
        o.baseUrl = m_base;
        o.policy.baseDelayMs = 20;
        o.notReadyWaitMs = 20;
        return o;
    }

private Q_SLOTS:
    void initTestCase() {
        m_server.route(QStringLiteral("/maplestory/v1/ranking/overall"),
                       [this](const QHttpServerRequest &request) {
                           ++m_calls;
                           if (request.value("x-nxopen-api-key") != "nexon-test-key")
                               return file(QStringLiteral("errors/invalid_key.json"),
                                           QHttpServerResponse::StatusCode::BadRequest);
                           if (m_notReadyOnce) {
                               m_notReadyOnce = false;
                               return file(QStringLiteral("errors/not_ready.json"),
                                           QHttpServerResponse::StatusCode::BadRequest);
                           }
                           if (m_quotaOnce) {
                               m_quotaOnce = false;
                               return file(QStringLiteral("errors/quota.json"),
                                           QHttpServerResponse::StatusCode::TooManyRequests);
                           }
                           const QUrlQuery q = request.query();
                           return file(QStringLiteral("ranking/%1/page%2.json")
                                           .arg(q.queryItemValue(QStringLiteral("date")),
                                                q.queryItemValue(QStringLiteral("page"))));
                       });
        const int port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    }

    void fetchesAllPagesWithFigures() {
        const QString ws = m_dir.filePath(QStringLiteral("maple.trendlens"));
        m_notReadyOnce = true;
        m_quotaOnce = true;
        MapleRankingSource source(ws, options(), QStringLiteral("nexon-test-key"));
        MapleResult result;
        const Status s = source.run(result);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(result.pages, 3);
        QCOMPARE(result.rows, qint64(600));
        QCOMPARE(m_calls, 6); // 4 pages + one "not ready" + one 429
        QCOMPARE(workspaceScalar(ws, QStringLiteral("SELECT count(*) FROM maple_ranking WHERE "
                                                    "character_level <= 61"))
                     .toInt(),
                 469);
        QCOMPARE(workspaceScalar(
                     ws, QStringLiteral("SELECT count(*) FROM maple_ranking WHERE "
                                        "character_level <= 61 AND length(character_name) = 2"))
                     .toInt(),
                 250);
        QCOMPARE(workspaceScalar(ws, QStringLiteral("SELECT count(*) FROM maple_ranking WHERE "
                                                    "character_guildname IS NULL"))
                     .toInt(),
                 183);
        QCOMPARE(
            workspaceScalar(
                ws, QStringLiteral("SELECT character_exp FROM maple_ranking WHERE ranking = 1"))
                .toLongLong(),
            qint64(4974981660465));
        // Fetching the day again replaces it.
        MapleRankingSource again(ws, options(), QStringLiteral("nexon-test-key"));
        QVERIFY(again.run(result).ok());
        QCOMPARE(workspaceScalar(ws, QStringLiteral("SELECT count(*) FROM maple_ranking")).toInt(),
                 600);
    }

    void pageLimit() {
        const QString ws = m_dir.filePath(QStringLiteral("limited.trendlens"));
        MapleOptions o = options();
        o.pages = 2;
        MapleRankingSource source(ws, o, QStringLiteral("nexon-test-key"));
        MapleResult result;
        QVERIFY(source.run(result).ok());
        QCOMPARE(result.rows, qint64(400));
    }

    void oneWorldReplacesOnlyThatWorld() {
        const QString ws = m_dir.filePath(QStringLiteral("worlds.trendlens"));
        MapleRankingSource all(ws, options(), QStringLiteral("nexon-test-key"));
        MapleResult result;
        QVERIFY(all.run(result).ok());
        // The server ignores the world filter and sends every world: a "world" run then
        // holds rows of all worlds, yet it may only replace its own world's rows.
        const int luna =
            workspaceScalar(ws, QStringLiteral("SELECT count(*) FROM maple_ranking WHERE "
                                               "world_name = '루나'"))
                .toInt();
        MapleOptions o = options();
        o.world = QStringLiteral("루나");
        o.pages = 1;
        MapleRankingSource oneWorld(ws, o, QStringLiteral("nexon-test-key"));
        QVERIFY(oneWorld.run(result).ok());
        QCOMPARE(workspaceScalar(ws, QStringLiteral("SELECT count(*) FROM maple_ranking")).toInt(),
                 600 - luna + 200);
    }

    void invalidKeyIsFatal() {
        const QString ws = m_dir.filePath(QStringLiteral("bad.trendlens"));
        MapleRankingSource source(ws, options(), QStringLiteral("wrong-nexon-key"));
        MapleResult result;
        const Status s = source.run(result);
        QCOMPARE(s.kind(), ErrorKind::Source);
        QVERIFY(s.message().contains(QStringLiteral("OPENAPI00005")));
        QVERIFY(s.message().contains(QStringLiteral("TRENDLENS_NEXON_KEY")));
        QVERIFY(!s.message().contains(QStringLiteral("wrong-nexon-key")));
        QCOMPARE(workspaceScalar(ws, QStringLiteral("SELECT count(*) FROM _tl_datasets")).toInt(),
                 0);
    }
};

QTEST_MAIN(TestMaple)
#include "tst_maple.moc"

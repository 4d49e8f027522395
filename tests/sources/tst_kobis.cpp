#include "WorkspaceQuery.h"
#include "sources/kobis/KobisDailySource.h"
#include "store/Workspace.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace tl;

// kobis-daily against a local server shaped like KOBIS (fixtures/kobis): 140 rows and 11
// movies; re-runs replace and come from the cache; faults (HTTP 200 + faultInfo) are fatal
// with nothing stored; "not published yet" stores nothing; the key is nowhere in the file.
class TestKobis : public QObject {
    Q_OBJECT

    static constexpr const char *kKey = "K0B1S-TEST-KEY-123";
    QHttpServer m_server;
    QString m_base;
    int m_dailyCalls = 0;
    int m_movieCalls = 0;
    QTemporaryDir m_dir;

    static QHttpServerResponse file(const QString &path) {
        QFile f(QStringLiteral(TL_FIXTURES "/kobis/") + path);
        if (!f.open(QIODevice::ReadOnly))
            return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
        return QHttpServerResponse(QByteArrayLiteral("application/json"), f.readAll());
    }

    QProcess *fetch(const QString &workspace, const QStringList &args, const QString &key = kKey) {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (key.isEmpty())
            env.remove(QStringLiteral("TRENDLENS_KOBIS_KEY"));
        else
            env.insert(QStringLiteral("TRENDLENS_KOBIS_KEY"), key);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(TL_BINARY),
                 QStringList{QStringLiteral("fetch"), QStringLiteral("kobis-daily"),
                             QStringLiteral("-w"), workspace, QStringLiteral("--base-url"),
                             m_base} +
                     args);
        return p;
    }

    // The server lives in this thread: spin the event loop while the binary talks to it.
    static bool finish(QProcess *p) {
        return QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, 60000);
    }

private Q_SLOTS:
    void initTestCase() {
        m_server.route(QStringLiteral("/boxoffice/searchDailyBoxOfficeList.json"),
                       [this](const QHttpServerRequest &request) {
                           ++m_dailyCalls;
                           const QUrlQuery q = request.query();
                           if (q.queryItemValue(QStringLiteral("key")) != QLatin1String(kKey))
                               return file(QStringLiteral("errors/invalid_key.json"));
                           const QString day = q.queryItemValue(QStringLiteral("targetDt"));
                           if (day.size() != 8)
                               return file(QStringLiteral("errors/bad_date.json"));
                           if (!QFile::exists(QStringLiteral(TL_FIXTURES "/kobis/daily/") + day +
                                              QStringLiteral(".json")))
                               return file(QStringLiteral("errors/not_yet.json"));
                           return file(QStringLiteral("daily/") + day + QStringLiteral(".json"));
                       });
        m_server.route(QStringLiteral("/movie/searchMovieInfo.json"),
                       [this](const QHttpServerRequest &request) {
                           ++m_movieCalls;
                           return file(QStringLiteral("movie/") +
                                       request.query().queryItemValue(QStringLiteral("movieCd")) +
                                       QStringLiteral(".json"));
                       });
        const int port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    }

    void fetchesTwoWeeks() {
        const QString ws = m_dir.filePath(QStringLiteral("two_weeks.trendlens"));
        QProcess *p = fetch(ws, {QStringLiteral("--from"), QStringLiteral("2024-01-01"),
                                 QStringLiteral("--to"), QStringLiteral("20240114")});
        QVERIFY(finish(p));
        QCOMPARE(p->exitCode(), 0);
        QVERIFY2(p->readAllStandardOutput().contains("140 rows over 14 days, 11 new movies"),
                 qPrintable(p->readAllStandardError()));
        QCOMPARE(workspaceScalar(ws, QStringLiteral("SELECT count(*) FROM kobis_boxoffice_daily"))
                     .toInt(),
                 140);
        QCOMPARE(
            workspaceScalar(
                ws, QStringLiteral("SELECT count(DISTINCT movie_cd) FROM kobis_boxoffice_daily"))
                .toInt(),
            11);
        QCOMPARE(workspaceScalar(ws, QStringLiteral("SELECT count(*) FROM kobis_movies")).toInt(),
                 11);
        QVERIFY(workspaceScalar(ws, QStringLiteral("SELECT count(*) FROM kobis_genres")).toInt() >=
                11);
        QVERIFY(workspaceScalar(ws, QStringLiteral("SELECT count(*) FROM kobis_grades")).toInt() >=
                11);
        // Numbers are numbers, dates are dates.
        QCOMPARE(workspaceScalar(
                     ws, QStringLiteral("SELECT typeof(audi_cnt) || typeof(sales_share) || "
                                        "open_dt FROM kobis_boxoffice_daily WHERE rank = 1 AND "
                                        "target_date = '2024-01-01'"))
                     .toString(),
                 QStringLiteral("integerreal2023-12-18"));
        const int daily = m_dailyCalls, movies = m_movieCalls;
        QCOMPARE(daily, 14);
        QCOMPARE(movies, 11);

        // Again, overlapping: days are replaced, not doubled; answers come from the cache.
        QProcess *again = fetch(ws, {QStringLiteral("--from"), QStringLiteral("20240110"),
                                     QStringLiteral("--to"), QStringLiteral("20240115")});
        QVERIFY(finish(again));
        QCOMPARE(again->exitCode(), 0);
        QVERIFY(again->readAllStandardError().contains("not published yet: 2024-01-15"));
        QCOMPARE(workspaceScalar(ws, QStringLiteral("SELECT count(*) FROM kobis_boxoffice_daily"))
                     .toInt(),
                 140);
        QCOMPARE(m_dailyCalls, daily + 1); // only the unpublished day went to the server
        QCOMPARE(m_movieCalls, movies);    // details of known movies are not fetched again
        QCOMPARE(workspaceScalar(
                     ws, QStringLiteral("SELECT count(*) FROM _tl_runs WHERE kind = 'kobis-daily' "
                                        "AND status = 'ok'"))
                     .toInt(),
                 2);
        QFile bytes(ws);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        QVERIFY(!bytes.readAll().contains(kKey));
    }

    void invalidKeyIsFatalAndStoresNothing() {
        const QString ws = m_dir.filePath(QStringLiteral("bad_key.trendlens"));
        QProcess *p = fetch(ws, {QStringLiteral("--from"), QStringLiteral("20240101")},
                            QStringLiteral("WRONG-KEY-999"));
        QVERIFY(finish(p));
        QCOMPARE(p->exitCode(), 3);
        const QByteArray err = p->readAllStandardError();
        QVERIFY2(err.contains("320010") && err.contains("TRENDLENS_KOBIS_KEY"), err.constData());
        QVERIFY(!err.contains("WRONG-KEY-999"));
        QCOMPARE(workspaceScalar(ws, QStringLiteral("SELECT count(*) FROM _tl_datasets")).toInt(),
                 0);
        QCOMPARE(workspaceScalar(ws, QStringLiteral("SELECT status FROM _tl_runs")).toString(),
                 QStringLiteral("failed"));
        QVERIFY(!workspaceScalar(ws, QStringLiteral("SELECT error FROM _tl_runs"))
                     .toString()
                     .contains("WRONG"));
    }

    // QT_LOGGING_RULES turns on each area's debug lines: the requests, with the key masked,
    // the workspace and its columns. The key is in none of them.
    void debugLogNamesRequestsNeverKeys() {
        qputenv("QT_LOGGING_RULES", "trendlens.*.debug=true");
        qputenv("QT_MESSAGE_PATTERN", "%{category}: %{message}");
        QProcess *p = fetch(m_dir.filePath(QStringLiteral("logged.trendlens")),
                            {QStringLiteral("--from"), QStringLiteral("20240101"),
                             QStringLiteral("--to"), QStringLiteral("20240101")});
        qunsetenv("QT_LOGGING_RULES");
        qunsetenv("QT_MESSAGE_PATTERN");
        QVERIFY(finish(p));
        QCOMPARE(p->exitCode(), 0);
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("trendlens.sources: GET ") + m_base +
                              QStringLiteral("/boxoffice/searchDailyBoxOfficeList.json?key=***&"
                                             "targetDt=20240101: 200,")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("trendlens.store: ")), qPrintable(err));
        QVERIFY(!err.contains(QLatin1String(kKey)));
    }

    void missingKeyNamesTheVariable() {
        QProcess *p = fetch(m_dir.filePath(QStringLiteral("no_key.trendlens")),
                            {QStringLiteral("--from"), QStringLiteral("20240101")}, QString());
        QVERIFY(finish(p));
        QCOMPARE(p->exitCode(), 2);
        QVERIFY(p->readAllStandardError().contains("set TRENDLENS_KOBIS_KEY"));
    }
};

QTEST_MAIN(TestKobis)
#include "tst_kobis.moc"

#include "WorkspaceQuery.h"
#include "store/Workspace.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace tl;

// fetch rest against a local TMDB-shaped API: a Bearer token from the environment, pages
// until an empty one, records flattened like a JSON import, history appended per run.
class TestRest : public QObject {
    Q_OBJECT

    QHttpServer m_server;
    QString m_base;
    QTemporaryDir m_dir;

    QProcess *run(const QStringList &args, const QString &token) {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (token.isEmpty())
            env.remove(QStringLiteral("TRENDLENS_TMDB_TOKEN"));
        else
            env.insert(QStringLiteral("TRENDLENS_TMDB_TOKEN"), token);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(TL_BINARY),
                 QStringList{QStringLiteral("fetch"), QStringLiteral("rest")} + args);
        return p;
    }

    static bool finish(QProcess *p) {
        return QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, 60000);
    }

private Q_SLOTS:
    void initTestCase() {
        m_server.route(QStringLiteral("/3/movie/popular"), [](const QHttpServerRequest &request) {
            if (request.value("Authorization") != "Bearer tmdb-secret-token")
                return QHttpServerResponse(QByteArray("{\"status_message\": \"Invalid API key\"}"),
                                           QHttpServerResponse::StatusCode::Unauthorized);
            const int page = request.query().queryItemValue(QStringLiteral("page")).toInt();
            QJsonArray results;
            for (int i = 0; page <= 2 && i < 20; ++i) {
                const int id = page * 100 + i;
                results.append(QJsonObject{
                    {QStringLiteral("id"), id},
                    {QStringLiteral("title"), QStringLiteral("영화 %1").arg(id)},
                    {QStringLiteral("popularity"), 10.5 * i},
                    {QStringLiteral("genre_ids"), QJsonArray{28, 12}},
                    {QStringLiteral("stats"), QJsonObject{{QStringLiteral("votes"), i}}}});
            }
            return QHttpServerResponse(
                QJsonObject{{QStringLiteral("page"), page}, {QStringLiteral("results"), results}});
        });
        const int port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    }

    void recipeWithTokenAndPages() {
        const QString ws = m_dir.filePath(QStringLiteral("rest.trendlens"));
        // The shipped example recipe, pointed at the local server.
        QFile shipped(QStringLiteral(TL_SOURCE_DIR "/resources/sources/tmdb_popular.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QJsonObject recipe = QJsonDocument::fromJson(shipped.readAll()).object();
        recipe.insert(QStringLiteral("url"),
                      QString(m_base + QStringLiteral("/3/movie/popular?language=ko-KR")));
        // Column types from the recipe win over inference ("stats.votes" holds integers).
        QJsonObject columns = recipe.value(QStringLiteral("columns")).toObject();
        columns.insert(QStringLiteral("stats.votes"), QStringLiteral("real"));
        recipe.insert(QStringLiteral("columns"), columns);
        const QString recipePath = m_dir.filePath(QStringLiteral("recipe.json"));
        QFile file(recipePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(recipe).toJson());
        file.close();

        QProcess *p = run({QStringLiteral("-w"), ws, QStringLiteral("--recipe"), recipePath},
                          QStringLiteral("tmdb-secret-token"));
        QVERIFY(finish(p));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        QVERIFY(p->readAllStandardOutput().contains("40 records from 2 pages into tmdb_popular"));
        QCOMPARE(workspaceScalar(ws, QStringLiteral("SELECT count(*) FROM tmdb_popular")).toInt(),
                 40);
        // Flattened like a JSON import: nested objects and short scalar arrays become columns.
        QCOMPARE(
            workspaceScalar(ws, QStringLiteral("SELECT sum(\"stats.votes\") FROM tmdb_popular"))
                .toInt(),
            2 * 190);
        QCOMPARE(
            workspaceScalar(
                ws, QStringLiteral("SELECT genre_ids_1 || typeof(id) FROM tmdb_popular LIMIT 1"))
                .toString(),
            QStringLiteral("28integer"));
        // Another run appends a snapshot (collected_at tells them apart).
        QProcess *again = run({QStringLiteral("-w"), ws, QStringLiteral("--recipe"), recipePath},
                              QStringLiteral("tmdb-secret-token"));
        QVERIFY(finish(again));
        QCOMPARE(again->exitCode(), 0);
        QCOMPARE(workspaceScalar(ws, QStringLiteral("SELECT count(*) FROM tmdb_popular")).toInt(),
                 80);
        QCOMPARE(workspaceScalar(ws, QStringLiteral("SELECT typeof(\"stats.votes\") || "
                                                    "typeof(popularity) FROM tmdb_popular "
                                                    "LIMIT 1"))
                     .toString(),
                 QStringLiteral("realreal"));
        // Each run is a source run: logged as rest (not as an import of a temporary file),
        // its rows stamped with its id.
        QCOMPARE(workspaceScalar(ws, QStringLiteral("SELECT group_concat(kind || ' ' || status || "
                                                    "' ' || rows, ', ') FROM _tl_runs"))
                     .toString(),
                 QStringLiteral("rest ok 40, rest ok 40"));
        QCOMPARE(workspaceScalar(ws, QStringLiteral("SELECT count(DISTINCT run_id) FROM "
                                                    "tmdb_popular WHERE run_id IN (SELECT id "
                                                    "FROM _tl_runs)"))
                     .toInt(),
                 2);
        QFile bytes(ws);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        const QByteArray stored = bytes.readAll();
        QVERIFY(!stored.contains("tmdb-secret-token"));
        QVERIFY(!stored.contains("records.ndjson"));
    }

    void missingTokenAndRefusal() {
        const QString ws = m_dir.filePath(QStringLiteral("nokey.trendlens"));
        const QStringList args{QStringLiteral("-w"),
                               ws,
                               QStringLiteral("--url"),
                               m_base + QStringLiteral("/3/movie/popular"),
                               QStringLiteral("--dataset"),
                               QStringLiteral("movies"),
                               QStringLiteral("--records"),
                               QStringLiteral("results"),
                               QStringLiteral("--header"),
                               QStringLiteral("Authorization: Bearer ${TRENDLENS_TMDB_TOKEN}")};
        QProcess *missing = run(args, QString());
        QVERIFY(finish(missing));
        QCOMPARE(missing->exitCode(), 2);
        QVERIFY(missing->readAllStandardError().contains("set TRENDLENS_TMDB_TOKEN"));
        QProcess *refused = run(args, QStringLiteral("wrong-token"));
        QVERIFY(finish(refused));
        QCOMPARE(refused->exitCode(), 3);
        const QByteArray err = refused->readAllStandardError();
        QVERIFY2(err.contains("HTTP 401"), err.constData());
        QVERIFY(!err.contains("wrong-token"));
    }
};

QTEST_MAIN(TestRest)
#include "tst_rest.moc"

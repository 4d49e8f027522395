#include "../pg/PgServer.h"
#include "../support/RemoteFixtures.h"
#include "engine/Engine.h"
#include "export/PublishJob.h"
#include "ingest/ImportJob.h"
#include "sources/SourceRun.h"
#include "store/Connection.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tl;

// `trendlens publish` and `trendlens connection` against a real PostgreSQL 15
// (pgtest::PgServer): every mode, the types and texts that must come back as they were,
// --since-run, the KOBIS mart's keys, the password kept out of the workspace, and a server
// that goes away in the middle.
class TestPublish : public QObject {
    Q_OBJECT

    pgtest::PgServer m_server;
    QTemporaryDir m_dir;
    QSqlDatabase m_pg;
    QString m_workspace;

    using Run = remotetest::Run;

    Run publish(const QStringList &arguments, const QString &workspace = {}) {
        return remotetest::trendlens(QStringList{QStringLiteral("publish"), QStringLiteral("-w"),
                                                 workspace.isEmpty() ? m_workspace : workspace} +
                                     arguments);
    }

    QVariant scalar(const QString &sql) {
        QSqlQuery q(m_pg);
        if (!q.exec(sql) || !q.next()) {
            qWarning() << sql << q.lastError().text();
            return QStringLiteral("error");
        }
        return q.value(0);
    }

    // NDJSON of rows id from..to (inclusive), named "v<version>-<id>".
    static QByteArray people(int from, int to, int version) {
        QByteArray out;
        for (int id = from; id <= to; ++id)
            out += QStringLiteral(R"({"id": %1, "name": "v%2-%1", "score": %3})")
                       .arg(id)
                       .arg(version)
                       .arg(id * 0.5)
                       .toUtf8() +
                   '\n';
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString why = m_server.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_pg = m_server.connect(QStringLiteral("pg"));
        QVERIFY2(m_pg.isOpen(), qPrintable(m_pg.lastError().text()));
        m_workspace = m_dir.filePath(QStringLiteral("w.trendlens"));
        // Korean, NULLs, every type, and texts with COPY's own characters in them.
        QVERIFY(remotetest::import(
            m_workspace, QStringLiteral("typed"),
            R"({"id": 1, "name": "서울의 봄", "day": "2024-02-29", "at": "2024-01-01T09:00:00.250Z", "score": 7.5, "flag": true, "note": "tab\there\nnew line \\ back\r", "meta": [1, {"영화": "괴물"}]}
{"id": 2, "name": null, "day": null, "at": null, "score": null, "flag": false, "note": "", "meta": null}
{"id": 3, "name": "Wonka", "day": "2023-12-31", "at": "2023-12-31T23:59:59Z", "score": -0.1, "flag": null, "note": "\\N", "meta": {"a": 1}}
)",
            m_dir.path()));
    }

    void cleanupTestCase() {
        m_pg.close();
        m_pg = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("pg"));
        m_server.stop();
    }

    void createMapsTypesAndKeepsValues() {
        const Run run = publish({QStringLiteral("typed"), QStringLiteral("--to"), m_server.url(),
                                 QStringLiteral("--table"), QStringLiteral("mart.typed")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("published 3 rows of 'typed' into mart.typed "
                                                   "on postgresql://trendlens@127.0.0.1:")),
                 qPrintable(run.out));
        QSqlQuery types(m_pg);
        QVERIFY(types.exec(QStringLiteral(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = "
            "'mart' AND table_name = 'typed' ORDER BY ordinal_position")));
        QStringList got;
        while (types.next())
            got.append(types.value(0).toString() + u' ' + types.value(1).toString());
        QCOMPARE(got, QStringList({"id bigint", "name text", "day date",
                                   "at timestamp with time zone", "score double precision",
                                   "flag boolean", "note text", "meta jsonb", "meta.a bigint"}));
        QCOMPARE(scalar(QStringLiteral("SELECT name FROM mart.typed WHERE id = 1")).toString(),
                 QStringLiteral("서울의 봄"));
        QCOMPARE(scalar(QStringLiteral("SELECT note FROM mart.typed WHERE id = 1")).toString(),
                 QStringLiteral("tab\there\nnew line \\ back\r"));
        QCOMPARE(scalar(QStringLiteral("SELECT note FROM mart.typed WHERE id = 3")).toString(),
                 QStringLiteral("\\N"));
        QCOMPARE(scalar(QStringLiteral("SELECT note FROM mart.typed WHERE id = 2")).toString(),
                 QString(""));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mart.typed WHERE name IS NULL AND "
                                       "day IS NULL AND at IS NULL AND score IS NULL AND meta "
                                       "IS NULL"))
                     .toInt(),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT to_char(at, 'YYYY-MM-DD HH24:MI:SS.MS') FROM "
                                       "mart.typed WHERE id = 1"))
                     .toString(),
                 QStringLiteral("2024-01-01 09:00:00.250"));
        QCOMPARE(scalar(QStringLiteral("SELECT day FROM mart.typed WHERE id = 1")).toDate(),
                 QDate(2024, 2, 29));
        QCOMPARE(scalar(QStringLiteral("SELECT score FROM mart.typed WHERE id = 3")).toDouble(),
                 -0.1);
        QCOMPARE(scalar(QStringLiteral("SELECT string_agg(CAST(flag AS text), ',' ORDER BY id) "
                                       "FROM mart.typed"))
                     .toString(),
                 QStringLiteral("true,false"));
        QCOMPARE(scalar(QStringLiteral("SELECT meta -> 1 ->> '영화' FROM mart.typed WHERE id = 1"))
                     .toString(),
                 QStringLiteral("괴물"));

        // Create never overwrites.
        const Run again = publish({QStringLiteral("typed"), QStringLiteral("--to"), m_server.url(),
                                   QStringLiteral("--table"), QStringLiteral("mart.typed")});
        QCOMPARE(again.code, 2);
        QVERIFY2(again.err.contains(QStringLiteral("mart.typed already exists")),
                 qPrintable(again.err));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mart.typed")).toInt(), 3);
    }

    void appendReplaceAndATableTheTeamMade() {
        const QString url = m_server.url();
        QVERIFY(publish({QStringLiteral("typed"), QStringLiteral("--to"), url}).code == 0);
        QVERIFY(publish({QStringLiteral("typed"), QStringLiteral("--to"), url,
                         QStringLiteral("--mode"), QStringLiteral("append")})
                    .code == 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM public.typed")).toInt(), 6);
        // A view on the table: replace empties it rather than dropping it.
        QVERIFY(QSqlQuery(m_pg).exec(
            QStringLiteral("CREATE VIEW typed_names AS SELECT name FROM public.typed")));
        const Run replaced = publish({QStringLiteral("typed"), QStringLiteral("--to"), url,
                                      QStringLiteral("--mode"), QStringLiteral("replace")});
        QVERIFY2(replaced.code == 0, qPrintable(replaced.err));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM typed_names")).toInt(), 3);

        // The DBA's table: other column order, narrower types, a column of its own.
        QVERIFY(QSqlQuery(m_pg).exec(QStringLiteral(
            "CREATE TABLE team_people (loaded_at timestamptz DEFAULT now(), name varchar(40), "
            "score real, id integer NOT NULL)")));
        QVERIFY(remotetest::import(m_workspace, QStringLiteral("people"), people(1, 5, 1),
                                   m_dir.path()));
        const Run appended = publish({QStringLiteral("people"), QStringLiteral("--to"), url,
                                      QStringLiteral("--table"), QStringLiteral("team_people"),
                                      QStringLiteral("--mode"), QStringLiteral("append")});
        QVERIFY2(appended.code == 0, qPrintable(appended.err));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM team_people WHERE loaded_at IS NOT "
                                       "NULL AND name LIKE 'v1-%'"))
                     .toInt(),
                 5);
        // A column the table does not have: named, and nothing is written.
        const Run missing = publish({QStringLiteral("typed"), QStringLiteral("--to"), url,
                                     QStringLiteral("--table"), QStringLiteral("team_people"),
                                     QStringLiteral("--mode"), QStringLiteral("append")});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("has no column 'day'")),
                 qPrintable(missing.err));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM team_people")).toInt(), 5);
    }

    void upsertAndSinceRun() {
        const QString url = m_server.url();
        QVERIFY(remotetest::import(m_workspace, QStringLiteral("scores"), people(1, 10, 1),
                                   m_dir.path()));
        const QStringList upsert{
            QStringLiteral("scores"), QStringLiteral("--to"),       url,
            QStringLiteral("--mode"), QStringLiteral("upsert"),     QStringLiteral("--key"),
            QStringLiteral("id"),     QStringLiteral("--since-run")};
        Run first = publish(upsert);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QStringLiteral("10 rows of 'scores'")) &&
                     first.out.contains(QStringLiteral("(0 replaced), from the start")),
                 qPrintable(first.out));
        // Ids 8..15 come again, 8..10 with new values: only they are sent, and 3 replace.
        QVERIFY(remotetest::import(m_workspace, QStringLiteral("scores"), people(8, 15, 2),
                                   m_dir.path(), true));
        const Run second = publish(upsert);
        QVERIFY2(second.code == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(QStringLiteral("8 rows of 'scores'")) &&
                     second.out.contains(QStringLiteral("(3 replaced), since the last publish")),
                 qPrintable(second.out));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM scores")).toInt(), 15);
        QCOMPARE(scalar(QStringLiteral("SELECT name FROM scores WHERE id = 9")).toString(),
                 QStringLiteral("v2-9"));
        const Run nothing = publish(upsert);
        QVERIFY(nothing.out.contains(QStringLiteral("published 0 rows")));

        // A full upsert now names ids 8..10 twice: refused, nothing changed.
        const Run twice = publish(upsert.mid(0, 7));
        QCOMPARE(twice.code, 2);
        QVERIFY2(twice.err.contains(QStringLiteral("the key (id) = (")) &&
                     twice.err.contains(QStringLiteral("comes 2 times")),
                 qPrintable(twice.err));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM scores")).toInt(), 15);

        // --since-run with append: each publish sends what came since.
        const QStringList append{
            QStringLiteral("people"),  QStringLiteral("--to"),       url,
            QStringLiteral("--table"), QStringLiteral("people_log"), QStringLiteral("--mode"),
            QStringLiteral("append"),  QStringLiteral("--since-run")};
        QVERIFY(publish(append).out.contains(QStringLiteral("5 rows")));
        QVERIFY(remotetest::import(m_workspace, QStringLiteral("people"), people(6, 7, 1),
                                   m_dir.path(), true));
        QVERIFY(publish(append).out.contains(QStringLiteral("published 2 rows")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM people_log")).toInt(), 7);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT id) FROM people_log")).toInt(), 7);

        QCOMPARE(publish({QStringLiteral("people"), QStringLiteral("--to"), url,
                          QStringLiteral("--since-run")})
                     .code,
                 2); // create would fail the second time: refused up front
    }

    // A source's dataset: --since-run follows its runs, and a re-fetched day (a new run that
    // replaced rows) is sent again; the KOBIS tables get the mart's keys and indexes.
    void kobisMartFollowsRuns() {
        const QString workspace = m_dir.filePath(QStringLiteral("kobis.trendlens"));
        using T = ColumnType;
        using R = ColumnRole;
        const Columns columns{Column::of("target_date", T::Date, R::Time),
                              Column::of("movie_cd", T::Text, R::Id),
                              Column::of("movie_nm", T::Text, R::Category),
                              Column::of("audi_cnt", T::Integer, R::Measure)};
        // A run of the source: a day's box office, and the details of a movie new to it.
        auto fetch = [&](const QList<QVariantList> &rows, const QVariantList &days,
                         const QList<QVariantList> &newMovies) {
            SourceRun run(workspace, QStringLiteral("kobis-daily"), {});
            if (!run.begin().ok())
                return false;
            if (!run.write(QStringLiteral("kobis_boxoffice_daily"), columns, rows,
                           {QStringLiteral("target_date"), days, {}})
                     .ok())
                return false;
            if (!run.write(QStringLiteral("kobis_movies"),
                           {Column::of("movie_cd", T::Text, R::Id),
                            Column::of("movie_nm", T::Text, R::Category)},
                           newMovies)
                     .ok())
                return false;
            return run.commit().ok();
        };
        QVERIFY(fetch(
            {{"2024-01-01", "20230001", "서울의 봄", 100}, {"2024-01-01", "20230002", "노량", 90}},
            {"2024-01-01"}, {{"20230001", "서울의 봄"}, {"20230002", "노량"}}));
        const QStringList mart{QStringLiteral("kobis_boxoffice_daily"),
                               QStringLiteral("kobis_movies"),
                               QStringLiteral("--to"),
                               m_server.url(QStringLiteral("postgres")),
                               QStringLiteral("--mode"),
                               QStringLiteral("upsert"),
                               QStringLiteral("--since-run")};
        const Run first = publish(mart, workspace);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kobis_boxoffice_daily")).toInt(), 2);
        // The day is fetched again (new figures), and the next day: both are new runs.
        QVERIFY(fetch(
            {{"2024-01-01", "20230001", "서울의 봄", 150}, {"2024-01-01", "20230002", "노량", 95}},
            {"2024-01-01"}, {}));
        QVERIFY(fetch(
            {{"2024-01-02", "20230001", "서울의 봄", 120}, {"2024-01-02", "20230003", "괴물", 80}},
            {"2024-01-02"}, {{"20230003", "괴물"}}));
        const Run second = publish(mart, workspace);
        QVERIFY2(second.code == 0, qPrintable(second.err));
        QVERIFY2(
            second.out.contains(QStringLiteral("published 4 rows of 'kobis_boxoffice_daily'")) &&
                second.out.contains(QStringLiteral("(2 replaced)")),
            qPrintable(second.out));
        QCOMPARE(scalar(QStringLiteral("SELECT sum(audi_cnt) FROM kobis_boxoffice_daily")).toInt(),
                 150 + 95 + 120 + 80);
        QCOMPARE(scalar(QStringLiteral("SELECT string_agg(movie_nm, ',' ORDER BY movie_cd) FROM "
                                       "kobis_movies"))
                     .toString(),
                 QStringLiteral("서울의 봄,노량,괴물"));
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT string_agg(indexdef, ' | ' ORDER BY indexname) FROM pg_indexes "
                            "WHERE tablename = 'kobis_boxoffice_daily'"))
                     .toString(),
                 QStringLiteral("CREATE INDEX kobis_boxoffice_daily_movie_cd_idx ON "
                                "public.kobis_boxoffice_daily USING btree (movie_cd) | CREATE "
                                "UNIQUE INDEX kobis_boxoffice_daily_pkey ON "
                                "public.kobis_boxoffice_daily USING btree (target_date, "
                                "movie_cd)"));
        QCOMPARE(scalar(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE tablename = "
                                       "'kobis_movies'"))
                     .toString(),
                 QStringLiteral("CREATE UNIQUE INDEX kobis_movies_pkey ON public.kobis_movies "
                                "USING btree (movie_cd)"));
        // The run log has each publish.
        const Run runs =
            remotetest::trendlens({QStringLiteral("runs"), QStringLiteral("-w"), workspace});
        QCOMPARE(runs.out.count(QStringLiteral("publish")), 2);
    }

    // A named connection whose password is the environment's: never in the workspace, the
    // run log or a message.
    void passwordsStayOutOfTheWorkspace() {
        const QByteArray secret = "pw-Tl-7731";
        QVERIFY(QSqlQuery(m_pg).exec(QStringLiteral("CREATE ROLE analyst LOGIN PASSWORD '%1'")
                                         .arg(QString::fromLatin1(secret))));
        QVERIFY(QSqlQuery(m_pg).exec(QStringLiteral("GRANT CREATE ON SCHEMA public TO analyst")));
        QVERIFY2(m_server.requirePassword(QStringLiteral("analyst")).isEmpty(),
                 qPrintable(m_server.log()));
        const QString url =
            QStringLiteral("postgresql://analyst@127.0.0.1:%1/postgres").arg(m_server.port());
        const Run added =
            remotetest::trendlens({QStringLiteral("connection"), QStringLiteral("add"),
                                   QStringLiteral("team"), url, QStringLiteral("-w"), m_workspace});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_dir.path()); // no ~/.pgpass
        const Run refused = remotetest::trendlens(
            {QStringLiteral("publish"), QStringLiteral("typed"), QStringLiteral("--to"),
             QStringLiteral("team"), QStringLiteral("--table"), QStringLiteral("analyst_typed"),
             QStringLiteral("-w"), m_workspace},
            environment);
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("cannot reach ") + url) &&
                     refused.err.trimmed().count(u'\n') == 0,
                 qPrintable(refused.err));
        environment.insert(QStringLiteral("PGPASSWORD"), QString::fromLatin1(secret));
        const Run published = remotetest::trendlens(
            {QStringLiteral("publish"), QStringLiteral("typed"), QStringLiteral("--to"),
             QStringLiteral("team"), QStringLiteral("--table"), QStringLiteral("analyst_typed"),
             QStringLiteral("-w"), m_workspace},
            environment);
        QVERIFY2(published.code == 0, qPrintable(published.err));
        QCOMPARE(scalar(QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename = "
                                       "'analyst_typed'"))
                     .toString(),
                 QStringLiteral("analyst"));
        // The connection by name for the other commands: test, datasets --db.
        const Run tested =
            remotetest::trendlens({QStringLiteral("connection"), QStringLiteral("test"),
                                   QStringLiteral("team"), QStringLiteral("-w"), m_workspace},
                                  environment);
        QVERIFY2(tested.code == 0 && tested.out.startsWith(url + QStringLiteral(": connected, ")),
                 qPrintable(tested.out + tested.err));
        const Run listedTables = remotetest::trendlens(
            {QStringLiteral("datasets"), QStringLiteral("--db"), QStringLiteral("team"),
             QStringLiteral("--json"), QStringLiteral("-w"), m_workspace},
            environment);
        QVERIFY2(listedTables.code == 0, qPrintable(listedTables.err));
        const QJsonArray tables = QJsonDocument::fromJson(listedTables.out.toUtf8()).array();
        bool seen = false;
        for (const QJsonValue &t : tables)
            if (t[QStringLiteral("name")].toString() == QStringLiteral("public.analyst_typed")) {
                seen = true;
                QCOMPARE(t[QStringLiteral("columns")].toArray().size(), 9);
                QCOMPARE(t[QStringLiteral("rows")].toInt(), 3);
            }
        QVERIFY2(seen, qPrintable(listedTables.out));

        // Without a keychain, --password-stdin adds nothing and says where passwords go.
        const Run stdinPassword = remotetest::trendlens(
            {QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("team2"), url,
             QStringLiteral("--password-stdin"), QStringLiteral("-w"), m_workspace},
            environment, secret + '\n');
        if (stdinPassword.code != 0) {
            QVERIFY2(stdinPassword.err.contains(QStringLiteral("PGPASSWORD")),
                     qPrintable(stdinPassword.err));
            QVERIFY(!stdinPassword.err.contains(QString::fromLatin1(secret)));
        }
        const Run listed =
            remotetest::trendlens({QStringLiteral("connection"), QStringLiteral("list"),
                                   QStringLiteral("-w"), m_workspace});
        QVERIFY(listed.out.startsWith(QStringLiteral("team\t") + url));
        QVERIFY(!listed.out.contains(QString::fromLatin1(secret)));

        QDirIterator files(m_dir.path(), QDir::Files);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
        }
        const Run removed =
            remotetest::trendlens({QStringLiteral("connection"), QStringLiteral("remove"),
                                   QStringLiteral("team"), QStringLiteral("-w"), m_workspace});
        QCOMPARE(removed.code, 0);
        QCOMPARE(remotetest::trendlens({QStringLiteral("publish"), QStringLiteral("typed"),
                                        QStringLiteral("--to"), QStringLiteral("team"),
                                        QStringLiteral("-w"), m_workspace})
                     .code,
                 2);
    }

    // Cancelled half-way: the server rolls back, no table appears.
    void cancelLeavesNothing() {
        QByteArray many;
        for (int i = 0; i < 60000; ++i)
            many += QStringLiteral(R"({"id": %1, "name": "행 %1"})").arg(i).toUtf8() + '\n';
        QVERIFY(remotetest::import(m_workspace, QStringLiteral("many"), many, m_dir.path()));
        PublishOptions options;
        options.datasets = {QStringLiteral("many")};
        PublishJob job(m_workspace, m_server.url(), options);
        qint64 seen = 0;
        job.setProgress([&](qint64 done, qint64) {
            seen = done;
            if (done >= 20000)
                job.cancel();
        });
        PublishResult result;
        const Status status = job.run(result);
        QCOMPARE(status.kind(), ErrorKind::Cancelled);
        QVERIFY(seen >= 20000 && seen < 60000);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'many'"))
                     .toInt(),
                 0);
        const Run runs =
            remotetest::trendlens({QStringLiteral("runs"), QStringLiteral("-w"), m_workspace});
        QVERIFY2(runs.out.contains(QStringLiteral("cancelled")), qPrintable(runs.out));
    }

    // The server goes away mid-publish and mid-query: one line each, nothing published.
    void serverDiesMidway() {
        pgtest::PgServer doomed;
        const QString why = doomed.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        {
            // The table is held by another session, so the publish waits inside its COPY.
            QSqlDatabase holder = doomed.connect(QStringLiteral("holder"));
            QVERIFY(holder.isOpen());
            QSqlQuery hold(holder);
            QVERIFY(hold.exec(QStringLiteral("CREATE TABLE typed (id bigint, name text, day date, "
                                             "at timestamptz, score float8, flag boolean, note "
                                             "text, meta jsonb, \"meta.a\" bigint)")));
            QVERIFY(hold.exec(QStringLiteral("BEGIN")));
            QVERIFY(hold.exec(QStringLiteral("LOCK TABLE typed IN ACCESS EXCLUSIVE MODE")));
            QProcess publishing;
            publishing.start(QStringLiteral(TL_BINARY),
                             {QStringLiteral("publish"), QStringLiteral("typed"),
                              QStringLiteral("--to"), doomed.url(), QStringLiteral("--mode"),
                              QStringLiteral("append"), QStringLiteral("-w"), m_workspace});
            QVERIFY(publishing.waitForStarted());
            const bool copying = waitForCopy(doomed);
            if (!copying)
                publishing.waitForFinished(1000);
            QVERIFY2(copying, publishing.readAllStandardError().constData());
            doomed.stop();
            QVERIFY(publishing.waitForFinished(30000));
            QCOMPARE(publishing.exitCode(), 3);
            const QByteArray said = publishing.readAllStandardError().trimmed();
            QVERIFY2(said.startsWith("trendlens: postgresql://") && !said.contains('\n') &&
                         said.endsWith("nothing was published"),
                     said.constData());
            holder.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        const Run runs =
            remotetest::trendlens({QStringLiteral("runs"), QStringLiteral("-w"), m_workspace});
        QVERIFY2(runs.out.contains(QStringLiteral("failed")), qPrintable(runs.out));

        // A query running on a server that stops.
        const QString again = doomed.start();
        QVERIFY2(again.isEmpty(), qPrintable(again));
        QProcess querying;
        querying.start(QStringLiteral(TL_BINARY),
                       {QStringLiteral("sql"), QStringLiteral("--db"), doomed.url(),
                        QStringLiteral("SELECT pg_sleep(60)")});
        QVERIFY(querying.waitForStarted());
        QThread::msleep(1500);
        doomed.stop();
        QVERIFY(querying.waitForFinished(30000));
        QVERIFY(querying.exitCode() != 0);
        const QByteArray said = querying.readAllStandardError().trimmed();
        QVERIFY2(said.startsWith("trendlens: ") && !said.contains('\n') &&
                     said.contains("terminat"),
                 said.constData());
    }

private:
    // Until a COPY waits on `server` (another connection's view of pg_stat_activity).
    static bool waitForCopy(pgtest::PgServer &server) {
        bool waiting = false;
        {
            QSqlDatabase watch = server.connect(QStringLiteral("watch"));
            for (int i = 0; i < 300 && !waiting && watch.isOpen(); ++i) {
                QSqlQuery q(watch);
                waiting = q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                                "query LIKE 'COPY %' AND wait_event_type = "
                                                "'Lock'")) &&
                          q.next() && q.value(0).toInt() > 0;
                if (!waiting)
                    QThread::msleep(100);
            }
            watch.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("watch"));
        return waiting;
    }
};

QTEST_GUILESS_MAIN(TestPublish)
#include "tst_publish.moc"

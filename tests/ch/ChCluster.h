#pragma once

// A real ClickHouse cluster for the tests, from Debian's clickhouse-server (18.16): servers
// on 127.0.0.1 at free ports, each with its own folder, config and data, and all of them
// listed as the shards of cluster `team` in every server's remote_servers. The servers show
// times in Asia/Seoul, as a Korean team's would, so nothing passes by being in UTC. User
// `analyst` logs in with a password; `default` has none. Stopped and removed at the end.

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <memory>
#include <vector>

#include <csignal>
#include <sys/prctl.h>

namespace chtest {

class ChCluster {
public:
    static constexpr const char *kPassword = "Seoul-2024";

    struct Server {
        int http = 0;
        int tcp = 0;
        QString dir;
        std::unique_ptr<QProcess> process;
    };

    ChCluster() = default;
    ChCluster(const ChCluster &) = delete;
    ChCluster &operator=(const ChCluster &) = delete;
    ~ChCluster() {
        for (std::size_t i = 0; i < m_servers.size(); ++i)
            stop(int(i));
    }

    // Empty when `count` servers answer; else why not.
    QString start(int count) {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        std::vector<QTcpServer> probes(std::size_t(count) * 2);
        for (QTcpServer &probe : probes) // free ports, all held until every one is chosen
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return QStringLiteral("no free port");
        for (int i = 0; i < count; ++i) {
            Server server;
            server.http = probes[std::size_t(i) * 2].serverPort();
            server.tcp = probes[std::size_t(i) * 2 + 1].serverPort();
            server.dir = m_dir.filePath(QStringLiteral("server%1").arg(i));
            m_servers.push_back(std::move(server));
        }
        for (QTcpServer &probe : probes)
            probe.close();
        for (int i = 0; i < count; ++i)
            if (QString why = launch(i); !why.isEmpty())
                return why;
        return {};
    }

    // Stops a server at once, like one that dies; restart() brings it back with its data.
    void stop(int i) {
        Server &server = m_servers[std::size_t(i)];
        if (!server.process)
            return;
        server.process->kill();
        server.process->waitForFinished(10000);
        server.process.reset();
    }
    QString restart(int i) { return launch(i); }

    int size() const { return int(m_servers.size()); }
    int httpPort(int i) const { return m_servers[std::size_t(i)].http; }
    QString dataPath(int i) const {
        return m_servers[std::size_t(i)].dir + QStringLiteral("/data");
    }
    QString url(int i, const QString &user = QStringLiteral("default")) const {
        return QStringLiteral("clickhouse://%1@127.0.0.1:%2/default").arg(user).arg(httpPort(i));
    }

    // Statements run the way a DBA would, through clickhouse-client on server `i`; its output,
    // or why it failed as "ERROR: …".
    QString client(int i, const QString &sql) const {
        QProcess process;
        process.start(QStringLiteral("clickhouse-client"),
                      {QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("--port"), QString::number(m_servers[std::size_t(i)].tcp),
                       QStringLiteral("--multiquery"), QStringLiteral("--query"), sql});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return QStringLiteral("ERROR: ") + QString::fromUtf8(process.readAllStandardError());
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    QString errors(int i) const {
        QFile f(m_servers[std::size_t(i)].dir + QStringLiteral("/error.log"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(4000)) : QString();
    }

private:
    QString launch(int i) {
        Server &server = m_servers[std::size_t(i)];
        QDir().mkpath(server.dir + QStringLiteral("/data"));
        QDir().mkpath(server.dir + QStringLiteral("/tmp"));
        QString shards;
        for (const Server &s : m_servers)
            shards += QStringLiteral("<shard><replica><host>127.0.0.1</host><port>%1</port>"
                                     "</replica></shard>")
                          .arg(s.tcp);
        QFile config(server.dir + QStringLiteral("/config.xml"));
        if (!config.open(QIODevice::WriteOnly))
            return config.errorString();
        config.write(QStringLiteral("<yandex><logger><level>warning</level><log>%1/server.log</log>"
                                    "<errorlog>%1/error.log</errorlog></logger>"
                                    "<http_port>%2</http_port><tcp_port>%3</tcp_port>"
                                    "<listen_host>127.0.0.1</listen_host>"
                                    "<path>%1/data/</path><tmp_path>%1/tmp/</tmp_path>"
                                    "<users_config>users.xml</users_config>"
                                    "<timezone>Asia/Seoul</timezone>"
                                    "<mark_cache_size>67108864</mark_cache_size>"
                                    "<remote_servers><team>%4</team></remote_servers></yandex>")
                         .arg(server.dir)
                         .arg(server.http)
                         .arg(server.tcp)
                         .arg(shards)
                         .toUtf8());
        config.close();
        QFile users(server.dir + QStringLiteral("/users.xml"));
        if (!users.open(QIODevice::WriteOnly))
            return users.errorString();
        const QString user =
            QStringLiteral("<%1><password>%2</password><networks><ip>127.0.0.1</ip></networks>"
                           "<profile>default</profile><quota>default</quota></%1>");
        users.write(("<yandex><profiles><default></default></profiles><users>" +
                     user.arg(QStringLiteral("default"), QString()) +
                     user.arg(QStringLiteral("analyst"), QLatin1String(kPassword)) +
                     "</users><quotas><default></default></quotas></yandex>")
                        .toUtf8());
        users.close();
        server.process = std::make_unique<QProcess>();
        server.process->setProcessChannelMode(QProcess::MergedChannels);
        server.process->setStandardOutputFile(server.dir + QStringLiteral("/stdout.log"));
        // A test that crashes takes its servers with it, rather than leaving them running.
        server.process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        server.process->start(QStringLiteral("clickhouse-server"),
                              {QStringLiteral("--config-file=%1/config.xml").arg(server.dir)});
        if (!server.process->waitForStarted(10000))
            return QStringLiteral("clickhouse-server: ") + server.process->errorString();
        // Ready when its HTTP interface answers /ping.
        QElapsedTimer waited;
        waited.start();
        QNetworkAccessManager manager;
        while (waited.elapsed() < 60000) {
            std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(
                QUrl(QStringLiteral("http://127.0.0.1:%1/ping").arg(server.http)))));
            QEventLoop loop;
            QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            if (reply->readAll().startsWith("Ok"))
                return {};
            if (server.process->state() == QProcess::NotRunning)
                return QStringLiteral("clickhouse-server stopped: ") + errors(i);
            QThread::msleep(100);
        }
        return QStringLiteral("clickhouse-server did not answer in 60 s: ") + errors(i);
    }

    QTemporaryDir m_dir;
    std::vector<Server> m_servers;
};

} // namespace chtest

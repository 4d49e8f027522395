#pragma once

// A real PostgreSQL 15 server for the tests, from Debian's postgresql-15: initdb in a
// temporary folder, started on 127.0.0.1 at a free port with its socket in that folder, and
// stopped and removed at the end. PostgreSQL refuses to run as root, so under root the server
// runs as the `postgres` user the package made.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>

#include <unistd.h>

namespace pgtest {

class PgServer {
public:
    static constexpr const char *kBin = "/usr/lib/postgresql/15/bin";
    static constexpr const char *kUser = "trendlens";

    PgServer() = default;
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;
    ~PgServer() { stop(); }

    // Empty when it runs; else why not. A stopped server starts again with its data.
    QString start() {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        QTcpServer probe; // a free port: the kernel's pick, released at once
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return QStringLiteral("no free port");
        m_port = probe.serverPort();
        probe.close();
        if (::geteuid() == 0) {
            QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir.path()});
        }
        // Started again after a stop: the same data, on a new port.
        const bool made = QFile::exists(data() + QStringLiteral("/PG_VERSION"));
        if (QString why = made ? QString()
                               : run(QStringLiteral("initdb"),
                                     {QStringLiteral("-D"), data(), QStringLiteral("-U"),
                                      QLatin1String(kUser), QStringLiteral("--auth=trust"),
                                      QStringLiteral("-E"), QStringLiteral("UTF8"),
                                      QStringLiteral("--locale=C.UTF-8")});
            !why.isEmpty())
            return why;
        return run(QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), data(), QStringLiteral("-l"),
                    m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                    QStringLiteral("-o"),
                    QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                        .arg(m_port)
                        .arg(m_dir.path()),
                    QStringLiteral("start")});
    }

    // Stops at once (a test's data need not survive), like a server that dies.
    void stop() {
        if (m_port == 0 || !QFile::exists(data() + QStringLiteral("/postmaster.pid")))
            return;
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), data(), QStringLiteral("-m"), QStringLiteral("immediate"),
             QStringLiteral("-w"), QStringLiteral("stop")});
    }

    // Makes `role` log in over TCP with its password (scram-sha-256) while every other role
    // stays trusted; empty when the server took the change.
    QString requirePassword(const QString &role) {
        QFile hba(data() + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::ReadWrite))
            return hba.errorString();
        const QByteArray rest = hba.readAll();
        hba.seek(0);
        hba.write(QStringLiteral("host all %1 127.0.0.1/32 scram-sha-256\n").arg(role).toUtf8() +
                  rest);
        hba.close();
        return run(QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), data(), QStringLiteral("reload")});
    }

    // A Qt connection named `name` to its `postgres` database, as the test's own user, in
    // UTC; not open when the server refused (lastError() says why).
    QSqlDatabase connect(const QString &name) const {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(QLatin1String(kUser));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (db.open())
            QSqlQuery(db).exec(QStringLiteral("SET TIME ZONE 'UTC'"));
        return db;
    }

    int port() const { return m_port; }
    QString url(const QString &database = QStringLiteral("postgres")) const {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
            .arg(QLatin1String(kUser))
            .arg(m_port)
            .arg(database);
    }
    QString log() const {
        QFile f(m_dir.filePath(QStringLiteral("server.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private:
    QString data() const { return m_dir.filePath(QStringLiteral("data")); }

    // One of the server's programs, as the user the server runs as; empty when it succeeded.
    QString run(const QString &program, const QStringList &arguments) const {
        const QString path = QLatin1String(kBin) + u'/' + program;
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (::geteuid() == 0)
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                      QStringLiteral("--"), path} +
                              arguments);
        else
            process.start(path, arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0)
            return program + QStringLiteral(": ") + QString::fromLocal8Bit(process.readAll());
        return {};
    }

    QTemporaryDir m_dir;
    int m_port = 0;
};

} // namespace pgtest

// A 365-day KOBIS backfill against a local server at a set rate limit: the wall time should be
// the rate limit's floor (requests / rate) plus a small overhead. The server runs on its own
// thread and answers every day from the fixture's shape (one fixture day, re-dated).
#include "sources/kobis/KobisDailySource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTemporaryDir>
#include <QThread>
#include <QUrlQuery>

#include <cstdio>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: trendlens_fetchbench FIXTURES_DIR REQUESTS_PER_SECOND\n");
        return 2;
    }
    const QString fixtures = QString::fromLocal8Bit(argv[1]);
    const double rate = QString::fromLocal8Bit(argv[2]).toDouble();
    QFile day(fixtures + QStringLiteral("/kobis/daily/20240101.json"));
    if (!day.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray body = day.readAll();

    QThread serverThread;
    auto *server = new QHttpServer;
    server->route(QStringLiteral("/boxoffice/searchDailyBoxOfficeList.json"),
                  [body](const QHttpServerRequest &) {
                      return QHttpServerResponse(QByteArrayLiteral("application/json"), body);
                  });
    server->moveToThread(&serverThread);
    serverThread.start();
    int port = 0;
    QMetaObject::invokeMethod(
        server, [&] { port = server->listen(QHostAddress::LocalHost, 0); },
        Qt::BlockingQueuedConnection);

    QTemporaryDir dir;
    tl::KobisOptions options;
    options.from = QDate(2023, 1, 1);
    options.to = QDate(2023, 12, 31);
    options.details = false;
    options.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    options.policy.requestsPerSecond = rate;
    tl::KobisDailySource source(dir.filePath(QStringLiteral("b.trendlens")), options,
                                QStringLiteral("bench-key"));
    QElapsedTimer timer;
    timer.start();
    tl::KobisResult result;
    const tl::Status status = source.run(result);
    const double seconds = timer.nsecsElapsed() / 1e9;
    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    if (!status) {
        std::fprintf(stderr, "%s\n", qPrintable(status.message()));
        return 1;
    }
    const double floor = (result.requests - 1) / rate;
    std::printf("  365-day KOBIS backfill at %.0f requests/s: %lld requests, %lld rows\n", rate,
                static_cast<long long>(result.requests), static_cast<long long>(result.rows));
    std::printf("  wall time %.2f s; rate-limit floor %.2f s; overhead %.1f %% (target < 5 %%)\n",
                seconds, floor, 100 * (seconds - floor) / floor);
    return 0;
}

#include "Secrets.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace tl {

namespace {

const QString kService = QStringLiteral("Trendlens");

// A secret service that does not answer must not hang a fetch or a cron run.
constexpr int kKeychainTimeoutMs = 5000;

QString tr(const char *text) {
    return QCoreApplication::translate("tl::Secrets", text);
}

// Runs a keychain job to its end (jobs answer through the event loop, which this thread may
// not be running).
bool finish(QKeychain::Job &job) {
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!done)
        loop.exec();
    return done;
}

} // namespace

Status Secrets::find(const QString &variable, const QString &source, QString &key) {
    key = qEnvironmentVariable(variable.toLatin1().constData()).trimmed();
    if (key.isEmpty())
        key = fromKeychain(variable);
    if (!key.isEmpty())
        return Status::success();
    return Status::badInput(
        tr("%1 needs an API key: set %2 (or store it in the keychain from the fetch dialog)")
            .arg(source, variable));
}

QString Secrets::fromKeychain(const QString &variable) {
    QKeychain::ReadPasswordJob job(kService);
    job.setInsecureFallback(false);
    job.setKey(variable);
    if (!finish(job) || job.error() != QKeychain::NoError)
        return {};
    return job.textData().trimmed();
}

Status Secrets::store(const QString &variable, const QString &key) {
    QKeychain::WritePasswordJob job(kService);
    job.setInsecureFallback(false);
    job.setKey(variable);
    job.setTextData(key);
    if (!finish(job))
        return Status::sourceError(tr("the keychain did not answer; the key is used for this "
                                      "session only"));
    if (job.error() != QKeychain::NoError)
        return Status::sourceError(tr("the keychain refused the key (%1); it is used for this "
                                      "session only")
                                       .arg(job.errorString()));
    return Status::success();
}

} // namespace tl

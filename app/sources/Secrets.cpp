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

// What a keychain job answered, if it answered in time.
struct Answer {
    bool done = false;
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QString text;
};

// Runs a keychain job to its end (jobs answer through the event loop, which this thread may
// not be running). A job that does not answer in time is left to finish and delete itself:
// QtKeychain keeps queued jobs, and destroying one it still holds crashed a later event loop
// of the same thread.
Answer run(QKeychain::Job *job) {
    Answer answer;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&answer, &loop](QKeychain::Job *j) {
        answer.done = true;
        answer.error = j->error();
        answer.errorString = j->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
            answer.text = read->textData();
        loop.quit();
    });
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    job->setAutoDelete(true);
    job->start();
    if (!answer.done)
        loop.exec();
    return answer;
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
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setInsecureFallback(false);
    job->setKey(variable);
    const Answer answer = run(job);
    if (!answer.done || answer.error != QKeychain::NoError)
        return {};
    return answer.text.trimmed();
}

Status Secrets::store(const QString &variable, const QString &key) {
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setInsecureFallback(false);
    job->setKey(variable);
    job->setTextData(key);
    const Answer answer = run(job);
    if (!answer.done)
        return Status::sourceError(tr("the keychain did not answer; the key is used for this "
                                      "session only"));
    if (answer.error != QKeychain::NoError)
        return Status::sourceError(tr("the keychain refused the key (%1); it is used for this "
                                      "session only")
                                       .arg(answer.errorString));
    return Status::success();
}

void Secrets::forget(const QString &variable) {
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setInsecureFallback(false);
    job->setKey(variable);
    run(job);
}

} // namespace tl

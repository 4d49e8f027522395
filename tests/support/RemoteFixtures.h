#pragma once

// What the tests of team databases share: the trendlens command run as an analyst would run
// it (TL_BINARY), and rows imported into a workspace dataset.

#include "ingest/ImportJob.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace remotetest {

struct Run {
    int code = -1; // -1: it did not finish in two minutes
    QString out;
    QString err;
};

inline Run
trendlens(const QStringList &arguments,
          const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
          const QByteArray &input = {}) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TL_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.code = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Imports `ndjson` into `dataset` of `workspace` (appending when it exists), through a file
// in `folder`.
inline bool import(const QString &workspace, const QString &dataset, const QByteArray &ndjson,
                   const QString &folder, bool append = false) {
    const QString file =
        folder +
        QStringLiteral("/%1-%2.ndjson").arg(dataset).arg(QDateTime::currentMSecsSinceEpoch());
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(ndjson);
    f.close();
    tl::ImportOptions options;
    options.files = {file};
    options.dataset = dataset;
    options.mode = append ? tl::ImportMode::Append : tl::ImportMode::Create;
    tl::ImportResult result;
    const tl::Status s = tl::ImportJob(workspace, options).run(result);
    if (!s)
        qWarning() << s.message();
    return s.ok();
}

} // namespace remotetest

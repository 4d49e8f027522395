#pragma once

// What the tests of team databases share: the trendlens command run as an analyst would run
// it (TL_BINARY), rows imported into a workspace dataset, and a chart's data compared across
// engines.

#include "engine/Engine.h"
#include "export/CsvWriter.h"
#include "ingest/ImportJob.h"

#include <QBuffer>

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <algorithm>
#include <cmath>

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

// A chart's data on `engine` as CSV, or why it failed.
inline QString chartCsv(const tl::Engine &engine, const tl::ChartSpec &spec,
                        const tl::ChartRunner::Options &options) {
    auto reader = engine.openReader();
    if (!reader)
        return reader.status().message();
    tl::ChartData data;
    if (tl::Status s = reader.value()->runChart(spec, data, options); !s)
        return s.message();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    tl::CsvWriter writer(buffer);
    data.writeCsv(writer);
    return QString::fromUtf8(buffer.data());
}

// The same cells; numbers within a billionth of each other (a server's numeric avg, sums
// over shards added in another order).
inline bool sameTable(const QString &a, const QString &b) {
    const QStringList left = a.split(u'\n'), right = b.split(u'\n');
    if (left.size() != right.size())
        return false;
    for (qsizetype i = 0; i < left.size(); ++i) {
        const QStringList l = left[i].split(u','), r = right[i].split(u',');
        if (l.size() != r.size())
            return false;
        for (qsizetype j = 0; j < l.size(); ++j) {
            bool lok = false, rok = false;
            const double x = l[j].toDouble(&lok), y = r[j].toDouble(&rok);
            if (lok && rok ? std::abs(x - y) > 1e-9 * std::max(1.0, std::abs(x)) : l[j] != r[j])
                return false;
        }
    }
    return true;
}

} // namespace remotetest

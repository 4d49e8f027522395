#pragma once

#include "core/ColumnType.h"
#include "core/Status.h"
#include "sources/HttpClient.h"
#include "sources/Source.h"
#include "sources/SourceCatalog.h"

#include <QStringList>

#include <atomic>

class QFile;

namespace tl {

class SourceRun;

// Any JSON API: GET `url` (pages 1..N through `pageParam` when given, stopping at an empty
// page), take the array at `recordsPath` ("results", "data.items"; empty: the top-level
// array), and store the records flattened exactly as a JSON import would (parent.child,
// name_1..n, types inferred), each stamped with collected_at, into `dataset` — appended, so
// repeated runs build a history. Header values may name environment variables as ${NAME}
// (tokens): they are expanded in memory and never stored.
struct RestOptions {
    QString url;
    QString recordsPath;
    QString dataset;
    QStringList headers; // "Name: value"
    QString pageParam;
    int pages = 1;
    QHash<QString, ColumnType> columnTypes; // by column name; others are inferred
    HttpPolicy policy;

    // A recipe file (JSON): {"dataset", "url", "records", "headers": {name: value},
    // "page_param", "pages", "columns": {name: type}}. The shipped example reads TMDB's popular
    // movies.
    static Status fromRecipe(const QString &path, RestOptions &out);
};

struct RestResult {
    int pages = 0;
    qint64 rows = 0;
};

class RestSource : public Source {
public:
    RestSource(QString workspacePath, RestOptions options);

    static SourceDescription description();

    void setProgress(Progress progress) override { m_progress = std::move(progress); }
    void cancel() override { m_cancelled = true; }
    Status run(SourceReport &report) override;
    Status run(RestResult &result);

private:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    Status requestHeaders(Headers &headers, QStringList &names) const;
    Status fetchPages(const Headers &headers, qint64 runId, QFile &records, RestResult &result);
    Status importRecords(const QString &file, const QJsonObject &params, SourceRun &run);

    QString m_path;
    RestOptions m_options;
    Progress m_progress;
    std::atomic<bool> m_cancelled{false};
};

} // namespace tl

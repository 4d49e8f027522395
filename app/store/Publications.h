#pragma once

#include "core/Status.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace tl {

// How far a dataset was published into one table of one server (`_tl_publications`), so
// `publish --since-run` sends only what came later. The mark is the last run id for a
// source's dataset (its rows carry run_id, and a re-fetched day's rows are a new run's), else
// the last rowid (imports only ever append; SQLite may reuse a deleted row's rowid, but
// nothing deletes from an imported dataset). A dataset made again from scratch has another
// creation time and starts over.
struct Publication {
    QString dataset;
    QString target; // the server's address, never with a password
    QString table;
    QString datasetCreated;
    qint64 mark = 0;    // a run id or a rowid, as above
    qint64 lastRun = 0; // the workspace's latest run (not a publish) at the time
    qint64 rows = 0;    // rows sent by that publish
    QDateTime publishedAt;
};

class Publications {
public:
    explicit Publications(QSqlDatabase db)
        : m_db(std::move(db)) {}

    Result<std::optional<Publication>> find(const QString &dataset, const QString &target,
                                            const QString &table) const;
    // Records `publication` (inside the caller's transaction).
    Status save(const Publication &publication);

private:
    QSqlDatabase m_db;
};

} // namespace tl

#pragma once

#include "core/ColumnType.h"
#include "core/Status.h"
#include "ingest/Sniffer.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace tl {

enum class OnError { Abort, Skip };
// What to do when the target dataset exists: refuse, add rows, or start over.
enum class ImportMode { Create, Append, Replace };

// A column of the first file as the user set it in the import dialog: a new name and/or a
// type to start from. A value that does not fit the chosen type still widens the column, so
// nothing is lost.
struct ColumnOverride {
    QString name; // empty: keep the file's name
    std::optional<ColumnType> type;
};

struct ImportOptions {
    QStringList files;  // all go into one dataset, in one transaction
    QString dataset;    // empty: named after the first file
    SniffOptions sniff; // overrides; empty fields are guessed per file
    OnError onError = OnError::Abort;
    ImportMode mode = ImportMode::Create;
    QString sourceKind = QStringLiteral("file"); // recorded in the catalog
    QJsonObject sourceParams;                    // merged into the catalog's provenance
    QList<ColumnOverride> columnOverrides;       // by position in the first file
    QHash<QString, ColumnType> typesByName;      // by name, in any file (a source's recipe)
    // The input is a network source's temporary file: that source logs the run itself, and the
    // file is not the dataset's provenance.
    bool forSourceRun = false;
    // Runs inside the import's last transaction, just before it commits, on its connection:
    // what must be stored with the rows or not at all (a Kafka consumer's offsets).
    std::function<Status(QSqlDatabase &db)> beforeCommit;
};

struct ImportResult {
    QString dataset;
    qint64 rows = 0;      // rows added by this import
    qint64 totalRows = 0; // rows in the dataset afterwards
    qint64 skipped = 0;   // records left out (--on-error skip)
    QStringList problems; // "file: line N: why", the first few
    Columns columns;
    QList<SniffResult> sniffed; // per file, what was detected
};

// A default dataset name from a file name: its base name with anything but letters, digits
// and '_' replaced, so it reads well in SQL ("reviews 2024.csv" → reviews_2024).
QString datasetNameForFile(const QString &path);

} // namespace tl

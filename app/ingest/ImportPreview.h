#pragma once

#include "core/ColumnType.h"
#include "core/Status.h"
#include "ingest/Sniffer.h"

#include <QList>
#include <QStringList>

namespace tl {

// What the import dialog shows before anything is written: the detected settings, the raw
// first lines as decoded text, and the first rows as the import will store them with the
// column names and types the import would use. Rebuilt whenever the user changes a setting.
struct ImportPreview {
    SniffResult sniff;
    QString rawText;         // the first kRawLines lines, decoded
    Columns columns;         // names as they will be, inferred types and roles
    QList<QStringList> rows; // at most maxRows, as they will be stored (dates as ISO, …)
    QStringList problems;    // "line N: why" for records the reader could not read
    bool moreRows = false;   // the file holds more than `rows`

    static constexpr int kRawLines = 30;

    static Status build(const QString &path, const SniffOptions &options, int maxRows,
                        ImportPreview &out);
};

} // namespace tl

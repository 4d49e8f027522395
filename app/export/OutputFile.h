#pragma once

#include "core/Status.h"

#include <QFile>
#include <QSaveFile>

#include <memory>

namespace tl {

// A file an export writes (CSV, a chart picture). A regular file is written to a temporary
// file beside it and renamed over it on commit(), so a failed or cancelled export leaves any
// earlier file as it was; a device or pipe (/dev/stdout, a FIFO) is written directly. Either
// way every write error (a full disk, /dev/full) fails commit() with the path and the reason.
// The workspace itself, its -wal/-shm/-journal files and the files being read are refused.
class OutputFile {
public:
    explicit OutputFile(QString path);

    // `protectedPaths`: files this export must never replace (the workspace, inputs).
    Status open(const QStringList &protectedPaths);
    QIODevice &device();
    Status commit();
    // Drops what was written (a cancelled export); an earlier file stays.
    void cancel();

    // The workspace file and the files SQLite keeps beside it.
    static QStringList workspaceFiles(const QString &workspacePath);

private:
    Status failure(const QString &reason) const;

    QString m_path;
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_direct;
};

} // namespace tl

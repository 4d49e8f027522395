#include "OutputFile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::OutputFile", text);
}

// Where a path really leads: symlinks and "..", resolved as far as the file exists.
QString resolved(const QString &path) {
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

} // namespace

OutputFile::OutputFile(QString path)
    : m_path(std::move(path)) {
}

QStringList OutputFile::workspaceFiles(const QString &workspacePath) {
    return {workspacePath, workspacePath + QStringLiteral("-wal"),
            workspacePath + QStringLiteral("-shm"), workspacePath + QStringLiteral("-journal")};
}

Status OutputFile::failure(const QString &reason) const {
    return Status::internal(tr("%1: cannot write (%2); nothing was written").arg(m_path, reason));
}

Status OutputFile::open(const QStringList &protectedPaths) {
    const QString target = resolved(m_path);
    for (const QString &guarded : protectedPaths) {
        if (!guarded.isEmpty() && resolved(guarded) == target)
            return Status::badInput(
                tr("%1: refusing to write over %2, which this command reads").arg(m_path, guarded));
    }
    const QFileInfo info(m_path);
    if (info.exists() && info.isDir())
        return Status::badInput(tr("%1: is a directory").arg(m_path));
    if (info.exists() && !info.isFile()) {
        // A device or a pipe cannot be replaced by a rename: write to it as it is.
        m_direct = std::make_unique<QFile>(m_path);
        if (!m_direct->open(QIODevice::WriteOnly))
            return Status::badInput(QStringLiteral("%1: %2").arg(m_path, m_direct->errorString()));
        return Status::success();
    }
    m_save = std::make_unique<QSaveFile>(m_path);
    if (!m_save->open(QIODevice::WriteOnly))
        return Status::badInput(QStringLiteral("%1: %2").arg(m_path, m_save->errorString()));
    return Status::success();
}

QIODevice &OutputFile::device() {
    return m_save ? static_cast<QIODevice &>(*m_save) : static_cast<QIODevice &>(*m_direct);
}

Status OutputFile::commit() {
    if (m_save) {
        // QSaveFile remembers a failed write and then refuses to commit.
        const bool failedBefore = m_save->error() != QFileDevice::NoError;
        const QString reason = m_save->errorString();
        if (failedBefore || !m_save->commit())
            return failure(failedBefore ? reason : m_save->errorString());
        m_save.reset();
        return Status::success();
    }
    if (!m_direct)
        return failure(tr("not open"));
    const bool flushed = m_direct->flush();
    const bool ok = flushed && m_direct->error() == QFileDevice::NoError;
    const QString reason = m_direct->errorString();
    m_direct->close();
    m_direct.reset();
    return ok ? Status::success() : failure(reason);
}

void OutputFile::cancel() {
    if (m_save)
        m_save->cancelWriting();
    m_save.reset();
    m_direct.reset();
}

} // namespace tl

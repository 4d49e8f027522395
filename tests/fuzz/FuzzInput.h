#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

// Helpers the libFuzzer targets share. Each target is one LLVMFuzzerTestOneInput; a target
// must return on every input, in bounded time and memory, without a sanitizer report.
namespace fuzz {

inline QByteArray bytes(const std::uint8_t *data, std::size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Readers and the sniffer read files: the input goes to a per-process file in memory.
inline QString writeTemp(const std::uint8_t *data, std::size_t size, const char *suffix) {
    static const QString folder = [] {
        const QString base = QFileInfo(QStringLiteral("/dev/shm")).isDir()
                                 ? QStringLiteral("/dev/shm")
                                 : QDir::tempPath();
        return base + QStringLiteral("/trendlens-fuzz-%1").arg(::getpid());
    }();
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/input.") + QLatin1String(suffix);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

} // namespace fuzz

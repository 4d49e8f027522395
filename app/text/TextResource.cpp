#include "TextResource.h"

#include <QFile>
#include <QStandardPaths>

namespace tl::text {

QString TextResource::ownPath(const QString &name) {
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return data.isEmpty() ? QString() : data + QStringLiteral("/trendlens/") + name;
}

QString TextResource::read(const QString &name) {
    QFile file(ownPath(name));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly)) {
        file.setFileName(QStringLiteral(":/text/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace tl::text

#include "Secrets.h"

#include <QCoreApplication>

namespace tl {

Status Secrets::fromEnvironment(const char *variable, const QString &source, QString &key) {
    key = qEnvironmentVariable(variable).trimmed();
    if (!key.isEmpty())
        return Status::success();
    return Status::badInput(
        QCoreApplication::translate("tl::Secrets", "%1 needs an API key: set %2")
            .arg(source, QString::fromLatin1(variable)));
}

} // namespace tl

#include "Secrets.h"

#include <QCoreApplication>

namespace tl {

Status Secrets::find(const QString &variable, const QString &source, QString &key) {
    key = qEnvironmentVariable(variable.toLatin1().constData()).trimmed();
    if (!key.isEmpty())
        return Status::success();
    return Status::badInput(
        QCoreApplication::translate("tl::Secrets", "%1 needs an API key: set %2")
            .arg(source, variable));
}

} // namespace tl

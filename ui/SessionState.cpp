#include "SessionState.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace tl {

namespace {

// One settings group per workspace file; a hash, as paths are not valid settings keys.
QString groupOf(const QString &workspacePath) {
    const QByteArray path = QFileInfo(workspacePath).absoluteFilePath().toUtf8();
    return QStringLiteral("session/") +
           QString::fromLatin1(
               QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

SessionState SessionState::load(const QString &workspacePath) {
    QSettings settings;
    settings.beginGroup(groupOf(workspacePath));
    SessionState state;
    state.dataset = settings.value(QStringLiteral("dataset")).toString();
    state.dashboards = settings.value(QStringLiteral("dashboards")).toStringList();
    state.front = settings.value(QStringLiteral("front")).toString();
    return state;
}

void SessionState::save(const QString &workspacePath) const {
    QSettings settings;
    settings.beginGroup(groupOf(workspacePath));
    settings.setValue(QStringLiteral("dataset"), dataset);
    settings.setValue(QStringLiteral("dashboards"), dashboards);
    settings.setValue(QStringLiteral("front"), front);
}

} // namespace tl

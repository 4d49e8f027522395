#pragma once

#include "core/Status.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace tl {

// Adding and removing the workspace's named servers (ServerConnections) for the command line
// and the window alike: the address is checked and kept as the engine shows it, and a password
// goes to the OS keychain only, filed under that address.
class ServerSetup {
    Q_DECLARE_TR_FUNCTIONS(tl::ServerSetup)

public:
    // Nothing is added when the name is taken, the address is wrong or the keychain refuses.
    static Status add(QSqlDatabase db, const QString &name, const QString &url,
                      const QString &password);
    // The keychain's password for it goes too.
    static Status remove(QSqlDatabase db, const QString &name);
};

} // namespace tl

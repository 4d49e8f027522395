#include "TaskConnection.h"

#include <sqlite3.h>

namespace tl {

Status TaskConnection::open(const QString &workspacePath) {
    if (Status s = m_connection.open(workspacePath, Connection::Access::ReadOnly); !s)
        return s;
    sqlite3 *handle = m_connection.sqliteHandle();
    m_interrupt.emplace(m_control.onCancel([handle] { sqlite3_interrupt(handle); }));
    return Status::success();
}

} // namespace tl

#pragma once

#include "models/TaskRunner.h"
#include "store/Connection.h"

#include <optional>

namespace tl {

// A task's own read-only connection to a workspace: opened on the pool thread that runs the
// task (connections belong to their thread), and interrupted (sqlite3_interrupt) when the
// task is cancelled, so a superseded query stops at once instead of running to the end.
class TaskConnection {
public:
    explicit TaskConnection(TaskControl &control)
        : m_control(control) {}

    Status open(const QString &workspacePath);
    QSqlDatabase &db() { return m_connection.db(); }

private:
    TaskControl &m_control;
    Connection m_connection;
    std::optional<TaskControl::Hook> m_interrupt; // goes before the connection closes
};

} // namespace tl

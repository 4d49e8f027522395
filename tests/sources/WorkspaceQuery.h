#pragma once

#include "store/Workspace.h"

#include <QSqlQuery>
#include <QVariant>

// The first value of `sql` on the workspace at `path` (invalid when the query fails), for
// asserting what a source run stored. Opens the file fresh, as a later session would.
inline QVariant workspaceScalar(const QString &path, const QString &sql) {
    std::unique_ptr<tl::Workspace> workspace;
    if (!tl::Workspace::open(path, workspace))
        return {};
    QSqlQuery q(workspace->database());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

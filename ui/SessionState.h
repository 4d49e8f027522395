#pragma once

#include <QString>
#include <QStringList>

namespace tl {

// What was open in a workspace when it was left: the dataset shown, the saved dashboards' tabs
// in order and the one in front. Kept in the user's settings, per workspace file, not in the
// workspace (a file others may share should not change because one person looked at it).
struct SessionState {
    QString dataset;
    QStringList dashboards;
    QString front; // the dashboard in front; empty: the data tab

    static SessionState load(const QString &workspacePath);
    void save(const QString &workspacePath) const;

    friend bool operator==(const SessionState &, const SessionState &) = default;
};

} // namespace tl

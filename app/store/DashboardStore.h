#pragma once

#include "analysis/ChartSpec.h"
#include "core/Status.h"

#include <QSqlDatabase>
#include <QStringList>

namespace tl {

// A chart placed on a dashboard's grid.
struct DashboardChart {
    ChartSpec spec;
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    friend bool operator==(const DashboardChart &, const DashboardChart &) = default;
};

// A named set of charts in a grid, as saved in the workspace.
struct Dashboard {
    QString name;
    int columns = 2;
    QList<DashboardChart> charts;
    friend bool operator==(const Dashboard &, const Dashboard &) = default;
};

// Dashboards in the workspace: each saved whole in one transaction, read back exactly.
class DashboardStore {
public:
    explicit DashboardStore(QSqlDatabase db)
        : m_db(std::move(db)) {}

    QStringList names() const;
    Status load(const QString &name, Dashboard &out) const;
    // Adds or replaces the dashboard of that name.
    Status save(const Dashboard &dashboard);
    Status remove(const QString &name);
    // Gives dashboard `from` the name `to`, which no other dashboard may have.
    Status rename(const QString &from, const QString &to);

private:
    QSqlDatabase m_db;
};

} // namespace tl

#include "DashboardStore.h"

#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::DashboardStore", text);
}

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

QStringList DashboardStore::names() const {
    QStringList names;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT name FROM _tl_dashboards ORDER BY name"));
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

Status DashboardStore::load(const QString &name, Dashboard &out) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, grid_columns FROM _tl_dashboards WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return Status::internal(q.lastError().text());
    if (!q.next())
        return Status::badInput(tr("no dashboard named '%1'").arg(name));
    out = Dashboard{name, q.value(1).toInt(), {}};
    const qint64 id = q.value(0).toLongLong();
    QSqlQuery charts(m_db);
    charts.prepare(QStringLiteral("SELECT spec, grid_row, grid_column, row_span, column_span FROM "
                                  "_tl_charts WHERE dashboard_id = ? ORDER BY position"));
    charts.addBindValue(id);
    if (!charts.exec())
        return Status::internal(charts.lastError().text());
    while (charts.next()) {
        DashboardChart chart;
        const QJsonDocument json = QJsonDocument::fromJson(charts.value(0).toString().toUtf8());
        if (Status s = ChartSpec::fromJson(json.object(), chart.spec); !s)
            return Status::badInput(tr("dashboard '%1': %2").arg(name, s.message()));
        chart.row = charts.value(1).toInt();
        chart.column = charts.value(2).toInt();
        chart.rowSpan = charts.value(3).toInt();
        chart.columnSpan = charts.value(4).toInt();
        out.charts.append(chart);
    }
    return Status::success();
}

Status DashboardStore::save(const Dashboard &dashboard) {
    if (dashboard.name.trimmed().isEmpty())
        return Status::badInput(tr("a dashboard needs a name"));
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    // The guard rolls back on the way out.
    auto fail = [](const QSqlQuery &q) { return Status::internal(q.lastError().text()); };
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO _tl_dashboards (name, grid_columns, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                       "grid_columns = excluded.grid_columns, updated_at = excluded.updated_at"));
    q.addBindValue(dashboard.name);
    q.addBindValue(dashboard.columns);
    q.addBindValue(now());
    q.addBindValue(now());
    if (!q.exec())
        return fail(q);
    q.prepare(QStringLiteral("SELECT id FROM _tl_dashboards WHERE name = ?"));
    q.addBindValue(dashboard.name);
    if (!q.exec() || !q.next())
        return fail(q);
    const qint64 id = q.value(0).toLongLong();
    QSqlQuery charts(m_db);
    charts.prepare(QStringLiteral("DELETE FROM _tl_charts WHERE dashboard_id = ?"));
    charts.addBindValue(id);
    if (!charts.exec())
        return fail(charts);
    charts.prepare(
        QStringLiteral("INSERT INTO _tl_charts (dashboard_id, position, grid_row, "
                       "grid_column, row_span, column_span, spec) VALUES (?, ?, ?, ?, ?, "
                       "?, ?)"));
    for (int i = 0; i < dashboard.charts.size(); ++i) {
        const DashboardChart &c = dashboard.charts[i];
        charts.addBindValue(id);
        charts.addBindValue(i);
        charts.addBindValue(c.row);
        charts.addBindValue(c.column);
        charts.addBindValue(c.rowSpan);
        charts.addBindValue(c.columnSpan);
        charts.addBindValue(
            QString::fromUtf8(QJsonDocument(c.spec.toJson()).toJson(QJsonDocument::Compact)));
        if (!charts.exec())
            return fail(charts);
    }
    return transaction.commit();
}

Status DashboardStore::remove(const QString &name) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM _tl_dashboards WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return Status::internal(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return Status::badInput(tr("no dashboard named '%1'").arg(name));
    return Status::success();
}

Status DashboardStore::rename(const QString &from, const QString &to) {
    if (to.trimmed().isEmpty())
        return Status::badInput(tr("a dashboard needs a name"));
    if (from == to)
        return Status::success();
    if (names().contains(to))
        return Status::badInput(tr("a dashboard named '%1' exists already").arg(to));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE _tl_dashboards SET name = ?, updated_at = ? WHERE name = ?"));
    q.addBindValue(to);
    q.addBindValue(now());
    q.addBindValue(from);
    if (!q.exec())
        return Status::internal(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return Status::badInput(tr("no dashboard named '%1'").arg(from));
    return Status::success();
}

} // namespace tl

#include "RunLogModel.h"

#include "store/Connection.h"

#include <QBrush>
#include <QLocale>
#include <QSqlQuery>

namespace tl {

void RunLogModel::setWorkspace(const QString &path) {
    m_path = path;
    refresh();
}

void RunLogModel::refresh() {
    beginResetModel();
    m_runs.clear();
    Connection connection;
    if (!m_path.isEmpty() && connection.open(m_path, Connection::Access::ReadOnly)) {
        QSqlQuery q(connection.db());
        q.prepare(QStringLiteral("SELECT kind, started_at, finished_at, rows, status, error FROM "
                                 "_tl_runs ORDER BY id DESC LIMIT ?"));
        q.addBindValue(kMaxRuns);
        if (q.exec()) {
            while (q.next()) {
                m_runs.append({q.value(0).toString(),
                               QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                               QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
                               q.value(3).toLongLong(), q.value(4).toString(),
                               q.value(5).toString()});
            }
        }
    }
    endResetModel();
}

int RunLogModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunLogModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunLogModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const Run &run = m_runs[index.row()];
    if (role == Qt::ForegroundRole && run.status != QLatin1String("ok") &&
        run.status != QLatin1String("running"))
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (role == Qt::ToolTipRole && index.column() == Error)
        return run.error;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Kind:
        return run.kind;
    case Started:
        return QLocale().toString(run.started.toLocalTime(), QLocale::ShortFormat);
    case Duration:
        return run.finished.isValid() ? tr("%1 s").arg(QString::number(
                                            run.started.msecsTo(run.finished) / 1000.0, 'f', 1))
                                      : QString();
    case Rows:
        return QLocale().toString(run.rows);
    case Status:
        return run.status == QLatin1String("ok")            ? tr("done")
               : run.status == QLatin1String("failed")      ? tr("failed")
               : run.status == QLatin1String("cancelled")   ? tr("cancelled")
               : run.status == QLatin1String("interrupted") ? tr("interrupted")
                                                            : tr("running");
    case Error:
        return run.error;
    }
    return {};
}

QVariant RunLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Run");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Took");
    case Rows:
        return tr("Rows");
    case Status:
        return tr("Status");
    case Error:
        return tr("Error");
    }
    return {};
}

} // namespace tl

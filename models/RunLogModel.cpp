#include "RunLogModel.h"

#include "models/LocaleText.h"

#include "store/Connection.h"
#include "store/RunLog.h"

#include <QBrush>
#include <QLocale>

namespace tl {

void RunLogModel::setWorkspace(const QString &path) {
    m_path = path;
    refresh();
}

void RunLogModel::refresh() {
    beginResetModel();
    m_runs.clear();
    m_error.clear();
    Connection connection;
    if (!m_path.isEmpty()) {
        if (tl::Status s = connection.open(m_path, Connection::Access::ReadOnly); !s) {
            m_error = s.message();
        } else if (const auto runs = RunLog(connection.db()).recent(kMaxRuns); !runs) {
            m_error = runs.status().message();
        } else {
            m_runs = *runs;
        }
    }
    endResetModel();
    if (!m_error.isEmpty())
        Q_EMIT failed(m_error);
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
    const RunEntry &run = m_runs[index.row()];
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
        return LocaleText::dateTime(run.startedAt);
    case Duration:
        return run.finishedAt.isValid()
                   ? tr("%1 s").arg(
                         QString::number(run.startedAt.msecsTo(run.finishedAt) / 1000.0, 'f', 1))
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

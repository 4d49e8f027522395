#include "ScheduleListModel.h"

#include "models/LocaleText.h"
#include "schedule/ScheduleStore.h"
#include "store/Connection.h"

#include <QBrush>
#include <QLocale>

namespace tl {

void ScheduleListModel::setWorkspace(const QString &path) {
    m_path = path;
    refresh();
}

void ScheduleListModel::refresh() {
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    Connection connection;
    if (!m_path.isEmpty()) {
        if (Status s = connection.open(m_path, Connection::Access::ReadOnly); !s) {
            m_error = s.message();
        } else if (const auto schedules = ScheduleStore(connection.db()).list(); !schedules) {
            m_error = schedules.status().message();
        } else {
            const RunLog log(connection.db());
            for (const Schedule &s : *schedules) {
                const auto last = log.scheduledRuns(s.name, 1);
                m_rows.append(
                    {s, last && !last->isEmpty() ? std::optional(last->back()) : std::nullopt});
            }
        }
    }
    endResetModel();
}

const Schedule *ScheduleListModel::schedule(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows[row].schedule : nullptr;
}

int ScheduleListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScheduleListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScheduleListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const Schedule &s = row.schedule;
    const bool failed = s.failures > 0;
    if (role == Qt::ForegroundRole && failed && index.column() == Last)
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (role == Qt::ToolTipRole && index.column() == Last && row.last)
        return row.last->error;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return s.name;
    case Every:
        return s.at ? tr("%1 at %2")
                          .arg(Schedule::everyText(s.everySeconds),
                               QLocale().toString(*s.at, QLocale::ShortFormat))
                    : Schedule::everyText(s.everySeconds);
    case Next:
        return s.paused ? tr("paused") : LocaleText::dateTime(s.nextDue);
    case Last:
        if (!row.last)
            return tr("never ran");
        return row.last->status == QLatin1String("ok")
                   ? tr("done %1").arg(LocaleText::dateTime(row.last->startedAt))
               : row.last->status == QLatin1String("running")
                   ? tr("running")
                   : tr("failed %1 (%2 in a row)")
                         .arg(LocaleText::dateTime(row.last->startedAt))
                         .arg(s.failures);
    case Rows:
        return row.last ? QLocale().toString(row.last->rows) : QString();
    case Command:
        return s.command.join(u' ');
    }
    return {};
}

QVariant ScheduleListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Schedule");
    case Every:
        return tr("Every");
    case Next:
        return tr("Next run");
    case Last:
        return tr("Last run");
    case Rows:
        return tr("Rows");
    case Command:
        return tr("Command");
    }
    return {};
}

} // namespace tl

#pragma once

#include "schedule/Schedule.h"
#include "store/RunLog.h"

#include <QAbstractTableModel>

#include <optional>

namespace tl {

// The workspace's schedules with how their last run went: the Schedules panel's table.
class ScheduleListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Every, Next, Last, Rows, Command, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setWorkspace(const QString &path);
    void refresh();
    const Schedule *schedule(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QString &error() const { return m_error; }

private:
    struct Row {
        Schedule schedule;
        std::optional<RunEntry> last;
    };
    QString m_path;
    QList<Row> m_rows;
    QString m_error;
};

} // namespace tl

#pragma once

#include "store/RunLog.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace tl {

// The workspace's run log (`_tl_runs`), newest first: what ran, when, how long, how many rows,
// and how it ended — so a failed fetch is visible at a glance.
class RunLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Started, Duration, Rows, Status, Error, ColumnCount };
    static constexpr int kMaxRuns = 500;

    using QAbstractTableModel::QAbstractTableModel;

    void setWorkspace(const QString &path);
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Why the log could not be read (empty when it was).
    const QString &error() const { return m_error; }

Q_SIGNALS:
    // The log could not be read: say so rather than show it empty.
    void failed(const QString &message);

private:
    QString m_path;
    QList<RunEntry> m_runs;
    QString m_error;
};

} // namespace tl

#pragma once

#include "store/DatasetInfo.h"

#include <QAbstractTableModel>

namespace tl {

// The workspace's datasets as a table: name, rows, source, last update. The catalog is small
// (one row per dataset), so it is read whole whenever it changes.
class CatalogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Rows, Source, Updated, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setDatasets(QList<DatasetInfo> datasets);
    const DatasetInfo *datasetAt(int row) const;
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DatasetInfo> m_datasets;
};

} // namespace tl

#pragma once

#include "analysis/ChartData.h"

#include <QAbstractTableModel>

namespace tl {

// A chart's data as a table, the same rows and columns as its CSV export: the chart panel's
// "data" view, one click from the chart.
class ChartDataModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setData(const ChartData &data);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ChartData::Table m_table;
};

} // namespace tl

#include "ChartDataModel.h"

namespace tl {

void ChartDataModel::setData(const ChartData &data) {
    beginResetModel();
    m_table = data.table();
    endResetModel();
}

int ChartDataModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ChartDataModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_table.header.size());
}

QVariant ChartDataModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    return m_table.rows.value(index.row()).value(index.column());
}

QVariant ChartDataModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    return orientation == Qt::Horizontal ? QVariant(m_table.header.value(section))
                                         : QVariant(section + 1);
}

} // namespace tl

#include "CatalogModel.h"

#include "models/LocaleText.h"

#include <QLocale>

namespace tl {

void CatalogModel::setDatasets(QList<DatasetInfo> datasets) {
    beginResetModel();
    m_datasets = std::move(datasets);
    endResetModel();
}

const DatasetInfo *CatalogModel::datasetAt(int row) const {
    return row >= 0 && row < m_datasets.size() ? &m_datasets[row] : nullptr;
}

int CatalogModel::rowOf(const QString &name) const {
    for (int i = 0; i < m_datasets.size(); ++i) {
        if (m_datasets[i].name == name)
            return i;
    }
    return -1;
}

int CatalogModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_datasets.size());
}

int CatalogModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const {
    const DatasetInfo *info = datasetAt(index.row());
    if (!info)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Rows)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        return tr("%1: %2 rows, %3 columns, from %4")
            .arg(info->name, QLocale().toString(info->rowCount))
            .arg(info->columns.size())
            .arg(info->sourceKind);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name:
        return info->name;
    case Rows:
        return role == Qt::EditRole ? QVariant(info->rowCount)
                                    : QVariant(QLocale().toString(info->rowCount));
    case Source:
        return info->sourceKind;
    case Updated:
        return LocaleText::dateTime(info->updatedAt);
    }
    return {};
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Dataset");
    case Rows:
        return tr("Rows");
    case Source:
        return tr("Source");
    case Updated:
        return tr("Updated");
    }
    return {};
}

} // namespace tl

#pragma once

#include "store/DatasetInfo.h"

#include <QDialog>

namespace tl {

// A dataset's schema (column names, types, chart roles) and provenance (source, parameters,
// created and updated times, rows), read-only.
class DatasetPropertiesDialog : public QDialog {
    Q_OBJECT
public:
    explicit DatasetPropertiesDialog(const DatasetInfo &info, QWidget *parent = nullptr);
};

} // namespace tl

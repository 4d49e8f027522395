#pragma once

#include "store/DatasetInfo.h"
#include "store/ScoreColumns.h"

#include <QDialog>

namespace tl {

// A dataset's schema (column names, types, chart roles) and provenance (source, parameters,
// created and updated times, rows; for a score column, the scorer that made it). The roles are
// editable: a role guessed wrong (an id taken for a measure) makes every default chart of the
// dataset wrong.
class DatasetPropertiesDialog : public QDialog {
    Q_OBJECT
public:
    explicit DatasetPropertiesDialog(const DatasetInfo &info,
                                     const QList<ScoreProvenance> &scores = {},
                                     QWidget *parent = nullptr);

Q_SIGNALS:
    void roleChosen(const QString &column, tl::ColumnRole role);
};

} // namespace tl

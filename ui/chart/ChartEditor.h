#pragma once

#include "analysis/ChartSpec.h"
#include "store/DatasetInfo.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace tl {

// The form beside a chart: dataset, type, x and bucket, y and aggregate, series and top N,
// a filter expression, bins, normalise, forecast and title. Every change (debounced) emits
// the new spec; a new dataset gets sensible defaults from its column roles (a time column on x
// by month, a measure on y).
class ChartEditor : public QWidget {
    Q_OBJECT
public:
    explicit ChartEditor(QWidget *parent = nullptr);

    // The datasets to choose from (the workspace's catalog).
    void setDatasets(const QList<DatasetInfo> &datasets);
    void setSpec(const ChartSpec &spec);
    ChartSpec spec() const;
    // A spec for `dataset` chosen from its column roles.
    static ChartSpec defaultSpec(const DatasetInfo &dataset);

Q_SIGNALS:
    void specChanged(const tl::ChartSpec &spec);

private:
    void fillColumns(const QString &dataset);
    void datasetChosen();
    void changed();
    void updateEnabled();
    const DatasetInfo *dataset(const QString &name) const;

    QList<DatasetInfo> m_datasets;
    bool m_loading = false;
    QTimer m_debounce;
    QComboBox *m_dataset;
    QComboBox *m_type;
    QComboBox *m_x;
    QComboBox *m_bucket;
    QComboBox *m_y;
    QComboBox *m_agg;
    QComboBox *m_series;
    QSpinBox *m_top;
    QLineEdit *m_filter;
    QSpinBox *m_bins;
    QCheckBox *m_normalize;
    QComboBox *m_forecast;
    QSpinBox *m_horizon;
    QLineEdit *m_title;
    ChartSpec m_base; // what the form does not show (several filters, expressions) is kept
};

} // namespace tl

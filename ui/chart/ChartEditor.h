#pragma once

#include "analysis/ChartSpec.h"
#include "store/DatasetInfo.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QFormLayout;

namespace tl {

// The form beside a chart: dataset, type, x and bucket, y and aggregate, series and top N,
// a filter expression, bins, normalise, forecast, title, and for a terms chart how many terms
// and which (stopwords, shortest length, Korean particles). Every change (debounced) emits
// the new spec; a dataset chosen here starts with its defaults (ChartDefaults: the count over
// time by its natural bucket, …), and a measure chosen for y with the aggregate its name calls
// for.
class ChartEditor : public QWidget {
    Q_OBJECT
public:
    explicit ChartEditor(QWidget *parent = nullptr);

    // The datasets to choose from (the workspace's catalog).
    void setDatasets(const QList<DatasetInfo> &datasets);
    void setSpec(const ChartSpec &spec);
    ChartSpec spec() const;
    // The chart a dataset starts with when it is chosen here (ChartDefaults; the workspace
    // knows its time span).
    using Defaults = std::function<ChartSpec(const DatasetInfo &)>;
    void setDefaults(Defaults defaults) { m_defaults = std::move(defaults); }

Q_SIGNALS:
    void specChanged(const tl::ChartSpec &spec);

private:
    void fillColumns(const QString &dataset);
    void changeEvent(QEvent *event) override;
    void retranslate();
    void updateMinLengthSuffix();
    void datasetChosen();
    void yChosen(const QString &text);
    void changed();
    void updateEnabled();
    const DatasetInfo *dataset(const QString &name) const;

    QList<DatasetInfo> m_datasets;
    Defaults m_defaults;
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
    QSpinBox *m_termsTop;
    QCheckBox *m_stopwords;
    QSpinBox *m_minLength;
    QCheckBox *m_stripParticles;
    QFormLayout *m_form;
    ChartSpec m_base; // what the form does not show (several filters, expressions) is kept
};

} // namespace tl

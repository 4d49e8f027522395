#include "ChartEditor.h"

#include "analysis/ChartDefaults.h"
#include "ui/chart/ChartTitles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace tl {

namespace {

// An expression as the column combos show it: written in the editable text.
QString refText(const ValueRef &ref) {
    return ref.expr.isEmpty() ? ref.column : ref.expr;
}

// A combo's text back to a column, or an expression when it is not one of the columns.
ValueRef refFrom(const QComboBox *combo) {
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty())
        return {};
    return combo->findText(text) >= 0 ? ValueRef{text, {}} : ValueRef{{}, text};
}

void setComboText(QComboBox *combo, const QString &text) {
    const int index = combo->findText(text);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(text);
}

// The choices of the type, bucket and aggregate combos, in their order.
constexpr ChartType kTypes[] = {ChartType::Line,       ChartType::Area,    ChartType::Bar,
                                ChartType::StackedBar, ChartType::Scatter, ChartType::Histogram,
                                ChartType::Box,        ChartType::Pie,     ChartType::Terms,
                                ChartType::Table};
constexpr TimeBucket kBuckets[] = {TimeBucket::None,  TimeBucket::Minute,  TimeBucket::Hour,
                                   TimeBucket::Day,   TimeBucket::TenDay,  TimeBucket::Week,
                                   TimeBucket::Month, TimeBucket::Quarter, TimeBucket::Year};
constexpr Aggregate kAggregates[] = {Aggregate::Count,  Aggregate::CountDistinct, Aggregate::Sum,
                                     Aggregate::Avg,    Aggregate::Min,           Aggregate::Max,
                                     Aggregate::Median, Aggregate::None};

constexpr int kDefaultTop = 10;

} // namespace

ChartEditor::ChartEditor(QWidget *parent)
    : QWidget(parent)
    , m_dataset(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_x(new QComboBox(this))
    , m_bucket(new QComboBox(this))
    , m_y(new QComboBox(this))
    , m_agg(new QComboBox(this))
    , m_series(new QComboBox(this))
    , m_top(new QSpinBox(this))
    , m_filter(new QLineEdit(this))
    , m_bins(new QSpinBox(this))
    , m_normalize(new QCheckBox(this))
    , m_forecast(new QComboBox(this))
    , m_horizon(new QSpinBox(this))
    , m_title(new QLineEdit(this))
    , m_termsTop(new QSpinBox(this))
    , m_stopwords(new QCheckBox(this))
    , m_minLength(new QSpinBox(this))
    , m_stripParticles(new QCheckBox(this))
    , m_form(new QFormLayout(this)) {
    m_form->setContentsMargins(4, 4, 4, 4);
    for (ChartType type : kTypes)
        m_type->addItem(QString(), chartTypeName(type));
    for (TimeBucket bucket : kBuckets)
        m_bucket->addItem(QString(), bucketName(bucket));
    for (Aggregate agg : kAggregates)
        m_agg->addItem(QString(), aggregateName(agg));
    for (const char *method : {"", "holt", "linear"})
        m_forecast->addItem(QString(), QString::fromLatin1(method));
    for (QComboBox *column : {m_x, m_y, m_series}) {
        column->setEditable(true); // a column, or an expression typed in
        column->setInsertPolicy(QComboBox::NoInsert);
    }
    m_top->setRange(0, 50);
    m_bins->setRange(2, 200);
    m_bins->setValue(20);
    m_horizon->setRange(1, 60);
    m_horizon->setValue(3);
    m_termsTop->setRange(1, ChartSpec::kMaxTop);
    m_termsTop->setValue(TermsSpec::kDefaultTop);
    m_minLength->setRange(1, 100);

    m_dataset->setObjectName(QStringLiteral("dataset"));
    m_termsTop->setObjectName(QStringLiteral("termsTop"));
    m_stopwords->setObjectName(QStringLiteral("stopwords"));
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_dataset, m_type, m_x, m_termsTop, m_stopwords, m_minLength, m_stripParticles,
             m_bucket, m_y, m_agg, m_series, m_top, m_filter, m_bins, m_normalize, m_forecast,
             m_horizon, m_title})
        m_form->addRow(qobject_cast<QCheckBox *>(field) ? QString() : QStringLiteral(" "), field);
    retranslate();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, [this] { Q_EMIT specChanged(spec()); });
    connect(m_dataset, &QComboBox::currentIndexChanged, this, &ChartEditor::datasetChosen);
    connect(m_y, &QComboBox::currentTextChanged, this, &ChartEditor::yChosen);
    // A split starts as the ten largest series and "other": a legend of 40 names is unreadable.
    connect(m_series, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (!m_loading && !text.isEmpty() && m_top->value() == 0)
            m_top->setValue(kDefaultTop);
    });
    for (QComboBox *box : {m_type, m_bucket, m_agg, m_forecast})
        connect(box, &QComboBox::currentIndexChanged, this, &ChartEditor::changed);
    for (QComboBox *box : {m_x, m_y, m_series})
        connect(box, &QComboBox::currentTextChanged, this, &ChartEditor::changed);
    for (QSpinBox *box : {m_top, m_bins, m_horizon, m_termsTop, m_minLength})
        connect(box, &QSpinBox::valueChanged, this, &ChartEditor::changed);
    connect(m_minLength, &QSpinBox::valueChanged, this, &ChartEditor::updateMinLengthSuffix);
    for (QCheckBox *box : {m_normalize, m_stopwords, m_stripParticles})
        connect(box, &QCheckBox::toggled, this, &ChartEditor::changed);
    connect(m_filter, &QLineEdit::textChanged, this, &ChartEditor::changed);
    connect(m_title, &QLineEdit::textChanged, this, &ChartEditor::changed);
}

void ChartEditor::retranslate() {
    const QStringList types{tr("Line"),      tr("Area"),      tr("Bar"),      tr("Stacked bar"),
                            tr("Scatter"),   tr("Histogram"), tr("Box plot"), tr("Pie"),
                            tr("Top terms"), tr("Table")};
    const QStringList aggregates{tr("count"),   tr("count distinct"),   tr("sum"),
                                 tr("average"), tr("minimum"),          tr("maximum"),
                                 tr("median"),  tr("none (raw points)")};
    const QStringList forecasts{tr("none"), tr("Holt (trend smoothing)"), tr("linear fit")};
    for (const auto &[combo, texts] : {std::pair{m_type, types}, std::pair{m_agg, aggregates},
                                       std::pair{m_forecast, forecasts}}) {
        for (int i = 0; i < combo->count() && i < texts.size(); ++i)
            combo->setItemText(i, texts[i]);
    }
    // The buckets in the words the chart's axis title uses.
    for (int i = 0; i < m_bucket->count(); ++i)
        m_bucket->setItemText(
            i, kBuckets[i] == TimeBucket::None ? tr("(as is)") : ChartTitles::bucket(kBuckets[i]));
    m_normalize->setText(tr("Share instead of count"));
    m_stopwords->setText(tr("Leave out stopwords"));
    m_stopwords->setToolTip(
        tr("Common words such as \"the\" and \"그리고\"; the lists are "
           "resources/text/stopwords_*.txt, or your own copy in the data folder"));
    m_stripParticles->setText(tr("Strip Korean particles"));
    m_stripParticles->setToolTip(tr("Count 영화는 and 영화가 as 영화"));
    updateMinLengthSuffix();
    m_top->setSpecialValueText(tr("all"));
    m_filter->setPlaceholderText(tr("e.g. rating >= 8 and length(name) = 2"));
    m_title->setPlaceholderText(tr("(from the data)"));
    // Bucket groups time (구간 단위); bins cut a measure's range (계급): two words.
    const QList<std::pair<QWidget *, QString>> labels{{m_dataset, tr("Dataset:")},
                                                      {m_type, tr("Chart:")},
                                                      {m_x, tr("X:")},
                                                      {m_termsTop, tr("Terms shown:")},
                                                      {m_minLength, tr("Shortest term:")},
                                                      {m_bucket, tr("Bucket:")},
                                                      {m_y, tr("Y:")},
                                                      {m_agg, tr("Aggregate:")},
                                                      {m_series, tr("Series:")},
                                                      {m_top, tr("Top N series:")},
                                                      {m_filter, tr("Filter:")},
                                                      {m_bins, tr("Bins:")},
                                                      {m_forecast, tr("Forecast:")},
                                                      {m_horizon, tr("Buckets ahead:")},
                                                      {m_title, tr("Title:")}};
    for (const auto &[field, text] : labels) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(text);
    }
}

void ChartEditor::updateMinLengthSuffix() {
    m_minLength->setSuffix(m_minLength->value() == 1 ? tr(" character") : tr(" characters"));
}

void ChartEditor::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

const DatasetInfo *ChartEditor::dataset(const QString &name) const {
    for (const DatasetInfo &d : m_datasets) {
        if (d.key() == name)
            return &d;
    }
    return nullptr;
}

void ChartEditor::setDatasets(const QList<DatasetInfo> &datasets) {
    m_datasets = datasets;
    const QString current = m_dataset->currentText();
    const QSignalBlocker blocker(m_dataset);
    m_dataset->clear();
    for (const DatasetInfo &d : datasets)
        m_dataset->addItem(d.key());
    m_dataset->setCurrentText(current);
}

void ChartEditor::fillColumns(const QString &name) {
    const DatasetInfo *info = dataset(name);
    for (QComboBox *box : {m_x, m_y, m_series}) {
        box->clear();
        if (box != m_x)
            box->addItem(QString());
        if (info) {
            for (const Column &c : info->columns)
                box->addItem(c.name);
        }
    }
}

void ChartEditor::datasetChosen() {
    if (m_loading)
        return;
    if (const DatasetInfo *info = dataset(m_dataset->currentText()))
        setSpec(m_defaults ? m_defaults(*info) : ChartDefaults::forDataset(*info, std::nullopt));
    changed();
}

void ChartEditor::setSpec(const ChartSpec &spec) {
    m_loading = true;
    m_base = spec;
    DatasetInfo picked;
    picked.connection = spec.connection;
    picked.name = spec.dataset;
    m_dataset->setCurrentText(picked.key());
    fillColumns(picked.key());
    m_type->setCurrentIndex(m_type->findData(chartTypeName(spec.type)));
    setComboText(m_x, refText(spec.x));
    m_bucket->setCurrentIndex(m_bucket->findData(bucketName(spec.bucket)));
    setComboText(m_y, refText(spec.y));
    m_agg->setCurrentIndex(m_agg->findData(aggregateName(spec.agg)));
    setComboText(m_series, spec.series ? refText(*spec.series) : QString());
    m_top->setValue(spec.top);
    // The form edits one expression filter; the spec's other filters are kept as they are.
    QString filter;
    for (const FilterSpec &f : spec.filters) {
        if (f.op.isEmpty() && !f.value.expr.isEmpty())
            filter = f.value.expr;
    }
    m_filter->setText(filter);
    m_bins->setValue(spec.bins > 0 ? spec.bins : 20);
    m_normalize->setChecked(spec.normalize);
    m_forecast->setCurrentIndex(std::max(0, m_forecast->findData(spec.forecast.method)));
    m_horizon->setValue(spec.forecast.horizon > 0 ? spec.forecast.horizon : 3);
    m_title->setText(spec.title);
    m_termsTop->setValue(spec.terms.top);
    m_stopwords->setChecked(spec.terms.stopwords);
    m_minLength->setValue(spec.terms.minLength);
    m_stripParticles->setChecked(spec.terms.stripParticles);
    m_loading = false;
    updateEnabled();
}

ChartSpec ChartEditor::spec() const {
    ChartSpec spec = m_base;
    if (const DatasetInfo *info = dataset(m_dataset->currentText())) {
        spec.connection = info->connection;
        spec.dataset = info->name;
    } else {
        spec.dataset = m_dataset->currentText();
    }
    spec.type = chartTypeFromName(m_type->currentData().toString()).value_or(ChartType::Line);
    spec.x = refFrom(m_x);
    spec.bucket = bucketFromName(m_bucket->currentData().toString()).value_or(TimeBucket::None);
    spec.y = refFrom(m_y);
    spec.agg = aggregateFromName(m_agg->currentData().toString()).value_or(Aggregate::Count);
    const ValueRef series = refFrom(m_series);
    spec.series = series.isSet() ? std::optional<ValueRef>(series) : std::nullopt;
    spec.top = m_top->value();
    spec.filters.removeIf(
        [](const FilterSpec &f) { return f.op.isEmpty() && !f.value.expr.isEmpty(); });
    if (!m_filter->text().trimmed().isEmpty())
        spec.filters.append(FilterSpec{{{}, m_filter->text().trimmed()}, {}, {}});
    if (spec.type == ChartType::Terms) {
        spec.bucket = TimeBucket::None; // the terms of a text
        spec.y = {};
        spec.agg = Aggregate::Count;
        spec.terms = TermsSpec{m_termsTop->value(), m_stopwords->isChecked(), m_minLength->value(),
                               m_stripParticles->isChecked()};
    }
    if (spec.type == ChartType::Histogram) {
        if (spec.binWidth <= 0)
            spec.bins = m_bins->value();
        spec.normalize = m_normalize->isChecked();
    }
    const QString method = m_forecast->currentData().toString();
    const bool forecasts = spec.type != ChartType::Terms && spec.type != ChartType::Table;
    spec.forecast = method.isEmpty() || !forecasts ? ForecastSpec{}
                                                   : ForecastSpec{method, m_horizon->value(), 0};
    spec.title = m_title->text().trimmed();
    return spec;
}

void ChartEditor::yChosen(const QString &text) {
    if (m_loading)
        return;
    // A measure chosen for y is averaged or summed as its name says (never the sum of a
    // rating or a rank); no y means counting rows.
    Aggregate aggregate = Aggregate::Count;
    if (const DatasetInfo *info = dataset(m_dataset->currentText())) {
        for (const Column &c : info->columns) {
            if (c.name == text)
                aggregate = ChartDefaults::aggregateFor(c);
        }
    }
    if (!text.isEmpty() && aggregate == Aggregate::Count)
        return; // an expression: the analyst picks
    m_agg->setCurrentIndex(m_agg->findData(aggregateName(aggregate)));
}

void ChartEditor::changed() {
    if (m_loading)
        return;
    updateEnabled();
    m_debounce.start();
}

void ChartEditor::updateEnabled() {
    const bool histogram = m_type->currentData().toString() == chartTypeName(ChartType::Histogram);
    const bool box = m_type->currentData().toString() == chartTypeName(ChartType::Box);
    const bool terms = m_type->currentData().toString() == chartTypeName(ChartType::Terms);
    m_bins->setEnabled(histogram);
    m_normalize->setEnabled(histogram);
    m_agg->setEnabled(!histogram && !box && !terms);
    m_y->setEnabled(!histogram && !terms);
    m_bucket->setEnabled(!terms);
    const bool table = m_type->currentData().toString() == chartTypeName(ChartType::Table);
    m_forecast->setEnabled(!terms && !table);
    m_horizon->setEnabled(!terms && !table && !m_forecast->currentData().toString().isEmpty());
    m_top->setEnabled(!m_series->currentText().isEmpty());
    // A terms chart's own settings take no room in the form of any other chart.
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_termsTop, m_stopwords, m_minLength, m_stripParticles})
        m_form->setRowVisible(field, terms);
}

} // namespace tl

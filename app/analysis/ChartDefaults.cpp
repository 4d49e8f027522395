#include "ChartDefaults.h"

#include "store/Dialect.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <array>

namespace tl::ChartDefaults {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

// Rows sampled for a span: enough to find the ends of a time range within a bucket or two.
constexpr int kSampleRows = 1000;

QDateTime parseTime(const QVariant &value) {
    QString text = value.toString();
    if (text.size() == 10)
        return QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
    text.replace(u' ', u'T');
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace

TimeBucket naturalBucket(qint64 spanSeconds, ColumnType type) {
    TimeBucket bucket = TimeBucket::Year;
    if (spanSeconds <= 3 * kHour)
        bucket = TimeBucket::Minute;
    else if (spanSeconds <= 7 * kDay)
        bucket = TimeBucket::Hour;
    else if (spanSeconds <= 180 * kDay)
        bucket = TimeBucket::Day;
    else if (spanSeconds <= 2 * 366 * kDay)
        bucket = TimeBucket::Week;
    else if (spanSeconds <= 15 * 366 * kDay)
        bucket = TimeBucket::Month;
    if (type == ColumnType::Date && (bucket == TimeBucket::Minute || bucket == TimeBucket::Hour))
        bucket = TimeBucket::Day;
    return bucket;
}

Aggregate aggregateFor(const Column &column) {
    // Words in column names whose per-bucket sum means nothing (English and Korean).
    static const std::array<const char16_t *, 20> averaged{
        u"rating", u"score", u"rank",  u"grade", u"level",   u"star", u"price",
        u"rate",   u"ratio", u"share", u"pct",   u"percent", u"avg",  u"mean",
        u"평점",   u"점수",  u"순위",  u"등급",  u"레벨",    u"가격"};
    const QString name = column.name.toLower();
    for (const char16_t *word : averaged) {
        if (name.contains(QStringView(word)))
            return Aggregate::Avg;
    }
    return Aggregate::Sum;
}

const Column *timeColumn(const DatasetInfo &info) {
    for (const Column &c : info.columns) {
        if (c.role == ColumnRole::Time &&
            (c.type == ColumnType::Date || c.type == ColumnType::Timestamp))
            return &c;
    }
    return nullptr;
}

ChartSpec forDataset(const DatasetInfo &info, std::optional<qint64> timeSpanSeconds) {
    ChartSpec spec;
    spec.dataset = info.name;
    spec.agg = Aggregate::Count;
    if (const Column *time = timeColumn(info)) {
        spec.type = ChartType::Line;
        spec.x = {time->name, {}};
        spec.bucket =
            timeSpanSeconds ? naturalBucket(*timeSpanSeconds, time->type) : TimeBucket::Month;
        return spec;
    }
    const Column *measure = nullptr, *category = nullptr;
    for (const Column &c : info.columns) {
        if (!measure && c.role == ColumnRole::Measure)
            measure = &c;
        if (!category && c.role == ColumnRole::Category)
            category = &c;
    }
    if (measure) {
        spec.type = ChartType::Histogram;
        spec.x = {measure->name, {}};
        spec.bins = 20;
    } else if (category || !info.columns.isEmpty()) {
        spec.type = ChartType::Bar;
        spec.x = {category ? category->name : info.columns.front().name, {}};
    }
    return spec;
}

std::optional<qint64> sampleTimeSpan(QSqlDatabase db, const DatasetInfo &info,
                                     const Column &column) {
    const SqliteDialect dialect;
    const QString table = dialect.quoteTable(info.tableName);
    const QString value = dialect.quoteIdentifier(column.name);
    // min(rowid) and max(rowid) each read one end of the table's b-tree; the picks walk
    // between them in equal steps, each a rowid lookup.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const bool ran = query.exec(
        QStringLiteral(
            "WITH RECURSIVE ends AS (SELECT (SELECT min(rowid) FROM %1) AS lo, "
            "(SELECT max(rowid) FROM %1) AS hi), "
            "picks(id) AS (SELECT lo FROM ends UNION ALL SELECT id + max(1, (hi - lo) / %3) "
            "FROM picks, ends WHERE id + max(1, (hi - lo) / %3) <= hi) "
            "SELECT min(%2), max(%2) FROM %1 WHERE rowid IN picks AND %2 IS NOT NULL")
            .arg(table, value)
            .arg(kSampleRows));
    if (!ran || !query.next() || query.value(0).isNull())
        return std::nullopt;
    const QDateTime first = parseTime(query.value(0));
    const QDateTime last = parseTime(query.value(1));
    if (!first.isValid() || !last.isValid())
        return std::nullopt;
    return first.secsTo(last);
}

} // namespace tl::ChartDefaults

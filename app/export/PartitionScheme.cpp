#include "PartitionScheme.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <array>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::PartitionScheme", text);
}

constexpr std::array kGranularities{
    std::pair{PartitionScheme::Granularity::Hour, "hour"},
    std::pair{PartitionScheme::Granularity::Day, "day"},
    std::pair{PartitionScheme::Granularity::TenDay, "10-day"},
    std::pair{PartitionScheme::Granularity::Month, "month"},
    std::pair{PartitionScheme::Granularity::Year, "year"},
};

int digits(QStringView text, qsizetype from, qsizetype count) {
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

QString hourText(QDate day, int hour) {
    return day.toString(QStringLiteral("yyyy-MM-dd")) +
           QStringLiteral(" %1").arg(hour, 2, 10, QChar(u'0'));
}

QString twoDigits(int value) {
    return QStringLiteral("%1").arg(value, 2, 10, QChar(u'0'));
}

} // namespace

Result<PartitionScheme> PartitionScheme::parse(const QString &text) {
    const qsizetype colon = text.lastIndexOf(u':');
    PartitionScheme scheme;
    scheme.m_column = text.left(colon).trimmed();
    const QString unit = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    if (colon <= 0 || scheme.m_column.isEmpty())
        return Status::badInput(
            tr("--partition-by takes COLUMN:hour|day|10-day|month|year, not '%1'").arg(text));
    for (const auto &[granularity, name] : kGranularities) {
        if (unit == QLatin1String(name)) {
            scheme.m_granularity = granularity;
            return scheme;
        }
    }
    return Status::badInput(
        tr("--partition-by: '%1' is not hour, day, 10-day, month or year").arg(unit));
}

QString PartitionScheme::granularityName() const {
    for (const auto &[granularity, name] : kGranularities) {
        if (granularity == m_granularity)
            return QLatin1String(name);
    }
    return {};
}

void PartitionScheme::setColumn(ColumnType type, WallClock zone) {
    m_type = type;
    m_zone = std::move(zone);
}

QString PartitionScheme::defaultPartitionPath() {
    return QStringLiteral("__HIVE_DEFAULT_PARTITION__");
}

PartitionScheme::Partition PartitionScheme::partitionOf(QStringView stored) const {
    std::string local;
    QString converted;
    if (m_type == ColumnType::Timestamp && !m_zone.isUtc()) {
        const QByteArray utf8 = stored.toUtf8();
        const std::optional<std::string> text =
            m_zone.localText(std::string_view(utf8.constData(), std::size_t(utf8.size())));
        if (!text)
            return {defaultPartitionPath(), {}, {}};
        converted = QString::fromStdString(*text);
        stored = converted;
    }
    const bool timestamp = m_type == ColumnType::Timestamp;
    if (stored.size() < (timestamp ? 13 : 10) || stored[4] != u'-' || stored[7] != u'-' ||
        (timestamp && stored[10] != u' ' && stored[10] != u'T'))
        return {defaultPartitionPath(), {}, {}};
    const int year = digits(stored, 0, 4);
    const int month = digits(stored, 5, 2);
    const int day = digits(stored, 8, 2);
    const int hour = timestamp ? digits(stored, 11, 2) : 0;
    const QDate date(year, month, day);
    if (year < 0 || !date.isValid() || hour < 0 || hour > 23)
        return {defaultPartitionPath(), {}, {}};

    const QString yearPart = QStringLiteral("year=%1").arg(year, 4, 10, QChar(u'0'));
    const QString monthPart = yearPart + QStringLiteral("/month=") + twoDigits(month);
    const QDate firstOfMonth(year, month, 1);
    switch (m_granularity) {
    case Granularity::Year:
        return {yearPart, hourText(QDate(year, 1, 1), 0), hourText(QDate(year + 1, 1, 1), 0)};
    case Granularity::Month:
        return {monthPart, hourText(firstOfMonth, 0), hourText(firstOfMonth.addMonths(1), 0)};
    case Granularity::TenDay: {
        const int dekad = day <= 10 ? 1 : day <= 20 ? 2 : 3;
        const QDate start(year, month, 1 + (dekad - 1) * 10);
        const QDate end = dekad == 3 ? firstOfMonth.addMonths(1) : start.addDays(10);
        return {monthPart + QStringLiteral("/dekad=%1").arg(dekad), hourText(start, 0),
                hourText(end, 0)};
    }
    case Granularity::Day:
        return {monthPart + QStringLiteral("/day=") + twoDigits(day), hourText(date, 0),
                hourText(date.addDays(1), 0)};
    case Granularity::Hour:
        return {monthPart + QStringLiteral("/day=") + twoDigits(day) + QStringLiteral("/hour=") +
                    twoDigits(hour),
                hourText(date, hour),
                hour == 23 ? hourText(date.addDays(1), 0) : hourText(date, hour + 1)};
    }
    return {defaultPartitionPath(), {}, {}};
}

std::optional<QString> PartitionScheme::hourOf(const QString &typed) {
    static const QRegularExpression form(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2})(?::\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?)?$"));
    const QRegularExpressionMatch m = form.match(typed.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int hour = m.hasCaptured(4) ? m.captured(4).toInt() : 0;
    if (!date.isValid() || hour > 23)
        return std::nullopt;
    return hourText(date, hour);
}

} // namespace tl

#include "Clock.h"

#include <QRegularExpression>

namespace tl {

QDateTime Clock::now() {
    if (const QString stand = qEnvironmentVariable(kNowVariable); !stand.isEmpty()) {
        if (const std::optional<QDateTime> time = parse(stand))
            return *time;
    }
    return QDateTime::currentDateTimeUtc();
}

std::optional<QDateTime> Clock::parse(const QString &text) {
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

std::optional<QDate> Clock::relativeDay(const QString &text) {
    static const QRegularExpression form(
        QStringLiteral("^(today|yesterday)(?:\\s*([+-])\\s*(\\d{1,5}))?$"));
    const QRegularExpressionMatch m = form.match(text.trimmed().toLower());
    if (!m.hasMatch())
        return std::nullopt;
    qint64 days = m.captured(1) == QLatin1String("yesterday") ? -1 : 0;
    if (m.hasCaptured(2))
        days += (m.captured(2) == u'-' ? -1 : 1) * m.captured(3).toLongLong();
    return today().addDays(days);
}

} // namespace tl

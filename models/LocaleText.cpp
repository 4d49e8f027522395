#include "LocaleText.h"

#include "core/WallClock.h"

#include <cmath>

namespace tl::LocaleText {

namespace {

bool isKorean(const QLocale &locale) {
    return locale.language() == QLocale::Korean;
}

} // namespace

QString dateTime(const QDateTime &when, const QLocale &locale) {
    const QDateTime local = DisplayClock::current().localDateTime(when);
    if (isKorean(locale))
        return day(local.date(), true, locale) + u' ' +
               local.time().toString(QStringLiteral("HH:mm"));
    return locale.toString(local, QLocale::ShortFormat);
}

QString day(const QDate &date, bool withYear, const QLocale &locale) {
    if (isKorean(locale))
        return withYear ? QStringLiteral("%1년 %2월 %3일")
                              .arg(date.year())
                              .arg(date.month())
                              .arg(date.day())
                        : QStringLiteral("%1월 %2일").arg(date.month()).arg(date.day());
    const QString monthDay = QStringLiteral("%1 %2")
                                 .arg(locale.monthName(date.month(), QLocale::ShortFormat))
                                 .arg(date.day());
    return withYear ? QStringLiteral("%1, %2").arg(monthDay).arg(date.year()) : monthDay;
}

QString month(int year, int month, bool withYear, const QLocale &locale) {
    if (isKorean(locale))
        return withYear ? QStringLiteral("%1년 %2월").arg(year).arg(month)
                        : QStringLiteral("%1월").arg(month);
    const QString name = locale.monthName(month, QLocale::ShortFormat);
    return withYear ? QStringLiteral("%1 %2").arg(name).arg(year) : name;
}

QString quarter(int year, int quarter, bool withYear, const QLocale &locale) {
    if (isKorean(locale))
        return withYear ? QStringLiteral("%1년 %2분기").arg(year).arg(quarter)
                        : QStringLiteral("%1분기").arg(quarter);
    return withYear ? QStringLiteral("Q%1 %2").arg(quarter).arg(year)
                    : QStringLiteral("Q%1").arg(quarter);
}

QString number(double value, int decimals, const QLocale &locale) {
    if (std::isnan(value))
        return QString();
    const double rounded = std::round(value);
    if (std::abs(value - rounded) <= 1e-9 * std::max(1.0, std::abs(value)) &&
        std::abs(value) < 1e15)
        return locale.toString(qlonglong(rounded));
    QString text =
        locale.toString(value, 'f', decimals < 0 ? QLocale::FloatingPointShortest : decimals);
    if (text.contains(locale.decimalPoint())) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(locale.decimalPoint().size());
    }
    return text;
}

} // namespace tl::LocaleText

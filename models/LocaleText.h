#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace tl::LocaleText {

// Dates as the reader's language writes them: Korean always with 년/월/일 ("2026년 12월 1일"),
// which Qt's short formats do not give ("26. 12. 1."); other languages by their locale.

// "2026년 12월 2일 04:59"; "12/2/26 4:59 AM" in en_US. Shown in local time.
QString dateTime(const QDateTime &when, const QLocale &locale = {});

// "2026년 12월 1일" / "Dec 1, 2026"; without the year: "12월 1일" / "Dec 1".
QString day(const QDate &date, bool withYear, const QLocale &locale = {});

// "2026년 12월" / "Dec 2026"; without the year: "12월" / "Dec".
QString month(int year, int month, bool withYear, const QLocale &locale = {});

// "2026년 4분기" / "Q4 2026"; without the year: "4분기" / "Q4".
QString quarter(int year, int quarter, bool withYear, const QLocale &locale = {});

// A number as the reader's locale groups it ("1,234,567", "4,021.65"), never in exponent
// form: whole numbers as integers; others with at most `decimals` decimals (-1: as many as
// the value needs), trailing zeros dropped.
QString number(double value, int decimals = -1, const QLocale &locale = {});

} // namespace tl::LocaleText

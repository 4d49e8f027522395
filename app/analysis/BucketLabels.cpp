#include "BucketLabels.h"

#include <QDate>
#include <QDateTime>

namespace tl {

QString BucketLabels::advance(TimeBucket bucket, const QString &label, int steps) {
    switch (bucket) {
    case TimeBucket::None:
        return {};
    case TimeBucket::Minute:
    case TimeBucket::Hour: {
        const qint64 seconds = bucket == TimeBucket::Minute ? 60 : 3600;
        const QDateTime t = QDateTime::fromString(label, QStringLiteral("yyyy-MM-dd HH:mm"))
                                .addSecs(seconds * steps);
        return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    }
    case TimeBucket::Day:
    case TimeBucket::Week: {
        const QDate d = QDate::fromString(label, Qt::ISODate);
        if (!d.isValid())
            return {};
        return d.addDays(qint64(steps) * (bucket == TimeBucket::Week ? 7 : 1))
            .toString(Qt::ISODate);
    }
    case TimeBucket::TenDay: {
        // Periods start on the 1st, 11th and 21st; the third runs to the month's end.
        QDate d = QDate::fromString(label, Qt::ISODate);
        if (!d.isValid() || (d.day() != 1 && d.day() != 11 && d.day() != 21))
            return {};
        int period = (d.day() - 1) / 10 + steps;
        d = QDate(d.year(), d.month(), 1).addMonths(period / 3);
        return QDate(d.year(), d.month(), 1 + (period % 3) * 10).toString(Qt::ISODate);
    }
    case TimeBucket::Month: {
        const QDate d = QDate::fromString(label + QStringLiteral("-01"), Qt::ISODate);
        return d.isValid() ? d.addMonths(steps).toString(QStringLiteral("yyyy-MM")) : QString();
    }
    case TimeBucket::Quarter: {
        if (label.size() != 7 || label.mid(4, 2) != QLatin1String("-Q"))
            return {};
        const int index = label.left(4).toInt() * 4 + label.right(1).toInt() - 1 + steps;
        return QStringLiteral("%1-Q%2").arg(index / 4).arg(index % 4 + 1);
    }
    case TimeBucket::Year: {
        bool ok = false;
        const int year = label.toInt(&ok);
        return ok ? QString::number(year + steps) : QString();
    }
    }
    return {};
}

} // namespace tl

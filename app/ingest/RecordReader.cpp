#include "RecordReader.h"

#include <QSet>

namespace tl {

QStringList uniqueColumnNames(const QStringList &raw) {
    QSet<QString> taken{QStringLiteral("rowid"), QStringLiteral("oid"), QStringLiteral("_rowid_")};
    QStringList names;
    names.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QString base = raw[i].trimmed();
        if (base.isEmpty())
            base = QStringLiteral("column_%1").arg(i + 1);
        QString name = base;
        for (int n = 2; taken.contains(name.toLower()); ++n)
            name = QStringLiteral("%1_%2").arg(base).arg(n);
        taken.insert(name.toLower());
        names.append(name);
    }
    return names;
}

} // namespace tl

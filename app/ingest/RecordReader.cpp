#include "RecordReader.h"

namespace tl {

UniqueColumnNamer::UniqueColumnNamer()
    : m_taken{QStringLiteral("rowid"), QStringLiteral("oid"), QStringLiteral("_rowid_")} {
}

QString UniqueColumnNamer::add(const QString &raw) {
    QString base = raw.trimmed();
    if (base.isEmpty())
        base = QStringLiteral("column_%1").arg(m_count + 1);
    ++m_count;
    QString name = base;
    // The next free suffix per base, so ten thousand blank or equal names stay linear.
    int &n = m_nextSuffix[base.toLower()];
    if (n < 2)
        n = 2;
    while (m_taken.contains(name.toLower()))
        name = QStringLiteral("%1_%2").arg(base).arg(n++);
    m_taken.insert(name.toLower());
    return name;
}

QStringList uniqueColumnNames(const QStringList &raw) {
    UniqueColumnNamer namer;
    QStringList names;
    names.reserve(raw.size());
    for (const QString &name : raw)
        names.append(namer.add(name));
    return names;
}

} // namespace tl

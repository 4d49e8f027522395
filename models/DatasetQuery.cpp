#include "DatasetQuery.h"

namespace tl {

DatasetQuery::DatasetQuery(const Dialect &dialect, QString table, QStringList columns)
    : m_dialect(dialect)
    , m_table(std::move(table))
    , m_columns(std::move(columns)) {
}

void DatasetQuery::setSort(int column, bool descending) {
    m_sortColumn = column >= 0 && column < m_columns.size() ? column : -1;
    m_descending = descending;
    m_ordered = false;
}

void DatasetQuery::setFilter(const QString &text) {
    m_filter = text.trimmed();
    m_ordered = false;
}

void DatasetQuery::setRowidBounds(qint64 first, qint64 last, qint64 rows) {
    m_firstRowid = first;
    m_dense = rows == 0 || last - first + 1 == rows;
}

bool DatasetQuery::pagesByRowid() const {
    return m_dense && m_sortColumn < 0 && !filtered();
}

QString DatasetQuery::columnList() const {
    QStringList quoted;
    for (const QString &c : m_columns)
        quoted.append(m_dialect.quoteIdentifier(c));
    return quoted.join(u", ");
}

QString DatasetQuery::whereClause(QVariantList &bindings) const {
    QStringList conditions;
    if (!m_condition.sql.isEmpty()) {
        conditions.append(u'(' + m_condition.sql + u')');
        bindings += m_condition.bindings;
    }
    if (!m_filter.isEmpty()) {
        // A contains-match on any column; % and _ in the user's text match themselves.
        QString pattern = m_filter;
        pattern.replace(u'\\', QLatin1String("\\\\"))
            .replace(u'%', QLatin1String("\\%"))
            .replace(u'_', QLatin1String("\\_"));
        pattern = u'%' + pattern + u'%';
        QStringList terms;
        for (const QString &c : m_columns) {
            terms.append(QStringLiteral("CAST(%1 AS TEXT) LIKE ? ESCAPE '\\'")
                             .arg(m_dialect.quoteIdentifier(c)));
            bindings.append(pattern);
        }
        conditions.append(u'(' + terms.join(QLatin1String(" OR ")) + u')');
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

DatasetQuery::Statement DatasetQuery::page(qint64 firstRow, int rows) const {
    Statement s;
    const QString table = m_dialect.quoteIdentifier(m_table);
    if (pagesByRowid()) {
        s.sql = QStringLiteral("SELECT %1 FROM %2 WHERE rowid >= ? AND rowid < ? ORDER BY rowid")
                    .arg(columnList(), table);
        s.bindings = {m_firstRowid + firstRow, m_firstRowid + firstRow + rows};
        return s;
    }
    if (m_ordered && m_sortColumn >= 0 && !filtered()) {
        // CROSS JOIN keeps the list outside: each of its rowids is one b-tree lookup. The
        // columns are qualified, as json_each has columns of its own (key, value, id, …).
        QStringList qualified;
        for (const QString &c : m_columns)
            qualified.append(QStringLiteral("_tl_t.") + m_dialect.quoteIdentifier(c));
        s.sql = QStringLiteral("SELECT %1 FROM json_each(?) AS _tl_j CROSS JOIN %2 AS _tl_t ON "
                               "_tl_t.rowid = _tl_j.value ORDER BY _tl_j.key")
                    .arg(qualified.join(u", "), table);
        s.orderFirst = firstRow;
        s.orderRows = rows;
        return s;
    }
    QString order = QStringLiteral("rowid");
    if (m_sortColumn >= 0)
        order = QStringLiteral("%1 %2, rowid")
                    .arg(m_dialect.quoteIdentifier(m_columns[m_sortColumn]),
                         m_descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    s.sql = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 LIMIT ? OFFSET ?")
                .arg(columnList(), table, whereClause(s.bindings), order);
    s.bindings.append(rows);
    s.bindings.append(firstRow);
    return s;
}

DatasetQuery::Statement DatasetQuery::count() const {
    Statement s;
    s.sql = QStringLiteral("SELECT count(*) FROM %1%2")
                .arg(m_dialect.quoteIdentifier(m_table), whereClause(s.bindings));
    return s;
}

DatasetQuery::Statement DatasetQuery::bounds() const {
    // Two subqueries: SQLite answers a lone min() or max() of the rowid from the b-tree's
    // ends, but both in one SELECT scan the whole table.
    const QString table = m_dialect.quoteIdentifier(m_table);
    return {QStringLiteral("SELECT (SELECT min(rowid) FROM %1), (SELECT max(rowid) FROM %1)")
                .arg(table),
            {}};
}

} // namespace tl

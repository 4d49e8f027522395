#pragma once

#include "analysis/SqlFragment.h"
#include "store/Dialect.h"

#include <QStringList>
#include <QVariantList>

namespace tl {

// The SQL behind the table view of one dataset: pages, row count, sort and quick filter.
// Identifiers are quoted through the Dialect and the filter text is always a bound value.
//
// Pages are keyset ranges of rowid when the view is the table in its own order and its rowids
// are dense (1..N, as an import writes them): any page, the last one included, is then one
// index range read. Sorted by a column the column store keeps, pages are positions in the
// order the loader holds. Otherwise, with a sort or a filter, the view pages with
// LIMIT/OFFSET.
class DatasetQuery {
public:
    struct Statement {
        QString sql;
        QVariantList bindings;
        // A page of a sorted order the loader holds: its rowids at positions
        // [orderFirst, orderFirst + orderRows) become the one binding.
        qint64 orderFirst = -1;
        int orderRows = 0;
    };

    DatasetQuery(const Dialect &dialect, QString table, QStringList columns);

    void setSort(int column, bool descending);
    void setFilter(const QString &text);
    // A condition on the rows from elsewhere (a chart's click-through), kept with any filter.
    void setCondition(const SqlFragment &condition) { m_condition = condition; }
    const SqlFragment &condition() const { return m_condition; }
    void setRowidBounds(qint64 firstRowid, qint64 lastRowid, qint64 rows);

    // True when pages are rowid ranges (no sort, no filter, dense rowids).
    bool pagesByRowid() const;
    Statement page(qint64 firstRow, int rows) const;
    Statement count() const;
    Statement bounds() const; // min(rowid), max(rowid)
    bool filtered() const { return !m_filter.isEmpty() || !m_condition.sql.isEmpty(); }
    bool sorted() const { return m_sortColumn >= 0; }
    int sortColumn() const { return m_sortColumn; }
    bool descending() const { return m_descending; }
    // The loader holds the sort's order of rowids (from the column store): pages are
    // positions in it, each one read by rowid.
    void setOrdered(bool ordered) { m_ordered = ordered; }

private:
    QString columnList() const;
    QString whereClause(QVariantList &bindings) const;

    const Dialect &m_dialect;
    QString m_table;
    QStringList m_columns;
    int m_sortColumn = -1;
    bool m_descending = false;
    QString m_filter;
    SqlFragment m_condition;
    qint64 m_firstRowid = 1;
    bool m_dense = false;
    bool m_ordered = false;
};

} // namespace tl

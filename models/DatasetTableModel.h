#pragma once

#include "engine/Engine.h"
#include "models/DatasetQuery.h"
#include "models/RowLoader.h"
#include "store/DatasetInfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

namespace tl {

// One dataset as a lazy table: only the pages the view shows are read, by RowLoader tasks on
// TaskRunner's pool, into a bounded page cache. The row count comes from the catalog (never a
// count(*) scan) unless a filter is on, then from one count query. The quick filter runs in
// SQL; a sort too, unless the table is large and the column store can sort it once. A change
// of dataset, sort or filter cancels every read of the old view (their answers never arrive),
// so a slow query can never paint stale rows.
class DatasetTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 256;
    static constexpr int kMaxCachedPages = 64;
    static constexpr int kDisplayChars = 120;
    // From this many rows on, a sort is done once from the column store, not by SQL per page.
    static constexpr qint64 kOrderedRows = 100000;
    // Extra roles: the whole value of a cell as stored, for the side panel and copying; and
    // for a timestamp, the zone it is shown in and its stored UTC value.
    enum Role { FullTextRole = Qt::UserRole + 1, TimeNoteRole };

    explicit DatasetTableModel(QObject *parent = nullptr);
    ~DatasetTableModel() override;

    // Shows `info` of the workspace at `workspacePath` (or nothing when info is empty).
    void setDataset(const QString &workspacePath, const DatasetInfo &info);
    void clear();
    void setFilter(const QString &text);
    // The cells' text changed without their values (the time zone timestamps are shown in).
    void refreshDisplay();
    // Shows only the rows `condition` selects (a chart point's rows); an empty one shows all.
    void setCondition(const SqlFragment &condition, const QString &description);
    const QString &conditionDescription() const { return m_conditionDescription; }
    const DatasetInfo &dataset() const { return m_info; }

    // Whether a filter or a condition hides rows; rowCount() is then what matches, once
    // counted.
    bool isFiltered() const { return m_query && m_query->filtered(); }
    bool isCounting() const { return m_counting; }
    // Rows received from the database since the dataset was set (tests, benchmarks).
    qint64 rowsFetched() const { return m_rowsFetched; }
    bool isLoading() const {
        return !m_pending.isEmpty() || m_counting || !m_boundsKnown || m_ordering;
    }
    // The selection as tab-separated text (header row first), loading what is not cached.
    QString toTsv(const QModelIndexList &indexes) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void pageArrived(qint64 page);
    void loadingChanged(bool loading);
    void failed(const QString &message);
    void conditionChanged(const QString &description);

private:
    void restart(); // old reads cancelled, empty cache, row count asked again when filtered
    void cancelReads();
    void askForOrder();
    void requestPage(qint64 page) const;
    // Reads `statement` on the pool in `lane` (a newer read there cancels it); the rows go to
    // `arrived` on the GUI thread, a failure to readFailed().
    void read(const QString &lane, const DatasetQuery::Statement &statement,
              std::function<void(const Rows &)> arrived) const;
    // Where each kind of answer lands (on the GUI thread, for the current view only).
    void boundsArrived(const Rows &rows);
    void orderArrived(const RowOrder &order);
    void countArrived(const Rows &rows);
    void pageLoaded(qint64 page, const Rows &rows);
    void readFailed(const QString &message);
    void evictFarFrom(qint64 page);
    QVariant cellValue(int row, int column) const;

    QString m_workspacePath;
    std::shared_ptr<const Engine> m_engine; // before m_query, which uses its dialect
    DatasetInfo m_info;
    std::unique_ptr<DatasetQuery> m_query;
    qint64 m_rows = 0;
    bool m_counting = false;
    bool m_ordering = false; // the loader sorts from the column store; pages wait
    bool m_boundsKnown = true;
    RowOrder m_order; // the rowids of a sort from the column store
    mutable QHash<qint64, Rows> m_pages;
    mutable QSet<qint64> m_pending;
    qint64 m_rowsFetched = 0;
    QString m_conditionDescription;
};

} // namespace tl

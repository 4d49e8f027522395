#include "DatasetTableModel.h"

#include "core/WallClock.h"
#include "models/ColumnLabels.h"
#include "models/LocaleText.h"
#include "models/TaskRunner.h"

#include <QLocale>

namespace tl {

namespace {

QString displayText(const QVariant &value) {
    QString text = value.toString();
    if (text.size() > DatasetTableModel::kDisplayChars)
        text = text.left(DatasetTableModel::kDisplayChars) + u'…';
    // One line per cell: a review's paragraphs stay readable in the side panel instead.
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text;
}

const QString kBoundsLane = QStringLiteral("bounds");
const QString kCountLane = QStringLiteral("count");
const QString kOrderLane = QStringLiteral("order");

QString pageLane(qint64 page) {
    return QStringLiteral("page:%1").arg(page);
}

// Keeps a task's answer for its `done`, which runs on the GUI thread.
template<class T> Status assign(T &target, Result<T> result) {
    if (!result)
        return result.status();
    target = std::move(result.value());
    return Status::success();
}

} // namespace

DatasetTableModel::DatasetTableModel(QObject *parent)
    : QAbstractTableModel(parent) {
}

DatasetTableModel::~DatasetTableModel() = default; // TaskRunner cancels our reads

void DatasetTableModel::setDataset(const QString &workspacePath, const DatasetInfo &info) {
    beginResetModel();
    m_workspacePath = workspacePath;
    m_info = info;
    QStringList names;
    for (const Column &c : info.columns)
        names.append(c.name);
    m_query.reset(); // it refers to the engine's dialect
    m_engine = Engine::forWorkspace(workspacePath);
    m_query = std::make_unique<DatasetQuery>(m_engine->dialect(), info.tableName, names);
    m_rows = info.rowCount;
    m_rowsFetched = 0;
    m_conditionDescription.clear();
    m_boundsKnown = info.tableName.isEmpty();
    restart();
    endResetModel();
    // Bounds are asked once per dataset and are cheap: they are not cancelled when the view
    // is sorted or filtered, so it can page by rowid when it comes back.
    if (m_boundsKnown) {
        TaskRunner::shared().cancel(this, kBoundsLane);
        return;
    }
    read(kBoundsLane, m_query->bounds(), [this](const Rows &rows) { boundsArrived(rows); });
}

void DatasetTableModel::read(const QString &lane, const DatasetQuery::Statement &statement,
                             std::function<void(const Rows &)> arrived) const {
    auto *self = const_cast<DatasetTableModel *>(this);
    const QString path = m_workspacePath;
    const RowOrder order = m_order;
    auto rows = std::make_shared<Rows>();
    TaskRunner::shared().run(
        self, lane,
        [path, statement, order, rows](TaskControl &control) {
            return assign(*rows, RowLoader::read(path, statement, order, control));
        },
        [self, rows, arrived = std::move(arrived)](const Status &status) {
            status ? arrived(*rows) : self->readFailed(status.message());
        });
}

void DatasetTableModel::clear() {
    beginResetModel();
    m_info = DatasetInfo{};
    m_query.reset();
    m_rows = 0;
    m_boundsKnown = true;
    TaskRunner::shared().cancel(this, kBoundsLane);
    restart();
    endResetModel();
}

void DatasetTableModel::cancelReads() {
    TaskRunner &runner = TaskRunner::shared();
    for (const qint64 page : std::as_const(m_pending))
        runner.cancel(this, pageLane(page));
    runner.cancel(this, kCountLane);
    runner.cancel(this, kOrderLane);
    m_pending.clear();
    m_counting = false;
    m_ordering = false;
}

void DatasetTableModel::restart() {
    cancelReads();
    m_pages.clear();
    m_order.reset();
    if (m_query)
        askForOrder();
    if (m_query && m_query->filtered()) {
        m_rows = 0;
        m_counting = true;
        read(kCountLane, m_query->count(), [this](const Rows &rows) { countArrived(rows); });
    } else {
        m_rows = m_info.rowCount;
    }
    Q_EMIT loadingChanged(isLoading());
}

void DatasetTableModel::setFilter(const QString &text) {
    if (!m_query)
        return;
    beginResetModel();
    m_query->setFilter(text);
    restart();
    endResetModel();
}

void DatasetTableModel::setCondition(const SqlFragment &condition, const QString &description) {
    if (!m_query)
        return;
    beginResetModel();
    m_query->setCondition(condition);
    m_conditionDescription = condition.sql.isEmpty() ? QString() : description;
    restart();
    endResetModel();
    Q_EMIT conditionChanged(m_conditionDescription);
}

void DatasetTableModel::sort(int column, Qt::SortOrder order) {
    if (!m_query)
        return;
    beginResetModel();
    m_query->setSort(column, order == Qt::DescendingOrder);
    restart();
    endResetModel();
}

void DatasetTableModel::askForOrder() {
    // A large table sorted by a column: it is sorted once from the column store, and pages
    // read rows by rowid; SQL would sort every row for every page.
    m_ordering = m_query->sorted() && !m_query->filtered() && m_info.rowCount >= kOrderedRows;
    if (!m_ordering)
        return;
    const QString path = m_workspacePath;
    const DatasetInfo info = m_info;
    const QString column = m_info.columns.value(m_query->sortColumn()).name;
    const bool descending = m_query->descending();
    auto order = std::make_shared<RowOrder>();
    TaskRunner::shared().run(
        this, kOrderLane,
        [path, info, column, descending, order](TaskControl &control) {
            return assign(*order, RowLoader::order(path, info, column, descending, control));
        },
        [this, order](const Status &status) {
            status ? orderArrived(*order) : readFailed(status.message());
        });
}

void DatasetTableModel::requestPage(qint64 page) const {
    // The table's own order pages by rowid once its bounds are known (one round trip after
    // the dataset is set); until then those pages wait rather than scan with OFFSET. A sort
    // waits for its order the same way.
    if (m_pending.contains(page) || m_ordering ||
        (!m_boundsKnown && !m_query->sorted() && !m_query->filtered()))
        return;
    m_pending.insert(page);
    auto *self = const_cast<DatasetTableModel *>(this);
    read(pageLane(page), m_query->page(page * kPageSize, kPageSize),
         [self, page](const Rows &rows) { self->pageLoaded(page, rows); });
    if (m_pending.size() == 1)
        Q_EMIT self->loadingChanged(true);
}

void DatasetTableModel::boundsArrived(const Rows &rows) {
    const QVariantList bounds = rows.value(0);
    m_query->setRowidBounds(bounds.value(0).toLongLong(), bounds.value(1).toLongLong(),
                            m_info.rowCount);
    m_boundsKnown = true;
    // The view asks again for the cells it shows; only those pages load.
    if (m_rows > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT loadingChanged(isLoading());
}

void DatasetTableModel::orderArrived(const RowOrder &order) {
    m_ordering = false;
    m_order = order;
    m_query->setOrdered(bool(order));
    if (m_rows > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT loadingChanged(isLoading());
}

void DatasetTableModel::countArrived(const Rows &rows) {
    beginResetModel();
    m_rows = rows.value(0).value(0).toLongLong();
    m_counting = false;
    endResetModel();
    Q_EMIT loadingChanged(isLoading());
}

void DatasetTableModel::pageLoaded(qint64 page, const Rows &rows) {
    m_pending.remove(page);
    m_pages.insert(page, rows);
    m_rowsFetched += rows.size();
    evictFarFrom(page);
    if (!rows.isEmpty()) {
        const qint64 first = page * kPageSize;
        const qint64 last = std::min(first + rows.size(), m_rows) - 1;
        if (last >= first)
            Q_EMIT dataChanged(index(int(first), 0), index(int(last), columnCount() - 1));
    }
    Q_EMIT pageArrived(page);
    if (m_pending.isEmpty())
        Q_EMIT loadingChanged(isLoading());
}

void DatasetTableModel::readFailed(const QString &message) {
    // Without bounds the table order pages with OFFSET: slower far down, still right.
    m_boundsKnown = true;
    cancelReads();
    Q_EMIT loadingChanged(false);
    Q_EMIT failed(message);
}

void DatasetTableModel::evictFarFrom(qint64 page) {
    while (m_pages.size() > kMaxCachedPages) {
        auto farthest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (std::abs(it.key() - page) > std::abs(farthest.key() - page))
                farthest = it;
        }
        m_pages.erase(farthest);
    }
}

QVariant DatasetTableModel::cellValue(int row, int column) const {
    const qint64 page = row / kPageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        requestPage(page);
        return {};
    }
    return it->value(row % kPageSize).value(column);
}

void DatasetTableModel::refreshDisplay() {
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::DisplayRole, TimeNoteRole});
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int DatasetTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(std::min<qint64>(m_rows, std::numeric_limits<int>::max()));
}

int DatasetTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_info.columns.size());
}

QVariant DatasetTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !m_query)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        // Measures read grouped (1,234,567); ids and codes stay as written.
        const QVariant value = cellValue(index.row(), index.column());
        const Column &column = m_info.columns.value(index.column());
        if (column.role == ColumnRole::Measure &&
            (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int))
            return QLocale().toString(value.toLongLong());
        if (column.role == ColumnRole::Measure && value.typeId() == QMetaType::Double)
            return LocaleText::number(value.toDouble());
        if (column.type == ColumnType::Timestamp && value.typeId() == QMetaType::QString) {
            // Stored in UTC, shown in the window's zone (View ▸ Time zone).
            if (const auto local =
                    DisplayClock::current().localText(value.toString().toStdString()))
                return QString::fromStdString(*local);
        }
        return displayText(value);
    }
    case TimeNoteRole: {
        if (m_info.columns.value(index.column()).type != ColumnType::Timestamp)
            return {};
        const QVariant value = cellValue(index.row(), index.column());
        if (value.isNull())
            return {};
        return tr("Shown in %1; stored as %2 UTC.")
            .arg(DisplayClock::current().abbreviation(), value.toString());
    }
    case FullTextRole:
    case Qt::EditRole:
        return cellValue(index.row(), index.column());
    case Qt::ToolTipRole: {
        const QVariant value = cellValue(index.row(), index.column());
        const QString text = value.toString();
        return text.size() > kDisplayChars || text.contains(u'\n') ? QVariant(text) : QVariant();
    }
    case Qt::TextAlignmentRole: {
        const ColumnType type = m_info.columns.value(index.column()).type;
        if (type == ColumnType::Integer || type == ColumnType::Real)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    default:
        return {};
    }
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_info.columns.size())
        return {};
    const Column &column = m_info.columns[section];
    if (role == Qt::DisplayRole)
        return column.name;
    if (role == Qt::ToolTipRole && column.type == ColumnType::Timestamp)
        return tr("%1: %2, %3, shown in %4")
            .arg(column.name, ColumnLabels::type(column.type), ColumnLabels::role(column.role),
                 DisplayClock::current().abbreviation());
    if (role == Qt::ToolTipRole)
        return tr("%1: %2, %3")
            .arg(column.name, ColumnLabels::type(column.type), ColumnLabels::role(column.role));
    return {};
}

QString DatasetTableModel::toTsv(const QModelIndexList &indexes) const {
    if (indexes.isEmpty() || !m_query)
        return {};
    int top = indexes.front().row(), bottom = top, left = indexes.front().column(), right = left;
    QSet<qint64> cells;
    for (const QModelIndex &i : indexes) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
        cells.insert(qint64(i.row()) << 16 | i.column());
    }
    // One query for the whole block: the selection may reach far past the cached pages.
    TaskControl control;
    const Result<Rows> read =
        RowLoader::read(m_workspacePath, m_query->page(top, bottom - top + 1), m_order, control);
    if (!read)
        Q_EMIT const_cast<DatasetTableModel *>(this)->failed(read.status().message());
    const Rows rows = read ? *read : Rows();
    auto clean = [](QString text) {
        return text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    };
    QStringList lines;
    QStringList header;
    for (int c = left; c <= right; ++c)
        header.append(clean(m_info.columns.value(c).name));
    lines.append(header.join(u'\t'));
    for (int r = top; r <= bottom; ++r) {
        QStringList fields;
        for (int c = left; c <= right; ++c)
            fields.append(cells.contains(qint64(r) << 16 | c)
                              ? clean(rows.value(r - top).value(c).toString())
                              : QString());
        lines.append(fields.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace tl

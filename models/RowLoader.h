#pragma once

#include "models/DatasetQuery.h"
#include "store/Connection.h"
#include "store/DatasetInfo.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace tl {

using Rows = QList<QVariantList>;

// Runs the table view's queries on its own thread and read-only connection, so the GUI never
// waits on SQLite. Every request carries the token of the view it was made for; requests
// for a view that has since changed are skipped, and the model drops answers for old tokens.
class RowLoader : public QObject {
    Q_OBJECT
public:
    explicit RowLoader(std::shared_ptr<std::atomic<quint64>> currentToken);
    ~RowLoader() override;

    // What an answer is for; the model dispatches on it.
    enum class Purpose { Page, Count, Bounds, Order };
    Q_ENUM(Purpose)

public Q_SLOTS:
    void open(const QString &workspacePath);
    // Runs `statement` unless `token` is stale; answers with answered() or failed().
    void load(quint64 token, tl::RowLoader::Purpose purpose, qint64 key,
              const tl::DatasetQuery::Statement &statement);
    // For copying a selection that reaches past the cached pages; called blocking.
    tl::Rows fetch(const tl::DatasetQuery::Statement &statement);

public:
    // Sorts `info`'s rows by `column` from the column store and keeps the order for pages;
    // answers Purpose::Order with key 1, or 0 when SQL has to sort (a column not kept).
    void order(quint64 token, const tl::DatasetInfo &info, const QString &column, bool descending);

Q_SIGNALS:
    // fetch() could not read the rows (the copy gets none).
    void copyFailed(const QString &message);
    void answered(quint64 token, tl::RowLoader::Purpose purpose, qint64 key, const tl::Rows &rows);
    void failed(quint64 token, const QString &message);

private:
    bool stale(quint64 token) const { return token != m_currentToken->load(); }
    Result<Rows> run(const DatasetQuery::Statement &statement);

    std::shared_ptr<std::atomic<quint64>> m_currentToken;
    QString m_path;
    std::unique_ptr<Connection> m_connection;
    std::vector<qint64> m_order; // rowids of the sorted view
};

} // namespace tl

Q_DECLARE_METATYPE(tl::DatasetQuery::Statement)

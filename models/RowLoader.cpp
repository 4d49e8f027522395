#include "RowLoader.h"

#include "columns/ColumnOrder.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tl {

RowLoader::RowLoader(std::shared_ptr<std::atomic<quint64>> currentToken)
    : m_currentToken(std::move(currentToken)) {
}

RowLoader::~RowLoader() = default;

void RowLoader::open(const QString &workspacePath) {
    if (m_connection && m_path == workspacePath)
        return;
    m_path = workspacePath;
    m_connection = std::make_unique<Connection>();
    if (Status s = m_connection->open(workspacePath, Connection::Access::ReadOnly); !s) {
        m_connection.reset();
        m_path.clear();
        Q_EMIT failed(m_currentToken->load(), s.message());
    }
}

Result<Rows> RowLoader::run(const DatasetQuery::Statement &statement) {
    if (!m_connection)
        return Status::internal(tr("the workspace is not open"));
    QSqlQuery query(m_connection->db());
    query.setForwardOnly(true);
    if (!query.prepare(statement.sql))
        return Status::internal(query.lastError().text());
    for (const QVariant &value : statement.bindings)
        query.addBindValue(value);
    if (statement.orderFirst >= 0) {
        QByteArray list = "[";
        const auto first = std::min<std::size_t>(std::size_t(statement.orderFirst), m_order.size());
        const auto last = std::min(first + std::size_t(statement.orderRows), m_order.size());
        for (std::size_t i = first; i < last; ++i) {
            if (i > first)
                list += ',';
            list += QByteArray::number(m_order[i]);
        }
        query.addBindValue(QString::fromLatin1(list + ']'));
    }
    if (!query.exec())
        return Status::internal(query.lastError().text());
    Rows rows;
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(query.value(i));
        rows.append(std::move(row));
    }
    if (query.lastError().isValid())
        return Status::internal(query.lastError().text());
    return rows;
}

void RowLoader::load(quint64 token, Purpose purpose, qint64 key,
                     const DatasetQuery::Statement &statement) {
    // Bounds are asked once per dataset and are cheap: they run even when the view has
    // moved on (sorted, filtered) so it can page by rowid when it comes back.
    if (purpose != Purpose::Bounds && stale(token))
        return;
    const Result<Rows> rows = run(statement);
    if (!rows) {
        Q_EMIT failed(token, rows.status().message());
        return;
    }
    Q_EMIT answered(token, purpose, key, *rows);
}

void RowLoader::order(quint64 token, const DatasetInfo &info, const QString &column,
                      bool descending) {
    if (stale(token))
        return;
    m_order.clear();
    if (!m_connection) {
        Q_EMIT failed(token, tr("the workspace is not open"));
        return;
    }
    QString note;
    if (Status s = ColumnOrder::sortedRowids(m_connection->db(), info, column, descending, nullptr,
                                             m_order, note);
        !s) {
        Q_EMIT failed(token, s.message());
        return;
    }
    Q_EMIT answered(token, Purpose::Order, note.isEmpty() ? 1 : 0, {});
}

Rows RowLoader::fetch(const DatasetQuery::Statement &statement) {
    const Result<Rows> rows = run(statement);
    if (!rows) {
        Q_EMIT copyFailed(rows.status().message());
        return {};
    }
    return *rows;
}

} // namespace tl

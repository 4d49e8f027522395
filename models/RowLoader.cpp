#include "RowLoader.h"

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

bool RowLoader::run(const DatasetQuery::Statement &statement, Rows &rows, QString &error) {
    if (!m_connection) {
        error = tr("the workspace is not open");
        return false;
    }
    QSqlQuery query(m_connection->db());
    query.setForwardOnly(true);
    if (!query.prepare(statement.sql)) {
        error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : statement.bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        error = query.lastError().text();
        return false;
    }
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(query.value(i));
        rows.append(std::move(row));
    }
    return true;
}

void RowLoader::load(quint64 token, Purpose purpose, qint64 key,
                     const DatasetQuery::Statement &statement) {
    // Bounds are asked once per dataset and are cheap: they run even when the view has
    // moved on (sorted, filtered) so it can page by rowid when it comes back.
    if (purpose != Purpose::Bounds && stale(token))
        return;
    Rows rows;
    QString error;
    if (!run(statement, rows, error)) {
        Q_EMIT failed(token, error);
        return;
    }
    Q_EMIT answered(token, purpose, key, rows);
}

Rows RowLoader::fetch(const DatasetQuery::Statement &statement) {
    Rows rows;
    QString error;
    run(statement, rows, error);
    return rows;
}

} // namespace tl

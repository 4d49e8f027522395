#pragma once

#include "core/Status.h"

#include <QSqlDatabase>

namespace tl {

// A write transaction on one connection, rolled back unless committed: early returns and
// errors cannot leave it open. BEGIN IMMEDIATE takes the write lock up front, so a writer
// waits for its turn at the start (through the connection's busy handler) instead of failing
// half-way with SQLITE_BUSY.
class Transaction {
public:
    // `db` must outlive the guard; it may be opened after the guard is made.
    explicit Transaction(QSqlDatabase &db)
        : m_db(db) {}
    ~Transaction() { rollback(); }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();
    void rollback();
    bool isOpen() const { return m_open; }

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

} // namespace tl

#pragma once

#include <QString>
#include <QVariantList>

namespace tl {

// A piece of SQL and the values bound to its '?' placeholders, in order. User text only ever
// reaches the database as a binding, never inside `sql`.
struct SqlFragment {
    QString sql;
    QVariantList bindings;

    void append(const SqlFragment &other) {
        sql += other.sql;
        bindings += other.bindings;
    }
};

} // namespace tl

#pragma once

#include "core/ColumnType.h"

#include <QString>

namespace tl {

// The SQL that differs between database engines. Everything that builds SQL asks the dialect
// how to spell identifiers and types, so the same query code targets SQLite and PostgreSQL.
class Dialect {
public:
    virtual ~Dialect() = default;

    virtual QString name() const = 0;
    // Quotes an identifier (a dataset or column name as the user wrote it, Korean included).
    virtual QString quoteIdentifier(const QString &identifier) const;
    // The declared storage type of a column of this logical type.
    virtual QString storageType(ColumnType type) const = 0;
};

class SqliteDialect final : public Dialect {
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    QString storageType(ColumnType type) const override;
};

} // namespace tl

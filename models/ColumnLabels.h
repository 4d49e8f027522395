#pragma once

#include "core/ColumnType.h"

#include <QCoreApplication>

namespace tl {

// Column types and chart roles as the user reads them, translated. The engine's own names
// (typeName, roleName) stay the stable identifiers of the CLI, catalog and chart specs.
class ColumnLabels {
    Q_DECLARE_TR_FUNCTIONS(tl::ColumnLabels)
public:
    static QString type(ColumnType type);
    static QString role(ColumnRole role);
};

} // namespace tl

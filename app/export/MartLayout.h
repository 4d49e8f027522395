#pragma once

#include "core/ColumnType.h"

#include <QStringList>

namespace tl {

// The keys and indexes a dataset's table gets on a team's server when a publish creates it:
// the KOBIS datasets publish as a normalised mart, the daily box office keyed by target date
// and movie code, each movie's details found by movie code. Other datasets have none (a
// publish's --key gives them one).
struct MartLayout {
    QStringList keys;
    QList<QStringList> indexes;

    // The layout of the dataset `name` with `columns`; empty unless every column it names is
    // there (an import that borrowed a KOBIS name is not the mart).
    static MartLayout of(const QString &name, const Columns &columns);
};

} // namespace tl

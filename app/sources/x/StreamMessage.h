#pragma once

#include "core/ColumnType.h"

#include <QByteArray>
#include <QString>
#include <QVariantList>

namespace tl {

// One line of an X v2 stream, read: a tweet as an `x_tweets` row (typed columns plus the raw
// JSON, so any other field can be charted later with json()), an operational disconnect (the
// server is about to close; reconnect), or a problem report.
struct StreamMessage {
    enum class Kind { Tweet, Disconnect, Problem, Malformed };

    Kind kind = Kind::Malformed;
    QString id;       // the tweet's id
    QVariantList row; // in columns() order
    QString problem;  // title: detail, for Disconnect and Problem

    static StreamMessage parse(const QByteArray &line);
    static const Columns &columns();
};

} // namespace tl

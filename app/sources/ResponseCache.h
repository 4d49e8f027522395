#pragma once

#include "store/Connection.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tl {

// HTTP answers kept in the workspace (`_tl_http_cache`), keyed by URL without secrets, so a
// re-run or a resumed backfill does not fetch what it already has. Opens its own connection
// in the thread that uses it.
class ResponseCache {
public:
    explicit ResponseCache(QString workspacePath)
        : m_path(std::move(workspacePath)) {}

    std::optional<QByteArray> find(const QString &key);
    Status store(const QString &key, int status, const QByteArray &body);

private:
    Status ensureOpen();

    QString m_path;
    Connection m_connection;
};

} // namespace tl

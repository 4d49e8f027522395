#pragma once

#include "core/Status.h"

namespace tl {

// API keys (TRENDLENS_KOBIS_KEY, TRENDLENS_NEXON_KEY, TRENDLENS_X_BEARER). They come from the
// environment when set there, else from the OS keychain, and only ever live in memory: never
// in the workspace, a log, an error text, an export or a cache key.
class Secrets {
public:
    // The key named `variable`, or an error naming the variable for `source`.
    static Status find(const QString &variable, const QString &source, QString &key);
};

} // namespace tl

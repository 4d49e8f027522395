#pragma once

#include "core/Status.h"

namespace tl {

// API keys. They come from the environment (TRENDLENS_KOBIS_KEY, TRENDLENS_NEXON_KEY,
// TRENDLENS_X_BEARER) and only ever live in memory: never in the workspace, a log, an error
// text, an export or a cache key.
class Secrets {
public:
    // The key in `variable`, or an error naming the variable for `source`.
    static Status fromEnvironment(const char *variable, const QString &source, QString &key);
};

} // namespace tl

#pragma once

#include "core/Status.h"

namespace tl {

// API keys (TRENDLENS_KOBIS_KEY, TRENDLENS_NEXON_KEY, TRENDLENS_X_BEARER). A key comes from
// the environment when set there, else from the OS keychain (a secret service, through
// QtKeychain, filed under the variable's name), and only ever lives in memory: never in the
// workspace, a log, an error text, an export or a cache key. There is no plain-text fallback:
// without a secret service, a key is the environment's or the session's.
class Secrets {
public:
    // The key named `variable`, or an error naming the variable for `source`.
    static Status find(const QString &variable, const QString &source, QString &key);
    // The keychain's key for `variable`; empty when there is none or no keychain.
    static QString fromKeychain(const QString &variable);
    // Files `key` in the keychain under `variable`; an error says why it could not.
    static Status store(const QString &variable, const QString &key);
    // Deletes the keychain's entry for `variable`, if there is one.
    static void forget(const QString &variable);
};

} // namespace tl

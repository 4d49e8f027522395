#include "WallClockFunction.h"

#include "core/WallClock.h"

#include <sqlite3.h>

#include <optional>

namespace tl {

namespace {

void wallClock(sqlite3_context *context, int, sqlite3_value **args) {
    if (sqlite3_value_type(args[0]) != SQLITE_TEXT) {
        sqlite3_result_value(context, args[0]);
        return;
    }
    // The zone is the same for every row of a statement: its clock is looked up once and kept
    // with the statement, for as long as SQLite chooses to keep it.
    const auto *kept = static_cast<const WallClock *>(sqlite3_get_auxdata(context, 1));
    std::optional<WallClock> fresh;
    if (!kept) {
        const auto *zone = reinterpret_cast<const char *>(sqlite3_value_text(args[1]));
        fresh.emplace(QByteArray(zone ? zone : "UTC"));
        sqlite3_set_auxdata(context, 1, new WallClock(*fresh),
                            [](void *p) { delete static_cast<WallClock *>(p); });
    }
    const WallClock &clock = kept ? *kept : *fresh;
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(args[0]));
    const auto local =
        clock.localText(std::string_view(text, std::size_t(sqlite3_value_bytes(args[0]))));
    if (!local) {
        sqlite3_result_value(context, args[0]);
        return;
    }
    sqlite3_result_text(context, local->data(), int(local->size()), SQLITE_TRANSIENT);
}

} // namespace

void registerWallClockFunction(sqlite3 *db) {
    sqlite3_create_function_v2(db, "tl_wall_clock", 2,
                               SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               wallClock, nullptr, nullptr, nullptr);
}

} // namespace tl

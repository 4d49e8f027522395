#include "TextFunctions.h"

#include "text/Tokenizer.h"

#include <sqlite3.h>

namespace tl {

namespace {

QString textOf(sqlite3_value *value) {
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(value)),
                             sqlite3_value_bytes(value));
}

void containsTerm(sqlite3_context *context, int, sqlite3_value **args) {
    if (sqlite3_value_type(args[0]) == SQLITE_NULL || sqlite3_value_type(args[1]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const QString term = textOf(args[1]).toLower();
    text::Tokenizer::Options options;
    options.stripKoreanParticles = sqlite3_value_int(args[2]) != 0;
    bool found = false;
    text::Tokenizer(options).tokenize(textOf(args[0]), [&](QStringView token, text::TokenKind) {
        found = found || token == term;
    });
    sqlite3_result_int(context, found ? 1 : 0);
}

void wordCount(sqlite3_context *context, int, sqlite3_value **args) {
    if (sqlite3_value_type(args[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    qint64 words = 0;
    text::Tokenizer().tokenize(textOf(args[0]), [&](QStringView, text::TokenKind kind) {
        words += kind != text::TokenKind::Number && kind != text::TokenKind::Url;
    });
    sqlite3_result_int64(context, words);
}

} // namespace

void registerTextFunctions(sqlite3 *db) {
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_function_v2(db, "tl_contains_term", 3, flags, nullptr, containsTerm, nullptr,
                               nullptr, nullptr);
    sqlite3_create_function_v2(db, "tl_word_count", 1, flags, nullptr, wordCount, nullptr, nullptr,
                               nullptr);
}

} // namespace tl

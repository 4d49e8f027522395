#pragma once

struct sqlite3;

namespace tl {

// The text functions of charts and expressions, for SQL, tokenizing as text::Tokenizer does:
//   tl_contains_term(text, term, strip_particles): 1 when the text has the term, else 0
//     (a terms chart's click-through; the expression contains_term(text, "word"));
//   tl_word_count(text): its words, hashtags, mentions and emoji (word_count(text)).
// NULL text gives NULL. Registered on every workspace connection.
void registerTextFunctions(sqlite3 *db);

} // namespace tl

#pragma once

#include <QString>

namespace tl::text {

// A data file of the text tools (stopwords, lexicons, rules): the analyst's own copy in
// ~/.local/share/trendlens (the generic data folder's trendlens; the same for the window and
// the command line, whose application names differ) when there is one, else the one shipped
// in resources/text.
class TextResource {
public:
    static QString read(const QString &name);
    // Where an analyst puts their own copy of `name`.
    static QString ownPath(const QString &name);
};

} // namespace tl::text

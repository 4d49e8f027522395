#pragma once

#include "text/Scorer.h"

#include <memory>

namespace tl::text {

// 1 when the text is one word of the language's hunspell dictionary, else 0: a real word
// ("사랑", "movie") against gibberish ("뷸뫄"). Uses libhunspell with the system's
// dictionaries (Debian's hunspell-ko and hunspell-en-us), looked for in $DICPATH, then
// /usr/share/hunspell and /usr/share/myspell. With "auto", text with Hangul is checked
// against Korean, other text against English.
class DictionaryScorer : public InProcessScorer {
public:
    static Result<std::unique_ptr<DictionaryScorer>> create(const QString &language);
    ~DictionaryScorer() override;

    QString kind() const override { return QStringLiteral("dictionary"); }
    QString version() const override { return m_version; }
    double score(const QString &text) const override;

private:
    class Dictionary; // one hunspell handle, loaded on first use (Korean takes a second)
    DictionaryScorer() = default;

    std::unique_ptr<Dictionary> m_korean;
    std::unique_ptr<Dictionary> m_english;
    QString m_version;
};

} // namespace tl::text

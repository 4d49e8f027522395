#include "DelimiterHighlighter.h"

namespace tl {

void DelimiterHighlighter::setDelimiter(QChar delimiter) {
    if (delimiter == m_delimiter)
        return;
    m_delimiter = delimiter;
    rehighlight();
}

void DelimiterHighlighter::highlightBlock(const QString &text) {
    if (m_delimiter.isNull())
        return;
    // Translucent, in the text's own colour: readable on Light and Dark, and a tab's wide
    // stretch stays a mark rather than a bar over the text.
    QTextCharFormat format;
    format.setBackground(QColor(0xff, 0xa8, 0x00, 0x70));
    format.setFontWeight(QFont::Bold);
    // Quote-aware, as the parser is: a delimiter inside a quoted field is text. A quoted field
    // can span lines, so whether a line starts inside quotes comes from the line before.
    bool quoted = previousBlockState() == 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'"')
            quoted = !quoted;
        else if (!quoted && text[i] == m_delimiter)
            setFormat(int(i), 1, format);
    }
    setCurrentBlockState(quoted ? 1 : 0);
}

} // namespace tl

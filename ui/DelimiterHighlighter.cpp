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
    QTextCharFormat format;
    format.setBackground(QColor(0xff, 0xc8, 0x57));
    format.setForeground(Qt::black);
    format.setFontWeight(QFont::Bold);
    for (qsizetype i = text.indexOf(m_delimiter); i >= 0; i = text.indexOf(m_delimiter, i + 1))
        setFormat(int(i), 1, format);
}

} // namespace tl

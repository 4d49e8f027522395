#pragma once

#include <QSyntaxHighlighter>

namespace tl {

// Paints the delimiters in the import dialog's raw text (those outside quotes, where they
// split fields), so a wrong guess shows at a glance; a tab gets a coloured block.
class DelimiterHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

    void setDelimiter(QChar delimiter);

protected:
    void highlightBlock(const QString &text) override;

private:
    QChar m_delimiter;
};

} // namespace tl

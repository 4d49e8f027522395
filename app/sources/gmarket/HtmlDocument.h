#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct _xmlDoc;
struct _xmlNode;

namespace tl {

// An HTML page parsed by libxml2's forgiving HTML parser, queried with a small subset of CSS
// selectors — enough for a scraping recipe a user can edit when the site changes:
//   tag, .class (several), [attr], [attr=value], [attr*=value], :not(.class),
//   descendant (space) and child (>) combinators.
// Script and style text never yields elements, so markup inside a <script> string is ignored.
class HtmlDocument {
public:
    using Node = _xmlNode *;

    explicit HtmlDocument(const QByteArray &html);
    ~HtmlDocument();
    HtmlDocument(const HtmlDocument &) = delete;
    HtmlDocument &operator=(const HtmlDocument &) = delete;

    bool isValid() const { return m_doc != nullptr; }
    Node root() const;
    // Elements under `scope` (or the whole page) matching `selector`, in document order.
    QList<Node> select(const QString &selector, Node scope = nullptr) const;
    static QString text(Node node); // all text inside, whitespace collapsed
    static QString attribute(Node node, const char *name);

private:
    _xmlDoc *m_doc = nullptr;
};

} // namespace tl

#include "HtmlDocument.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <QRegularExpression>
#include <QStringList>

#include <functional>

namespace tl {

namespace {

// One compound selector: tag.class[attr*=value]:not(.class)
struct Compound {
    QString tag;
    QStringList classes;
    QStringList notClasses;
    struct Attribute {
        QString name;
        QString op; // "", "=", "*="
        QString value;
    };
    QList<Attribute> attributes;
    bool child = false; // joined to the previous compound by '>'
};

QList<Compound> parse(const QString &selector) {
    QList<Compound> out;
    static const QRegularExpression token(QStringLiteral(
        R"((>)|([A-Za-z][\w-]*)|\.([\w-]+)|\[([\w-]+)(?:(\*?=)["']?([^"'\]]*)["']?)?\]|:not\(\.([\w-]+)\)|(\s+))"));
    bool nextIsChild = false;
    bool startNew = true;
    auto current = [&]() -> Compound & {
        if (startNew) {
            out.append(Compound{});
            out.back().child = nextIsChild;
            nextIsChild = false;
            startNew = false;
        }
        return out.back();
    };
    auto it = token.globalMatch(selector.trimmed());
    while (it.hasNext()) {
        const auto m = it.next();
        if (!m.captured(1).isEmpty()) {
            nextIsChild = true;
            startNew = true;
        } else if (!m.captured(2).isEmpty()) {
            current().tag = m.captured(2).toLower();
        } else if (!m.captured(3).isEmpty()) {
            current().classes.append(m.captured(3));
        } else if (!m.captured(4).isEmpty()) {
            current().attributes.append({m.captured(4), m.captured(5), m.captured(6)});
        } else if (!m.captured(7).isEmpty()) {
            current().notClasses.append(m.captured(7));
        } else if (!m.captured(8).isEmpty()) {
            startNew = true;
        }
    }
    return out;
}

QString attr(xmlNode *node, const QString &name) {
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name.toUtf8().constData()));
    if (!value)
        return {};
    const QString out = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return out;
}

bool hasAttr(xmlNode *node, const QString &name) {
    return xmlHasProp(node, reinterpret_cast<const xmlChar *>(name.toUtf8().constData())) !=
           nullptr;
}

bool matches(xmlNode *node, const Compound &c) {
    if (node->type != XML_ELEMENT_NODE)
        return false;
    if (!c.tag.isEmpty() &&
        QString::fromUtf8(reinterpret_cast<const char *>(node->name)).toLower() != c.tag)
        return false;
    const QStringList classes = attr(node, QStringLiteral("class")).split(u' ', Qt::SkipEmptyParts);
    for (const QString &cls : c.classes) {
        if (!classes.contains(cls))
            return false;
    }
    for (const QString &cls : c.notClasses) {
        if (classes.contains(cls))
            return false;
    }
    for (const auto &a : c.attributes) {
        if (!hasAttr(node, a.name))
            return false;
        const QString value = attr(node, a.name);
        if (a.op == QLatin1String("=") && value != a.value)
            return false;
        if (a.op == QLatin1String("*=") && !value.contains(a.value))
            return false;
    }
    return true;
}

// Whether `node` matches compounds[0..last], the last one at `node` itself.
bool matchesChain(xmlNode *node, const QList<Compound> &chain, qsizetype last) {
    if (!matches(node, chain[last]))
        return false;
    if (last == 0)
        return true;
    if (chain[last].child)
        return node->parent && matchesChain(node->parent, chain, last - 1);
    for (xmlNode *up = node->parent; up; up = up->parent) {
        if (matchesChain(up, chain, last - 1))
            return true;
    }
    return false;
}

} // namespace

HtmlDocument::HtmlDocument(const QByteArray &html) {
    m_doc = htmlReadMemory(html.constData(), int(html.size()), nullptr, "UTF-8",
                           HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                               HTML_PARSE_NONET);
}

HtmlDocument::~HtmlDocument() {
    if (m_doc)
        xmlFreeDoc(m_doc);
}

HtmlDocument::Node HtmlDocument::root() const {
    return m_doc ? xmlDocGetRootElement(m_doc) : nullptr;
}

QList<HtmlDocument::Node> HtmlDocument::select(const QString &selector, Node scope) const {
    QList<Node> out;
    const QList<Compound> chain = parse(selector);
    Node start = scope ? scope : root();
    if (chain.isEmpty() || !start)
        return out;
    // Walk the subtree in document order; the scope itself is the chain's context, not a match.
    std::function<void(Node)> walk = [&](Node node) {
        for (Node child = node->children; child; child = child->next) {
            if (child->type != XML_ELEMENT_NODE)
                continue;
            if (matchesChain(child, chain, chain.size() - 1)) {
                // Matches must stay inside the scope: a descendant chain may not climb out.
                out.append(child);
            }
            walk(child);
        }
    };
    walk(start);
    return out;
}

QString HtmlDocument::text(Node node) {
    if (!node)
        return {};
    xmlChar *content = xmlNodeGetContent(node);
    QString out = QString::fromUtf8(reinterpret_cast<const char *>(content));
    xmlFree(content);
    return out.simplified();
}

QString HtmlDocument::attribute(Node node, const char *name) {
    return node ? attr(node, QString::fromLatin1(name)) : QString();
}

} // namespace tl

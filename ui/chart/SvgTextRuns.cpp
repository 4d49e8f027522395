#include "SvgTextRuns.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QRegularExpression>

#include <optional>

namespace tl::SvgTextRuns {

namespace {

// One <text> element: where it is in the document and its parts.
struct Run {
    qsizetype start = 0, end = 0;
    QString before, x, y, after; // attributes before x="…", x, y, attributes after y="…"
    QString text;

    QString element() const {
        return QStringLiteral("<text %1x=\"%2\" y=\"%3\"%4>%5</text>")
            .arg(before, x, y, after, text);
    }
};

bool isBlank(QStringView text) {
    for (QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

} // namespace

QByteArray whole(const QByteArray &svg, const QString &fontFamilies) {
    const QString document = QString::fromUtf8(svg);
    static const QRegularExpression element(
        QStringLiteral(R"re(<text ([^>]*?)x="([^"]*)" y="([^"]*)"([^>]*)>([^<]*)</text>)re"));
    QString out;
    out.reserve(document.size());
    qsizetype copied = 0;
    std::optional<Run> line;
    auto flush = [&] {
        if (!line)
            return;
        out += QStringView(document).mid(copied, line->start - copied);
        out += line->element();
        copied = line->end;
        line.reset();
    };
    for (auto it = element.globalMatch(document); it.hasNext();) {
        const auto m = it.next();
        Run run{m.capturedStart(), m.capturedEnd(), m.captured(1), m.captured(2),
                m.captured(3),     m.captured(4),   m.captured(5)};
        // The next run of the same line: same style, same baseline, nothing drawn between.
        if (line && run.before == line->before && run.after == line->after && run.y == line->y &&
            isBlank(QStringView(document).mid(line->end, run.start - line->end))) {
            line->text += run.text;
            line->end = run.end;
            continue;
        }
        flush();
        line = run;
    }
    flush();
    out += QStringView(document).mid(copied);
    static const QRegularExpression family(QStringLiteral(R"re(font-family="[^"]*")re"));
    out.replace(family, QStringLiteral("font-family=\"%1\"").arg(fontFamilies));
    return out.toUtf8();
}

QString installedFamilies() {
    QStringList families{QFontInfo(QApplication::font()).family()};
    const QStringList installed = QFontDatabase::families();
    for (const char *korean : {"Noto Sans CJK KR", "NanumGothic", "Noto Sans KR"}) {
        if (installed.contains(QLatin1String(korean))) {
            families.append(QLatin1String(korean));
            break;
        }
    }
    QStringList quoted;
    for (const QString &family : families)
        quoted.append(u'\'' + family + u'\'');
    quoted.append(QStringLiteral("sans-serif"));
    return quoted.join(QStringLiteral(", "));
}

} // namespace tl::SvgTextRuns

#include "DictionaryScorer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringEncoder>

#include <hunspell/hunspell.h>

namespace tl::text {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::text::DictionaryScorer", text);
}

QStringList searchPath() {
    QStringList dirs = qEnvironmentVariable("DICPATH").split(u':', Qt::SkipEmptyParts);
    dirs += {QStringLiteral("/usr/share/hunspell"), QStringLiteral("/usr/share/myspell/dicts"),
             QStringLiteral("/usr/share/myspell")};
    return dirs;
}

bool hasHangul(const QString &text) {
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3) ||
               (c.unicode() >= 0x1100 && c.unicode() <= 0x11FF) ||
               (c.unicode() >= 0x3131 && c.unicode() <= 0x318E);
    });
}

} // namespace

class DictionaryScorer::Dictionary {
public:
    explicit Dictionary(QString base)
        : m_base(std::move(base)) {}
    ~Dictionary() {
        if (m_handle)
            Hunspell_destroy(m_handle);
    }

    // The first of `names` (ko_KR, ko) found in the search path, as path without extension.
    static QString find(const QStringList &names) {
        for (const QString &dir : searchPath()) {
            for (const QString &name : names) {
                const QString base = QDir(dir).filePath(name);
                if (QFileInfo::exists(base + QStringLiteral(".aff")) &&
                    QFileInfo::exists(base + QStringLiteral(".dic")))
                    return base;
            }
        }
        return {};
    }

    QString describe() const {
        const QFileInfo dic(QFileInfo(m_base + QStringLiteral(".dic")).canonicalFilePath());
        return QStringLiteral("%1 (%2 bytes, %3)")
            .arg(dic.fileName())
            .arg(dic.size())
            .arg(dic.lastModified().toUTC().toString(QStringLiteral("yyyy-MM-dd")));
    }

    bool spell(const QString &word) {
        if (!m_handle) {
            m_handle = Hunspell_create((m_base + QStringLiteral(".aff")).toLocal8Bit().constData(),
                                       (m_base + QStringLiteral(".dic")).toLocal8Bit().constData());
            const char *encoding = Hunspell_get_dic_encoding(m_handle);
            m_encoder = QStringEncoder(encoding ? encoding : "UTF-8");
            if (!m_encoder.isValid())
                m_encoder = QStringEncoder(QStringEncoder::Utf8);
        }
        const QByteArray bytes = m_encoder.encode(word);
        if (m_encoder.hasError()) { // not writable in the dictionary's encoding: not its word
            m_encoder.resetState();
            return false;
        }
        return Hunspell_spell(m_handle, bytes.constData()) != 0;
    }

private:
    QString m_base;
    Hunhandle *m_handle = nullptr;
    QStringEncoder m_encoder;
};

DictionaryScorer::~DictionaryScorer() = default;

Result<std::unique_ptr<DictionaryScorer>> DictionaryScorer::create(const QString &language) {
    const bool auto_ = language == QLatin1String("auto");
    if (!auto_ && language != QLatin1String("ko") && language != QLatin1String("en"))
        return Status::badInput(
            tr("the dictionary scorer knows the languages ko, en and auto, not '%1'")
                .arg(language));
    std::unique_ptr<DictionaryScorer> scorer(new DictionaryScorer);
    QStringList parts;
    const auto load = [&](const QString &lang, const QStringList &names, const char *package,
                          std::unique_ptr<Dictionary> &into) -> Status {
        const QString base = Dictionary::find(names);
        if (base.isEmpty())
            return Status::badInput(
                tr("no hunspell dictionary for '%1' in %2: install the "
                   "package %3, or name its folder in DICPATH")
                    .arg(lang, searchPath().join(u':'), QLatin1String(package)));
        into = std::make_unique<Dictionary>(base);
        parts.append(lang + QStringLiteral(": ") + into->describe());
        return Status::success();
    };
    if (auto_ || language == QLatin1String("ko")) {
        if (Status s = load(QStringLiteral("ko"), {QStringLiteral("ko_KR"), QStringLiteral("ko")},
                            "hunspell-ko", scorer->m_korean);
            !s)
            return s;
    }
    if (auto_ || language == QLatin1String("en")) {
        if (Status s =
                load(QStringLiteral("en"),
                     {QStringLiteral("en_US"), QStringLiteral("en_GB"), QStringLiteral("en")},
                     "hunspell-en-us", scorer->m_english);
            !s)
            return s;
    }
    scorer->m_version =
        QStringLiteral("hunspell %1; %2")
            .arg(QStringLiteral(HUNSPELL_VERSION_TEXT), parts.join(QStringLiteral("; ")));
    return scorer;
}

double DictionaryScorer::score(const QString &text) const {
    const QString word = text.trimmed();
    if (word.isEmpty() ||
        std::any_of(word.begin(), word.end(), [](QChar c) { return c.isSpace(); }))
        return 0;
    Dictionary *dictionary =
        m_korean && (hasHangul(word) || !m_english) ? m_korean.get() : m_english.get();
    return dictionary && dictionary->spell(word) ? 1 : 0;
}

} // namespace tl::text

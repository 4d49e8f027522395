#pragma once

#include <QObject>

class QTranslator;

namespace tl {

// Theme and language, applied to the whole application and remembered in the settings.
// Both switch live: widgets retranslate on QEvent::LanguageChange.
class Appearance : public QObject {
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    explicit Appearance(QObject *parent = nullptr);

    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);
    // "ko" or "en"; empty picks the system locale's language.
    QString language() const { return m_language; }
    bool setLanguage(const QString &language);

    // The theme and language saved last time, with `languageOverride` (--lang) winning.
    void restore(const QString &languageOverride);
    static QStringList languages() { return {QStringLiteral("ko"), QStringLiteral("en")}; }

Q_SIGNALS:
    void themeChanged(tl::Appearance::Theme theme);
    void languageChanged(const QString &language);

private:
    bool apply(const QString &language, bool remember);
    QString m_systemStyle; // the platform's style, for Theme::System
    Theme m_theme = Theme::System;
    QString m_language;
    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
};

} // namespace tl

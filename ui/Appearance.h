#pragma once

#include <QObject>

class QTranslator;

namespace tl {

// Theme, language and time zone, applied to the whole application and remembered in the
// settings. All switch live: widgets retranslate on QEvent::LanguageChange, charts and tables
// redraw on timeZoneChanged.
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

    // "" (automatic, see DisplayClock::resolve), "UTC" or an IANA id; false for a zone the
    // system does not know.
    QByteArray timeZone() const { return m_timeZone; }
    bool setTimeZone(const QByteArray &zone);

    // The theme, language and zone saved last time, with `languageOverride` (--lang) winning.
    void restore(const QString &languageOverride);
    static QStringList languages() { return {QStringLiteral("ko"), QStringLiteral("en")}; }

Q_SIGNALS:
    void themeChanged(tl::Appearance::Theme theme);
    void languageChanged(const QString &language);
    void timeZoneChanged();

private:
    bool apply(const QString &language, bool remember);
    void applyTimeZone();
    QString m_systemStyle; // the platform's style, for Theme::System
    Theme m_theme = Theme::System;
    QString m_language;
    QByteArray m_timeZone;
    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
};

} // namespace tl

#include "Appearance.h"

#include "core/WallClock.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

namespace tl {

namespace {

const QString kThemeKey = QStringLiteral("view/theme");
const QString kLanguageKey = QStringLiteral("view/language");
const QString kTimeZoneKey = QStringLiteral("view/timeZone");

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor highlight(0x3d, 0x7a, 0xd6), disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, highlight.lighter(130));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    return p;
}

} // namespace

Appearance::Appearance(QObject *parent)
    : QObject(parent)
    , m_appTranslator(new QTranslator(this))
    , m_qtTranslator(new QTranslator(this)) {
    m_systemStyle = QApplication::style()->name();
}

void Appearance::setTheme(Theme theme) {
    m_theme = theme;
    // Fusion draws the same on every platform and follows the palette fully, so Light and
    // Dark look as chosen even where the platform style has its own ideas.
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(theme == Theme::Dark ? darkPalette()
                                                      : QApplication::style()->standardPalette());
    }
    QSettings().setValue(kThemeKey, int(theme));
    Q_EMIT themeChanged(theme);
}

bool Appearance::setLanguage(const QString &language) {
    return apply(language, true);
}

bool Appearance::apply(const QString &language, bool remember) {
    QString chosen = language;
    if (chosen.isEmpty())
        chosen =
            QLocale().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
    if (!languages().contains(chosen))
        return false;
    QApplication::removeTranslator(m_appTranslator);
    QApplication::removeTranslator(m_qtTranslator);
    // An installed translation (bin/../share/trendlens/translations) wins over the built-in one.
    const QString installed = QCoreApplication::applicationDirPath() +
                              QStringLiteral("/../" TRENDLENS_DATADIR "/trendlens/translations");
    if (m_appTranslator->load(QStringLiteral("trendlens_%1").arg(chosen), installed) ||
        m_appTranslator->load(QStringLiteral(":/i18n/trendlens_%1.qm").arg(chosen)))
        QApplication::installTranslator(m_appTranslator);
    // Qt's own strings (standard buttons, file dialogs) from Debian's qt6-translations-l10n.
    if (m_qtTranslator->load(QStringLiteral("qtbase_%1").arg(chosen),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(m_qtTranslator);
    // Dates and numbers follow the language too (2026년 12월 1일); the system's own locale
    // when it speaks it, so its regional formats stay.
    const QLocale::Language spoken =
        chosen == QLatin1String("ko") ? QLocale::Korean : QLocale::English;
    QLocale::setDefault(QLocale::system().language() == spoken ? QLocale::system()
                                                               : QLocale(spoken));
    m_language = chosen;
    if (remember && !language.isEmpty())
        QSettings().setValue(kLanguageKey, chosen);
    Q_EMIT languageChanged(chosen);
    // An automatic zone depends on the language (Korean on a UTC machine reads KST).
    if (m_timeZone.isEmpty())
        applyTimeZone();
    return true;
}

bool Appearance::setTimeZone(const QByteArray &zone) {
    if (!zone.isEmpty() && !WallClock::isValidZone(zone))
        return false;
    m_timeZone = zone;
    QSettings().setValue(kTimeZoneKey, QString::fromLatin1(zone));
    applyTimeZone();
    return true;
}

void Appearance::applyTimeZone() {
    const WallClock clock = DisplayClock::resolve(m_timeZone, m_language);
    if (clock.zoneId() == DisplayClock::current().zoneId())
        return;
    DisplayClock::setCurrent(clock);
    Q_EMIT timeZoneChanged();
}

void Appearance::restore(const QString &languageOverride) {
    setTheme(Theme(QSettings().value(kThemeKey, int(Theme::System)).toInt()));
    m_timeZone = QSettings().value(kTimeZoneKey).toString().toLatin1();
    if (!WallClock::isValidZone(m_timeZone))
        m_timeZone.clear();
    // `--lang` is for this run only: the language chosen in the window stays the saved one.
    if (languageOverride.isEmpty())
        apply(QSettings().value(kLanguageKey).toString(), true);
    else
        apply(languageOverride, false);
    applyTimeZone();
}

} // namespace tl

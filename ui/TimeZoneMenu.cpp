#include "TimeZoneMenu.h"

#include "core/WallClock.h"
#include "ui/Appearance.h"

#include <QActionGroup>
#include <QInputDialog>
#include <QMenu>
#include <QTimeZone>

namespace tl {

namespace {
const QByteArray kKorea = QByteArrayLiteral("Asia/Seoul");
const QByteArray kUtc = QByteArrayLiteral("UTC");
} // namespace

TimeZoneMenu::TimeZoneMenu(QMenu *menu, Appearance &appearance, QWidget *window)
    : QObject(menu)
    , m_menu(menu)
    , m_appearance(appearance)
    , m_window(window)
    , m_group(new QActionGroup(this)) {
    const auto choice = [this](const QByteArray &zone) {
        QAction *action = m_group->addAction(QString());
        action->setCheckable(true);
        connect(action, &QAction::triggered, this,
                [this, zone] { m_appearance.setTimeZone(zone); });
        return action;
    };
    m_automatic = choice({});
    m_utc = choice(kUtc);
    m_korea = choice(kKorea);
    m_chosen = m_group->addAction(QString());
    m_chosen->setCheckable(true);
    m_menu->addActions(m_group->actions());
    m_menu->addSeparator();
    m_other = m_menu->addAction(QString());
    connect(m_other, &QAction::triggered, this, &TimeZoneMenu::chooseOther);
    connect(&m_appearance, &Appearance::timeZoneChanged, this, &TimeZoneMenu::showChoice);
    retranslate();
}

void TimeZoneMenu::retranslate() {
    m_menu->setTitle(tr("Time &zone"));
    m_utc->setText(tr("&UTC"));
    m_korea->setText(tr("&Korea (KST, Asia/Seoul)"));
    m_other->setText(tr("&Other…"));
    showChoice();
}

void TimeZoneMenu::showChoice() {
    const QByteArray setting = m_appearance.timeZone();
    const WallClock shown = DisplayClock::current();
    m_automatic->setText(
        tr("&Automatic (%1, %2)").arg(QString::fromLatin1(shown.zoneId()), shown.abbreviation()));
    const bool other = !setting.isEmpty() && setting != kUtc && setting != kKorea;
    m_chosen->setVisible(other);
    if (other)
        m_chosen->setText(
            QStringLiteral("%1 (%2)").arg(QString::fromLatin1(setting), shown.abbreviation()));
    (setting.isEmpty()   ? m_automatic
     : setting == kUtc   ? m_utc
     : setting == kKorea ? m_korea
                         : m_chosen)
        ->setChecked(true);
}

void TimeZoneMenu::chooseOther() {
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones.append(QString::fromLatin1(id));
    const QString current = QString::fromLatin1(DisplayClock::current().zoneId());
    bool ok = false;
    const QString picked = QInputDialog::getItem(
        m_window, tr("Time zone"), tr("Show timestamps in (the workspace keeps them in UTC):"),
        zones, int(std::max<qsizetype>(0, zones.indexOf(current))), false, &ok);
    if (ok)
        m_appearance.setTimeZone(picked.toLatin1());
    showChoice(); // also when cancelled: the menu's check goes back to the zone in use
}

} // namespace tl

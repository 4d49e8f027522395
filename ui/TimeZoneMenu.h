#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace tl {

class Appearance;

// View ▸ Time zone: the zone charts bucket timestamps in and tables show them in. Automatic
// (the system's; Korea's on a UTC machine with the window in Korean), UTC, Korea, or any zone
// the system knows through "Other…". The workspace keeps UTC whatever is chosen.
class TimeZoneMenu : public QObject {
    Q_OBJECT
public:
    TimeZoneMenu(QMenu *menu, Appearance &appearance, QWidget *window);
    void retranslate();

private:
    void chooseOther();
    void showChoice();

    QMenu *m_menu;
    Appearance &m_appearance;
    QWidget *m_window;
    QActionGroup *m_group;
    QAction *m_automatic;
    QAction *m_utc;
    QAction *m_korea;
    QAction *m_chosen; // a zone picked through Other…, shown while it is the setting
    QAction *m_other;
};

} // namespace tl

#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace tl {

// The Help menu: the user guide (the README's walk-throughs, built in), a list of every
// keyboard shortcut of the window, read from its menus so it never goes out of date, and
// About (version, Qt, where the data comes from).
class HelpMenu : public QObject {
    Q_OBJECT
public:
    HelpMenu(QMenu *menu, QWidget *window);
    void retranslate();

    // The window's shortcuts as (action, keys) rows, in menu order.
    QList<std::pair<QString, QString>> shortcuts() const;

private:
    void showGuide();
    void showAbout();
    void showShortcuts();

    QMenu *m_menu;
    QWidget *m_window;
    QAction *m_guide;
    QAction *m_shortcuts;
    QAction *m_about;
};

} // namespace tl

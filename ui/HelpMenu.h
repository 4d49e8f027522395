#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace tl {

// The Help menu: About (version, Qt, where the data comes from) and a list of every keyboard
// shortcut of the window, read from its menus so it never goes out of date.
class HelpMenu : public QObject {
    Q_OBJECT
public:
    HelpMenu(QMenu *menu, QWidget *window);
    void retranslate();

    // The window's shortcuts as (action, keys) rows, in menu order.
    QList<std::pair<QString, QString>> shortcuts() const;

private:
    void showAbout();
    void showShortcuts();

    QMenu *m_menu;
    QWidget *m_window;
    QAction *m_shortcuts;
    QAction *m_about;
};

} // namespace tl

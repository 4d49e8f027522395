#include "HelpMenu.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tl {

HelpMenu::HelpMenu(QMenu *menu, QWidget *window)
    : QObject(menu)
    , m_menu(menu)
    , m_window(window)
    , m_guide(menu->addAction(QString()))
    , m_shortcuts(menu->addAction(QString()))
    , m_about(menu->addAction(QString())) {
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_guide, &QAction::triggered, this, &HelpMenu::showGuide);
    connect(m_shortcuts, &QAction::triggered, this, &HelpMenu::showShortcuts);
    connect(m_about, &QAction::triggered, this, &HelpMenu::showAbout);
    retranslate();
}

void HelpMenu::retranslate() {
    m_menu->setTitle(tr("&Help"));
    m_guide->setText(tr("User &guide"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    m_about->setText(tr("&About Trendlens"));
}

QList<std::pair<QString, QString>> HelpMenu::shortcuts() const {
    QList<std::pair<QString, QString>> rows;
    const auto walk = [&rows](const auto &self, const QList<QAction *> &actions) -> void {
        for (QAction *action : actions) {
            if (action->menu())
                self(self, action->menu()->actions());
            else if (!action->shortcut().isEmpty())
                rows.append({action->text().remove(u'&').remove(u'…'),
                             action->shortcut().toString(QKeySequence::NativeText)});
        }
    };
    if (auto *bar = m_window->findChild<QMenuBar *>())
        walk(walk, bar->actions());
    return rows;
}

void HelpMenu::showShortcuts() {
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(&dialog);
    const auto rows = shortcuts();
    auto *table = new QTableWidget(int(rows.size()), 2, &dialog);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(460, 420);
    dialog.exec();
}

void HelpMenu::showGuide() {
    // The README, built in: what the window, charts, fetching and the command line do. Its
    // screenshots live beside it in the repository, not in the binary: their lines go.
    QFile file(QStringLiteral(":/docs/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    static const QRegularExpression picture(QStringLiteral("^!\\[[^\\]]*\\]\\([^)]*\\)\\s*$"),
                                            QRegularExpression::MultilineOption);
    const QString guide = QString::fromUtf8(file.readAll()).remove(picture);
    auto *dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("guide"));
    dialog->setWindowTitle(tr("Trendlens user guide"));
    auto *layout = new QVBoxLayout(dialog);
    auto *browser = new QTextBrowser(dialog);
    browser->setOpenExternalLinks(true);
    browser->setMarkdown(guide);
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(820, 640);
    dialog->show();
}

void HelpMenu::showAbout() {
    QMessageBox::about(
        m_window, tr("About Trendlens"),
        tr("<h3>Trendlens %1</h3>"
           "<p>Movie box office, reviews, tweets, game rankings and best-seller lists, "
           "collected into one workspace file and charted on your own machine.</p>"
           "<p>Data comes from the sources you fetch: KOBIS (Korean Film Council) Open API, "
           "Nexon Open API (MapleStory), the X API, Gmarket best-seller pages, and the files "
           "you import. Their terms of use apply to what you collect.</p>"
           "<p>Built with Qt %2 and SQLite.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace tl

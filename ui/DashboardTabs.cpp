#include "DashboardTabs.h"

#include "ui/WorkspaceController.h"
#include "ui/chart/ChartEditor.h"
#include "ui/chart/ChartPanel.h"
#include "ui/chart/DashboardView.h"

#include <QAction>
#include <QFileDialog>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QTabBar>
#include <QTabWidget>

namespace tl {

DashboardTabs::DashboardTabs(WorkspaceController &workspace, QWidget *dataTab, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_tabs(new QTabWidget(window))
    , m_list(new QListWidget(window))
    , m_newChart(new QAction(this))
    , m_newDashboard(new QAction(this))
    , m_save(new QAction(this))
    , m_saveAs(new QAction(this))
    , m_rename(new QAction(this))
    , m_exportAll(new QAction(this))
    , m_remove(new QAction(this))
    , m_undo(new QAction(this))
    , m_redo(new QAction(this))
    , m_separator(new QAction(this)) {
    m_separator->setSeparator(true);
    m_tabs->addTab(dataTab, QString());
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    // The data tab stays.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        auto *view = qobject_cast<DashboardView *>(m_tabs->widget(index));
        if (!view)
            return;
        if (!settle(view))
            return;
        m_tabs->removeTab(index);
        view->deleteLater();
    });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openDashboard(item->text()); });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { openDashboard(item->text()); });
    // A dataset added or renamed while dashboards are open (a stream's first batch, an
    // import) is offered by their charts' editors at once.
    const auto offer = [this] {
        const QList<DatasetInfo> current = datasets();
        for (int i = 1; i < m_tabs->count(); ++i)
            if (auto *view = qobject_cast<DashboardView *>(m_tabs->widget(i)))
                view->setDatasets(current);
    };
    connect(&m_workspace, &WorkspaceController::catalogChanged, this, offer);
    connect(&m_workspace, &WorkspaceController::remoteChanged, this, offer);
    connect(&m_workspace, &WorkspaceController::dashboardsChanged, this,
            &DashboardTabs::refreshList);

    m_newChart->setShortcut(Qt::CTRL | Qt::Key_G);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_newChart, &QAction::triggered, this, [this] { newChart(m_currentDataset); });
    connect(m_newDashboard, &QAction::triggered, this, &DashboardTabs::newDashboard);
    m_saveAs->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    connect(m_save, &QAction::triggered, this, &DashboardTabs::saveCurrent);
    connect(m_saveAs, &QAction::triggered, this, &DashboardTabs::saveAs);
    connect(m_rename, &QAction::triggered, this, &DashboardTabs::renameCurrent);
    connect(m_exportAll, &QAction::triggered, this, &DashboardTabs::exportAll);
    connect(m_remove, &QAction::triggered, this, &DashboardTabs::removeCurrent);
    // Undo and redo act on the dashboard in front (each has its own stack).
    m_undo->setShortcut(QKeySequence::Undo);
    // Both usual redo keys, whatever the platform calls standard.
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_undo, &QAction::triggered, &m_undoGroup, &QUndoGroup::undo);
    connect(m_redo, &QAction::triggered, &m_undoGroup, &QUndoGroup::redo);
    connect(&m_undoGroup, &QUndoGroup::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(&m_undoGroup, &QUndoGroup::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(&m_undoGroup, &QUndoGroup::undoTextChanged, this, &DashboardTabs::retranslate);
    connect(&m_undoGroup, &QUndoGroup::redoTextChanged, this, &DashboardTabs::retranslate);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        DashboardView *view = currentDashboard();
        m_undoGroup.setActiveStack(view ? view->undoStack() : nullptr);
    });
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    retranslate();
}

QList<QAction *> DashboardTabs::actions() const {
    return {m_undo, m_redo,   m_separator, m_newChart,  m_newDashboard,
            m_save, m_saveAs, m_rename,    m_exportAll, m_remove};
}

void DashboardTabs::retranslate() {
    m_tabs->setTabText(0, tr("Data"));
    m_newChart->setText(tr("New &chart of this dataset"));
    m_newDashboard->setText(tr("New &dashboard…"));
    m_save->setText(tr("&Save dashboard"));
    m_saveAs->setText(tr("Save dashboard &as…"));
    m_rename->setText(tr("&Rename dashboard…"));
    m_exportAll->setText(tr("&Export all charts…"));
    m_remove->setText(tr("De&lete dashboard…"));
    const QString undo = m_undoGroup.undoText(), redo = m_undoGroup.redoText();
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

void DashboardTabs::refreshList() {
    m_list->clear();
    m_list->addItems(m_workspace.dashboards());
}

QList<DatasetInfo> DashboardTabs::datasets() const {
    QList<DatasetInfo> datasets;
    for (int i = 0; i < m_workspace.catalog()->rowCount(); ++i)
        datasets.append(*m_workspace.catalog()->datasetAt(i));
    return datasets + m_workspace.remoteDatasets();
}

DashboardView *DashboardTabs::createView(const QString &name) {
    auto *view = new DashboardView(m_workspace.path(), datasets(), m_tabs);
    m_undoGroup.addStack(view->undoStack());
    view->setName(name);
    view->setChartDefaults(
        [this](const DatasetInfo &info) { return m_workspace.defaultChart(info); });
    connect(view, &DashboardView::rowsRequested, this, &DashboardTabs::rowsRequested);
    connect(view, &DashboardView::changed, this, [this, view] { updateTabTitle(view); });
    m_tabs->addTab(view, name);
    m_tabs->setCurrentWidget(view);
    return view;
}

void DashboardTabs::updateTabTitle(DashboardView *view) {
    const int index = m_tabs->indexOf(view);
    if (index >= 0)
        m_tabs->setTabText(index, view->isModified() ? view->name() + u'*' : view->name());
}

void DashboardTabs::refreshDataset(const QString &dataset) {
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<DashboardView *>(m_tabs->widget(i))) {
            for (ChartPanel *panel : view->panels())
                if (dataset.isEmpty() || panel->spec().dataset == dataset)
                    panel->refresh();
        }
    }
}

DashboardView *DashboardTabs::openDashboard(const QString &name) {
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto *view = qobject_cast<DashboardView *>(m_tabs->widget(i));
        if (view && view->name() == name) {
            m_tabs->setCurrentIndex(i);
            return view;
        }
    }
    Dashboard dashboard;
    if (Status s = m_workspace.loadDashboard(name, dashboard); !s) {
        Q_EMIT message(s, {});
        return nullptr;
    }
    DashboardView *view = createView(name);
    view->setDashboard(dashboard);
    return view;
}

QStringList DashboardTabs::openStoredNames() const {
    QStringList names;
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto *view = qobject_cast<DashboardView *>(m_tabs->widget(i));
        if (view && view->isStored())
            names.append(view->name());
    }
    return names;
}

void DashboardTabs::reopen(const QStringList &names, const QString &front) {
    const QStringList stored = m_workspace.dashboards();
    for (const QString &name : names) {
        if (stored.contains(name)) // one deleted since is simply not there any more
            openDashboard(name);
    }
    if (front.isEmpty() || !stored.contains(front) || !openDashboard(front))
        m_tabs->setCurrentIndex(0);
}

DashboardView *DashboardTabs::currentDashboard() const {
    return qobject_cast<DashboardView *>(m_tabs->currentWidget());
}

void DashboardTabs::newChart(const QString &dataset) {
    newChart(m_workspace.find(dataset));
}

void DashboardTabs::newChart(const std::optional<DatasetInfo> &info) {
    if (!info) {
        Q_EMIT message(Status::badInput(tr("select a dataset to chart first")), {});
        return;
    }
    DashboardView *view = currentDashboard();
    if (!view) {
        // Not stored until saved, and saving asks for its name: nothing is replaced.
        view = createView(freeName());
    }
    m_tabs->setCurrentWidget(view);
    view->addChart(m_workspace.defaultChart(*info));
}

QString DashboardTabs::freeName() const {
    QStringList taken = m_workspace.dashboards();
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *view = qobject_cast<DashboardView *>(m_tabs->widget(i)))
            taken.append(view->name());
    QString name = tr("Untitled");
    for (int n = 2; taken.contains(name); ++n)
        name = tr("Untitled %1").arg(n);
    return name;
}

QString DashboardTabs::askName(const QString &title, const QString &suggestion, bool mayReplace) {
    QString name = suggestion;
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(m_window, title, tr("Dashboard name:"), QLineEdit::Normal,
                                     name, &ok)
                   .trimmed();
        if (!ok || name.isEmpty())
            return {};
        if (!m_workspace.dashboards().contains(name))
            return name;
        if (!mayReplace) {
            QMessageBox::information(m_window, title,
                                     tr("A dashboard named %1 exists already.").arg(name));
            continue;
        }
        const auto answer = QMessageBox::question(
            m_window, title, tr("A dashboard named %1 exists already. Replace it?").arg(name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes)
            return name;
    }
}

void DashboardTabs::newDashboard() {
    const QString name = askName(tr("New dashboard"), freeName(), true);
    if (name.isEmpty())
        return;
    DashboardView *view = createView(name);
    view->setModified(true);
    view->setStored(true); // named, and replacing agreed to
    closeOthersNamed(view);
    save(view);
}

void DashboardTabs::closeOthersNamed(DashboardView *keep) {
    // A dashboard saved over another that is open: the other tab would show what is gone.
    for (int i = m_tabs->count() - 1; i >= 1; --i) {
        auto *view = qobject_cast<DashboardView *>(m_tabs->widget(i));
        if (view && view != keep && view->name() == keep->name()) {
            m_tabs->removeTab(i);
            view->deleteLater();
        }
    }
}

bool DashboardTabs::save(DashboardView *view) {
    if (!view->isStored()) {
        const QString name = askName(tr("Save dashboard"), view->name(), true);
        if (name.isEmpty())
            return false;
        view->setName(name);
        closeOthersNamed(view);
    }
    const Status s = m_workspace.saveDashboard(view->dashboard());
    Q_EMIT message(s, tr("Saved %1").arg(view->name()));
    if (!s)
        return false;
    view->setStored(true);
    view->setModified(false);
    updateTabTitle(view);
    return true;
}

bool DashboardTabs::saveCurrent() {
    DashboardView *view = currentDashboard();
    if (!view) {
        Q_EMIT message(Status::badInput(tr("open a dashboard first")), {});
        return false;
    }
    return save(view);
}

void DashboardTabs::saveAs() {
    DashboardView *view = currentDashboard();
    if (!view)
        return;
    const QString name = askName(tr("Save dashboard as"), view->name(), true);
    if (name.isEmpty())
        return;
    view->setName(name);
    view->setStored(true);
    save(view);
}

void DashboardTabs::renameCurrent() {
    DashboardView *view = currentDashboard();
    if (!view)
        return;
    const QString name = askName(tr("Rename dashboard"), view->name(), false);
    if (name.isEmpty() || name == view->name())
        return;
    if (view->isStored()) {
        const Status s = m_workspace.renameDashboard(view->name(), name);
        Q_EMIT message(s, tr("Renamed to %1").arg(name));
        if (!s)
            return;
    }
    view->setName(name);
    updateTabTitle(view);
}

bool DashboardTabs::settle(DashboardView *view) {
    if (!view->isModified())
        return true;
    m_tabs->setCurrentWidget(view);
    const auto answer = QMessageBox::question(
        m_window, tr("Unsaved dashboard"), tr("Save the changes to %1?").arg(view->name()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save(view);
}

void DashboardTabs::exportAll() {
    DashboardView *view = currentDashboard();
    if (!view)
        return;
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Export all charts to"));
    if (folder.isEmpty())
        return;
    QStringList written;
    const Status s = view->exportAll(folder, QStringLiteral("png"), written);
    Q_EMIT message(s, tr("Wrote %n chart(s) to %1", nullptr, int(written.size())).arg(folder));
}

void DashboardTabs::removeCurrent() {
    DashboardView *view = currentDashboard();
    if (!view)
        return;
    const auto answer =
        QMessageBox::question(m_window, tr("Delete dashboard"),
                              tr("Delete the dashboard %1? Its data stays.").arg(view->name()),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const QString name = view->name();
    Q_EMIT message(m_workspace.removeDashboard(name), tr("Deleted %1").arg(name));
    m_tabs->removeTab(m_tabs->indexOf(view));
    view->deleteLater();
}

bool DashboardTabs::closeAll() {
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<DashboardView *>(m_tabs->widget(i)); view && !settle(view))
            return false;
    }
    while (m_tabs->count() > 1) {
        QWidget *w = m_tabs->widget(1);
        m_tabs->removeTab(1);
        w->deleteLater();
    }
    return true;
}

} // namespace tl

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
    , m_exportAll(new QAction(this))
    , m_remove(new QAction(this)) {
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
        if (view->isModified()) {
            const auto answer = QMessageBox::question(
                m_window, tr("Close dashboard"),
                tr("Save the changes to %1 before closing?").arg(view->name()),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
            if (answer == QMessageBox::Cancel)
                return;
            if (answer == QMessageBox::Save)
                Q_EMIT message(m_workspace.saveDashboard(view->dashboard()), {});
        }
        m_tabs->removeTab(index);
        view->deleteLater();
    });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openDashboard(item->text()); });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { openDashboard(item->text()); });
    // A dataset added or renamed while dashboards are open (a stream's first batch, an
    // import) is offered by their charts' editors at once.
    connect(&m_workspace, &WorkspaceController::catalogChanged, this, [this] {
        const QList<DatasetInfo> current = datasets();
        for (int i = 1; i < m_tabs->count(); ++i)
            if (auto *view = qobject_cast<DashboardView *>(m_tabs->widget(i)))
                view->setDatasets(current);
    });
    connect(&m_workspace, &WorkspaceController::dashboardsChanged, this,
            &DashboardTabs::refreshList);

    m_newChart->setShortcut(Qt::CTRL | Qt::Key_G);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_newChart, &QAction::triggered, this, [this] { newChart(m_currentDataset); });
    connect(m_newDashboard, &QAction::triggered, this, &DashboardTabs::newDashboard);
    connect(m_save, &QAction::triggered, this, [this] {
        if (currentDashboard())
            Q_EMIT message(saveCurrent(), tr("Saved %1").arg(currentDashboard()->name()));
    });
    connect(m_exportAll, &QAction::triggered, this, &DashboardTabs::exportAll);
    connect(m_remove, &QAction::triggered, this, &DashboardTabs::removeCurrent);
    retranslate();
}

QList<QAction *> DashboardTabs::actions() const {
    return {m_newChart, m_newDashboard, m_save, m_exportAll, m_remove};
}

void DashboardTabs::retranslate() {
    m_tabs->setTabText(0, tr("Data"));
    m_newChart->setText(tr("New &chart of this dataset"));
    m_newDashboard->setText(tr("New &dashboard…"));
    m_save->setText(tr("&Save dashboard"));
    m_exportAll->setText(tr("&Export all charts…"));
    m_remove->setText(tr("De&lete dashboard…"));
}

void DashboardTabs::refreshList() {
    m_list->clear();
    m_list->addItems(m_workspace.dashboards());
}

QList<DatasetInfo> DashboardTabs::datasets() const {
    QList<DatasetInfo> datasets;
    for (int i = 0; i < m_workspace.catalog()->rowCount(); ++i)
        datasets.append(*m_workspace.catalog()->datasetAt(i));
    return datasets;
}

DashboardView *DashboardTabs::createView(const QString &name) {
    auto *view = new DashboardView(m_workspace.path(), datasets(), m_tabs);
    view->setName(name);
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
                if (panel->spec().dataset == dataset)
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

DashboardView *DashboardTabs::currentDashboard() const {
    return qobject_cast<DashboardView *>(m_tabs->currentWidget());
}

void DashboardTabs::newChart(const QString &dataset) {
    const auto info = m_workspace.find(dataset);
    if (!info) {
        Q_EMIT message(Status::badInput(tr("select a dataset to chart first")), {});
        return;
    }
    DashboardView *view = currentDashboard();
    if (!view) {
        QString name = tr("Untitled");
        for (int n = 2; m_workspace.dashboards().contains(name); ++n)
            name = tr("Untitled %1").arg(n);
        view = createView(name);
    }
    view->addChart(ChartEditor::defaultSpec(*info));
}

void DashboardTabs::newDashboard() {
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("New dashboard"), tr("Name:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    DashboardView *view = createView(name);
    view->setModified(true);
    Q_EMIT message(m_workspace.saveDashboard(view->dashboard()), tr("Created %1").arg(name));
    view->setModified(false);
}

Status DashboardTabs::saveCurrent() {
    DashboardView *view = currentDashboard();
    if (!view)
        return Status::badInput(tr("open a dashboard first"));
    Status s = m_workspace.saveDashboard(view->dashboard());
    if (s) {
        view->setModified(false);
        updateTabTitle(view);
    }
    return s;
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

void DashboardTabs::closeAll() {
    while (m_tabs->count() > 1) {
        QWidget *w = m_tabs->widget(1);
        m_tabs->removeTab(1);
        w->deleteLater();
    }
}

} // namespace tl

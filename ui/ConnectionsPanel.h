#pragma once

#include "core/Status.h"
#include "store/DatasetInfo.h"

#include <QWidget>

class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace tl {

class WorkspaceController;

// The team's database servers (the workspace's named connections) and their tables as remote
// datasets: a tree of connection → schema.table with column counts and the server's row
// estimate. Activating a table charts it on the server; Add, Remove and Reload manage the
// connections (a password goes to the keychain, never the workspace).
class ConnectionsPanel : public QWidget {
    Q_OBJECT
public:
    ConnectionsPanel(WorkspaceController &workspace, QWidget *parent = nullptr);

    // The tree's model, for tests: a row per connection, a child per table.
    QStandardItemModel *model() const { return m_model; }
    // Adds a connection as the Add dialog does (which shows a refusal itself).
    Status add(const QString &name, const QString &url, const QString &password);

Q_SIGNALS:
    void chartRequested(const tl::DatasetInfo &dataset);
    void connectionAdded(const QString &name);
    void message(const tl::Status &status, const QString &success);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void askToAdd();
    void removeCurrent();
    QString currentConnection() const;

    WorkspaceController &m_workspace;
    QStandardItemModel *m_model;
    QTreeView *m_tree;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_reload;
};

} // namespace tl

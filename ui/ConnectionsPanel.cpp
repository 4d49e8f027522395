#include "ConnectionsPanel.h"

#include "ui/WorkspaceController.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace tl {

namespace {
// Where a table item keeps its dataset's key (DatasetInfo::key).
constexpr int kKeyRole = Qt::UserRole + 1;
} // namespace

ConnectionsPanel::ConnectionsPanel(WorkspaceController &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new QStandardItemModel(this))
    , m_tree(new QTreeView(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_reload(new QPushButton(this)) {
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ConnectionsPanel::askToAdd);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsPanel::removeCurrent);
    connect(m_reload, &QPushButton::clicked, &m_workspace, &WorkspaceController::reloadRemote);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString key = index.siblingAtColumn(0).data(kKeyRole).toString();
        for (const DatasetInfo &info : m_workspace.remoteDatasets())
            if (info.key() == key)
                Q_EMIT chartRequested(info);
    });
    connect(&m_workspace, &WorkspaceController::remoteChanged, this, &ConnectionsPanel::rebuild);
    retranslate();
}

void ConnectionsPanel::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ConnectionsPanel::retranslate() {
    m_add->setText(tr("&Add…"));
    m_remove->setText(tr("Remove"));
    m_reload->setText(tr("Reload"));
    m_tree->setToolTip(tr("Double-click a table to chart it on its server"));
    rebuild();
}

void ConnectionsPanel::rebuild() {
    const QString current = currentConnection();
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Server / table"), tr("Rows (est.)")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch); // once the columns exist
    const QList<DatasetInfo> tables = m_workspace.remoteDatasets();
    for (const ServerConnection &c : m_workspace.connections()) {
        auto *server = new QStandardItem(c.name);
        server->setToolTip(c.url);
        for (const DatasetInfo &t : tables) {
            if (t.connection != c.name)
                continue;
            auto *name = new QStandardItem(t.name);
            name->setData(t.key(), kKeyRole);
            name->setToolTip(tr("Columns: %1").arg(t.columns.size()));
            auto *rows = new QStandardItem(t.rowCount < 0 ? QStringLiteral("?")
                                                          : QLocale().toString(t.rowCount));
            rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            server->appendRow({name, rows});
        }
        // A server that could not be read says why, under its name.
        if (const QString error = m_workspace.remoteError(c.name); !error.isEmpty()) {
            auto *why = new QStandardItem(error);
            why->setForeground(Qt::red);
            why->setToolTip(error);
            server->appendRow(why);
        }
        m_model->appendRow({server, new QStandardItem});
        if (c.name == current || server->rowCount() > 0)
            m_tree->expand(server->index());
    }
}

QString ConnectionsPanel::currentConnection() const {
    QModelIndex index = m_tree->currentIndex().siblingAtColumn(0);
    while (index.parent().isValid())
        index = index.parent();
    return index.data().toString();
}

Status ConnectionsPanel::add(const QString &name, const QString &url, const QString &password) {
    const Status status = m_workspace.addConnection(name, url, password);
    if (status) {
        Q_EMIT connectionAdded(name);
        Q_EMIT message(status, tr("Connection %1 added").arg(name));
    }
    return status;
}

void ConnectionsPanel::askToAdd() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a team database"));
    auto *name = new QLineEdit(&dialog);
    auto *url = new QLineEdit(&dialog);
    url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database  ·  "
                                           "clickhouse://user@host:8123/database"));
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(tr("empty: PGPASSWORD or ~/.pgpass"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Address:"), url);
    form->addRow(tr("Password (kept in the keychain):"), password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        // A refusal keeps the dialog open with what was typed, and says why.
        const Status status = add(name->text().trimmed(), url->text().trimmed(), password->text());
        if (!status) {
            QMessageBox::warning(&dialog, dialog.windowTitle(), status.message());
            return;
        }
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.exec();
}

void ConnectionsPanel::removeCurrent() {
    const QString name = currentConnection();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove connection"),
                              tr("Remove the connection %1? Charts on its tables stop working "
                                 "until it is added again.")
                                  .arg(name)) != QMessageBox::Yes)
        return;
    Q_EMIT message(m_workspace.removeConnection(name), tr("Connection %1 removed").arg(name));
}

} // namespace tl

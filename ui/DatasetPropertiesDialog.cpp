#include "DatasetPropertiesDialog.h"

#include "core/WallClock.h"
#include "models/ColumnLabels.h"
#include "models/LocaleText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tl {

DatasetPropertiesDialog::DatasetPropertiesDialog(const DatasetInfo &info,
                                                 const QList<ScoreProvenance> &scores,
                                                 QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Properties of %1").arg(info.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const QLocale locale;
    form->addRow(tr("Rows:"), new QLabel(locale.toString(info.rowCount), this));
    form->addRow(tr("Source:"), new QLabel(info.sourceKind, this));
    auto *params = new QLabel(
        QString::fromUtf8(QJsonDocument(info.sourceParams).toJson(QJsonDocument::Indented)), this);
    params->setTextInteractionFlags(Qt::TextSelectableByMouse);
    params->setWordWrap(true);
    form->addRow(tr("Parameters:"), params);
    const QString zone = DisplayClock::current().abbreviation();
    form->addRow(tr("Created:"),
                 new QLabel(LocaleText::dateTime(info.createdAt) + u' ' + zone, this));
    form->addRow(tr("Updated:"),
                 new QLabel(LocaleText::dateTime(info.updatedAt) + u' ' + zone, this));
    layout->addLayout(form);

    auto *schema = new QTableWidget(int(info.columns.size()), 3, this);
    schema->setHorizontalHeaderLabels({tr("Column"), tr("Type"), tr("Role")});
    schema->horizontalHeader()->setStretchLastSection(true);
    schema->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < info.columns.size(); ++i) {
        const Column &c = info.columns[i];
        schema->setItem(i, 0, new QTableWidgetItem(c.name));
        schema->setItem(i, 1, new QTableWidgetItem(ColumnLabels::type(c.type)));
        auto *role = new QComboBox(schema);
        for (ColumnRole r : {ColumnRole::Time, ColumnRole::Measure, ColumnRole::Category,
                             ColumnRole::Id, ColumnRole::Text})
            role->addItem(ColumnLabels::role(r), int(r));
        role->setCurrentIndex(role->findData(int(c.role)));
        connect(role, &QComboBox::currentIndexChanged, this, [this, role, name = c.name] {
            Q_EMIT roleChosen(name, ColumnRole(role->currentData().toInt()));
        });
        schema->setCellWidget(i, 2, role);
    }
    layout->addWidget(schema, 1);
    QStringList scored;
    for (const ScoreProvenance &p : scores) {
        const QString by = p.scorer == QLatin1String("command")
                               ? tr("the command %1").arg(p.command)
                               : tr("the %1 scorer, %2").arg(p.scorer, p.version);
        scored.append(tr("%1: scores of %2 by %3, language %4, last run %5 %6")
                          .arg(p.column, p.sourceColumn, by, p.language,
                               LocaleText::dateTime(p.scoredAt), zone));
    }
    if (!scored.isEmpty()) {
        auto *provenance = new QLabel(scored.join(u'\n'), this);
        provenance->setWordWrap(true);
        provenance->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(provenance);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace tl

#include "SourceForm.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace tl {

namespace {

using Kind = SourceParameter::Kind;

QStringList lines(const QString &text) {
    QStringList out;
    for (const QString &line : text.split(u'\n'))
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    return out;
}

} // namespace

SourceForm::SourceForm(const QList<SourceParameter> &parameters, QWidget *parent)
    : QWidget(parent) {
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(); // rows stay together at the top, whatever the dialog's height
    for (const SourceParameter &p : parameters) {
        QWidget *widget = nullptr;
        Field field{p.name, {}, {}};
        switch (p.kind) {
        case Kind::Date: {
            auto *edit = new QDateEdit(QDate::currentDate().addDays(p.initial.toInt()), this);
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            field.read = [edit] { return QVariant(edit->date()); };
            field.write = [edit](const QVariant &v) { edit->setDate(v.toDate()); };
            widget = edit;
            break;
        }
        case Kind::Integer: {
            auto *spin = new QSpinBox(this);
            spin->setRange(0, 100000000);
            spin->setValue(p.initial.toInt());
            spin->setSpecialValueText(p.zeroText);
            field.read = [spin] { return QVariant(spin->value()); };
            field.write = [spin](const QVariant &v) { spin->setValue(v.toInt()); };
            widget = spin;
            break;
        }
        case Kind::Flag: {
            auto *check = new QCheckBox(p.label, this);
            check->setChecked(p.initial.toBool());
            check->setToolTip(p.help);
            field.read = [check] { return QVariant(check->isChecked()); };
            field.write = [check](const QVariant &v) { check->setChecked(v.toBool()); };
            form->addRow(QString(), check);
            m_fields.append(field);
            continue;
        }
        case Kind::TextList:
            if (!p.choices.isEmpty()) {
                auto *list = new QListWidget(this);
                for (const auto &[value, label] : p.choices) {
                    auto *item = new QListWidgetItem(label, list);
                    item->setData(Qt::UserRole, value);
                    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                    item->setCheckState(Qt::Checked);
                }
                field.read = [list] {
                    QStringList checked;
                    for (int i = 0; i < list->count(); ++i)
                        if (list->item(i)->checkState() == Qt::Checked)
                            checked.append(list->item(i)->data(Qt::UserRole).toString());
                    return QVariant(checked);
                };
                field.write = [list](const QVariant &v) {
                    const QStringList wanted = v.toStringList();
                    for (int i = 0; i < list->count(); ++i)
                        list->item(i)->setCheckState(
                            wanted.contains(list->item(i)->data(Qt::UserRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
                };
                widget = list;
            } else {
                auto *edit = new QPlainTextEdit(this);
                edit->setPlaceholderText(tr("one per line"));
                edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
                field.read = [edit] { return QVariant(lines(edit->toPlainText())); };
                field.write = [edit](const QVariant &v) {
                    edit->setPlainText(v.toStringList().join(u'\n'));
                };
                widget = edit;
            }
            break;
        case Kind::Text:
        case Kind::File: {
            auto *edit = new QLineEdit(p.initial.toString(), this);
            field.read = [edit] { return QVariant(edit->text().trimmed()); };
            field.write = [edit](const QVariant &v) { edit->setText(v.toString()); };
            widget = edit;
            if (p.kind == Kind::File) {
                auto *row = new QWidget(this);
                auto *layout = new QHBoxLayout(row);
                layout->setContentsMargins(0, 0, 0, 0);
                auto *browse = new QToolButton(row);
                browse->setText(tr("Choose…"));
                connect(browse, &QToolButton::clicked, edit, [edit] {
                    const QString file = QFileDialog::getOpenFileName(
                        edit, tr("Choose a file"), edit->text(), tr("JSON (*.json);;All (*)"));
                    if (!file.isEmpty())
                        edit->setText(file);
                });
                edit->setParent(row);
                layout->addWidget(edit);
                layout->addWidget(browse);
                widget = row;
            }
            break;
        }
        }
        widget->setToolTip(p.help);
        form->addRow(p.label, widget);
        m_fields.append(field);
    }
}

SourceValues SourceForm::values() const {
    SourceValues values;
    for (const Field &field : m_fields) {
        const QVariant value = field.read();
        // An empty line is "not given": the source's own default applies.
        if (value.typeId() == QMetaType::QString && value.toString().isEmpty())
            continue;
        values.insert(field.name, value);
    }
    return values;
}

void SourceForm::setValue(const QString &name, const QVariant &value) {
    for (const Field &field : m_fields)
        if (field.name == name)
            field.write(value);
}

} // namespace tl

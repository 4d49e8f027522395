#pragma once

#include "sources/SourceCatalog.h"

#include <QWidget>

#include <functional>

namespace tl {

// The fields of one source's parameters, generated: a date picker per day, a spin box per
// number, a checklist for choices, one line per item for lists, a chooser for files.
class SourceForm : public QWidget {
    Q_OBJECT
public:
    explicit SourceForm(const QList<SourceParameter> &parameters, QWidget *parent = nullptr);

    SourceValues values() const;
    // Sets a field as the dialog would (tests, a repeated fetch): QDate, int, QString,
    // QStringList (checks those choices) or bool.
    void setValue(const QString &name, const QVariant &value);

private:
    struct Field {
        QString name;
        std::function<QVariant()> read;
        std::function<void(const QVariant &)> write;
    };
    QList<Field> m_fields;
};

} // namespace tl

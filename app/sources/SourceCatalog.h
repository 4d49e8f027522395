#pragma once

#include "sources/Source.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace tl {

// One thing a source asks for: a command-line option and a field of the fetch dialog.
struct SourceParameter {
    enum class Kind {
        Date,     // a day: YYYY-MM-DD (or YYYYMMDD) / a date picker
        Integer,  // ≥ 0 / a spin box; 0 reads as `zeroText`
        Text,     // a line
        TextList, // repeatable option / one per line, or a checklist when `choices` are given
        Flag,     // a switch / a check box
        File,     // a path / a line with a file chooser
    };

    QString name{}; // the option (--from), also the key in SourceValues
    Kind kind = Kind::Text;
    QString label{};    // the dialog's label
    QString help{};     // the option's --help text
    QVariant initial{}; // the dialog's starting value; Date: days from today (−1: yesterday)
    QString zeroText{}; // Integer: what 0 means ("all", "no limit")
    QList<QPair<QString, QString>> choices{}; // TextList: value and label of each choice
    bool required = false; // the command line must give it (the dialog always has a value)
};

// Parameter values by name: QDate, int, QString, QStringList or bool. Absent: the default.
using SourceValues = QVariantMap;

// A source as the catalog lists it: what it is, what it asks for, and how to build it.
struct SourceDescription {
    QString id;          // the fetch subcommand: kobis-daily
    QString title;       // shown in the dialog
    QString help;        // the subcommand's --help text
    QString keyVariable; // the environment variable of its key; empty: no key
    QString defaultBaseUrl;
    QList<SourceParameter> parameters;
    // A stream's dataset for these values, its charts redrawn while the source runs; unset
    // for a source that stores only when it ends.
    std::function<QString(const SourceValues &values)> liveDataset;
    // Builds the source; values that do not fit are BadInput naming the option. `baseUrl` is
    // empty for the service's own address.
    std::function<Status(const QString &workspace, const SourceValues &values,
                         const QString &baseUrl, const QString &key,
                         std::unique_ptr<Source> &source)>
        create;
};

// Every network source, in the order the dialog lists them. Built on each call: titles and
// labels follow the current language.
QList<SourceDescription> sourceCatalog();
std::optional<SourceDescription> findSource(const QString &id);
// A day as the command line writes it: 2024-01-05, 20240105, or relative to Clock::today():
// today, yesterday, today-1, today+2.
QDate parseSourceDay(const QString &text);

} // namespace tl

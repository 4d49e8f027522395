#include "FetchCommand.h"

#include "cli/StopOnSignal.h"
#include "sources/Secrets.h"
#include "sources/SourceCatalog.h"

namespace tl::cli {

namespace {

using Kind = SourceParameter::Kind;

QString valueName(Kind kind) {
    switch (kind) {
    case Kind::Date:
        return QStringLiteral("DATE");
    case Kind::Integer:
        return QStringLiteral("N");
    case Kind::File:
        return QStringLiteral("FILE");
    default:
        return QStringLiteral("TEXT");
    }
}

// The options given, as the source's values; false (with the reason on stderr) when one does
// not read as its kind.
bool readValues(CliContext &context, const SourceDescription &source,
                const QCommandLineParser &parser, SourceValues &values) {
    for (const SourceParameter &p : source.parameters) {
        const auto bad = [&](const QString &why) {
            context.err << QStringLiteral("trendlens fetch %1: --%2: %3 (see --help)\n")
                               .arg(source.id, p.name, why);
            return false;
        };
        if (!parser.isSet(p.name)) {
            if (p.required)
                return bad(QStringLiteral("required"));
            continue;
        }
        const QString text = parser.value(p.name);
        switch (p.kind) {
        case Kind::Date: {
            const QDate day = parseSourceDay(text);
            if (!day.isValid())
                return bad(
                    QStringLiteral("'%1' is not a day (YYYY-MM-DD, today, yesterday, today-N)")
                        .arg(text));
            values.insert(p.name, day);
            break;
        }
        case Kind::Integer: {
            bool ok = false;
            const int n = text.toInt(&ok);
            if (!ok || n < 0)
                return bad(QStringLiteral("'%1' is not a whole number ≥ 0").arg(text));
            values.insert(p.name, n);
            break;
        }
        case Kind::TextList:
            values.insert(p.name, parser.values(p.name));
            break;
        case Kind::Flag:
            values.insert(p.name, true);
            break;
        case Kind::Text:
        case Kind::File:
            values.insert(p.name, text);
            break;
        }
    }
    return true;
}

int runSource(CliContext &context, const SourceDescription &description,
              const QStringList &arguments) {
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    for (const SourceParameter &p : description.parameters) {
        if (p.kind == Kind::Flag)
            parser.addOption({p.name, p.help});
        else
            parser.addOption({p.name, p.help, valueName(p.kind)});
    }
    parser.addOption({QStringLiteral("base-url"),
                      QStringLiteral("The service's root instead of its own (tests, proxies)."),
                      QStringLiteral("URL")});
    if (int code = context.parse(parser, arguments, description.help); code >= 0)
        return code;
    SourceValues values;
    if (!readValues(context, description, parser, values))
        return 2;
    QString key;
    if (!description.keyVariable.isEmpty()) {
        if (Status s = Secrets::find(description.keyVariable, description.id, key); !s)
            return context.fail(s);
    }
    std::unique_ptr<Source> source;
    if (Status s = description.create(CliContext::workspacePath(parser), values,
                                      parser.value(QStringLiteral("base-url")), key, source);
        !s)
        return context.fail(s);
    if (CliContext::stderrIsTerminal())
        source->setProgress([&context, &description](qint64 done, qint64 total) {
            context.err
                << (total > 0
                        ? QStringLiteral("\r%1: %2 of %3").arg(description.id).arg(done).arg(total)
                        : QStringLiteral("\r%1: %2").arg(description.id).arg(done));
            context.err.flush();
        });
    source->setWaiting([&context, &description] {
        context.err << QStringLiteral("\r%1: waiting for another import or fetch to finish "
                                      "writing to the workspace …\n")
                           .arg(description.id);
        context.err.flush();
    });
    SourceReport report;
    Status status;
    {
        // Ctrl+C cancels the run: a batch source rolls back and logs the run as cancelled; a
        // stream stops and keeps what arrived.
        const StopOnSignal stop(source.get(), [](void *s) { static_cast<Source *>(s)->cancel(); });
        status = source->run(report);
    }
    if (CliContext::stderrIsTerminal())
        context.err << "\n";
    for (const QString &note : std::as_const(report.notes))
        context.err << description.id << ": " << note << "\n";
    if (!status)
        return context.fail(status);
    context.out << description.id << ": " << report.summary << "\n";
    return 0;
}

} // namespace

int fetchCommand(CliContext &context, const QStringList &arguments) {
    const QString id = arguments.value(1);
    if (const auto description = findSource(id)) {
        QStringList sourceArguments = arguments.mid(1);
        sourceArguments[0] = QStringLiteral("trendlens fetch ") + id;
        return runSource(context, *description, sourceArguments);
    }
    context.err
        << "usage: trendlens fetch SOURCE [-w W] [--base-url URL] [options]\n"
           "sources: kobis-daily --from DATE [--to DATE] [--no-details]\n"
           "         maple-ranking --date DATE [--pages N] [--world NAME]\n"
           "         x-stream [--filter RULE]... [--max-tweets N] [--duration S]\n"
           "         gmarket-best [--category CODE]... [--recipe FILE]\n"
           "         rest --url URL --dataset NAME [--records PATH] [--header \"K: V\"]...\n"
           "              [--page-param P --pages N] | rest --recipe FILE\n"
           "Each takes --help.\n";
    return id.isEmpty() || id == QLatin1String("--help") ? 0 : 2;
}

} // namespace tl::cli

#include "CliContext.h"

#include "store/Workspace.h"

#include <cstdio>
#include <unistd.h>

namespace tl::cli {

CliContext::CliContext()
    : out(stdout)
    , err(stderr) {
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
}

void CliContext::addCommonOptions(QCommandLineParser &parser) {
    parser.addOption({{QStringLiteral("w"), QStringLiteral("workspace")},
                      QStringLiteral("Workspace file (default: $TRENDLENS_WORKSPACE, else %1).")
                          .arg(Workspace::defaultPath()),
                      QStringLiteral("PATH")});
    parser.addHelpOption();
}

void CliContext::addServerOption(QCommandLineParser &parser, const QString &what) {
    parser.addOption({QStringLiteral("db"),
                      what + QStringLiteral(": a connection's name (trendlens connection list) "
                                            "or postgresql://USER@HOST:PORT/DATABASE or "
                                            "clickhouse://USER@HOST:HTTP_PORT/DATABASE."),
                      QStringLiteral("NAME|URL")});
}

int CliContext::parse(QCommandLineParser &parser, const QStringList &arguments,
                      const QString &usage) {
    parser.setApplicationDescription(usage);
    if (!parser.parse(arguments)) {
        err << "trendlens: " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its path; the usage line names the subcommand instead.
        QString help = parser.helpText();
        const qsizetype options = help.indexOf(QStringLiteral(" [options]"));
        if (help.startsWith(QStringLiteral("Usage: ")) && options > 0)
            help.replace(7, options - 7, arguments.value(0));
        out << help;
        return 0;
    }
    return -1;
}

Result<std::shared_ptr<const Engine>> CliContext::engine(const QCommandLineParser &parser,
                                                         const QString &fallback) {
    return engineFor(parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                        : fallback,
                     workspacePath(parser));
}

Result<std::shared_ptr<const Engine>> CliContext::engineFor(const QString &target,
                                                            const QString &workspacePath) {
    if (target.contains(QLatin1String("://")))
        return Engine::forUrl(target);
    {
        std::unique_ptr<Workspace> workspace;
        if (Status s = Workspace::openExisting(workspacePath, workspace); !s)
            return s;
    }
    return Engine::forConnection(target, workspacePath);
}

QString CliContext::workspacePath(const QCommandLineParser &parser) {
    return Workspace::resolvePath(parser.value(QStringLiteral("workspace")));
}

int CliContext::exitCode(const Status &status) {
    switch (status.kind()) {
    case ErrorKind::None:
        return 0;
    case ErrorKind::BadInput:
        return 2;
    case ErrorKind::Source:
        return 3;
    case ErrorKind::Cancelled:
    case ErrorKind::Internal:
        return 1;
    }
    return 1;
}

int CliContext::fail(const Status &status) {
    err << "trendlens: " << status.message() << "\n";
    err.flush();
    return exitCode(status);
}

bool CliContext::stderrIsTerminal() {
    return isatty(fileno(stderr)) != 0;
}

} // namespace tl::cli

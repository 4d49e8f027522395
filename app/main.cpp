#include "cli/Cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trendlens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRENDLENS_VERSION));
    // The desktop window arrives with the GUI issue; until then every run is the CLI.
    return tl::cli::run(app.arguments());
}

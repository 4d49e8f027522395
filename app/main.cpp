#include "cli/Cli.h"
#include "ui/GuiApplication.h"
#include "ui/chart/ChartCommand.h"

#include <QCoreApplication>

// Composition root (ARCHITECTURE.md §2): a subcommand runs the headless CLI, anything else the GUI.
int main(int argc, char *argv[]) {
    // Charts are drawn with Qt Charts (widgets), so this subcommand lives in ui/.
    if (argc > 1 && QString::fromLocal8Bit(argv[1]) == QLatin1String("chart"))
        return tl::runChartCommand(argc, argv);
    if (argc > 1 && (tl::cli::isSubcommand(QString::fromLocal8Bit(argv[1])) ||
                     tl::cli::looksLikeSubcommand(QString::fromLocal8Bit(argv[1])))) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("trendlens"));
        QCoreApplication::setApplicationVersion(QStringLiteral(TRENDLENS_VERSION));
        return tl::cli::run(app.arguments());
    }
    return tl::runGui(argc, argv);
}

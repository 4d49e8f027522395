#include "GuiApplication.h"

#include "ui/ImageSize.h"

#include "models/DatasetTableModel.h"
#include "sources/SourceCatalog.h"
#include "store/Workspace.h"
#include "ui/Appearance.h"
#include "ui/DashboardTabs.h"
#include "ui/DatasetTableView.h"
#include "ui/FetchController.h"
#include "ui/FetchDialog.h"
#include "ui/ImportController.h"
#include "ui/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/chart/DashboardView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace tl {

namespace {

void fail(const QString &message) {
    std::fprintf(stderr, "trendlens: %s\n", qPrintable(message));
}

// Runs the event loop until `done` holds or the time is up.
bool waitFor(const std::function<bool()> &done, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// The shown dataset's visible rows are loaded (or there are none to load).
bool tableLoaded(MainWindow &window) {
    if (!window.tableView()->isVisible())
        return true; // a dashboard is in front; the table loads when it is shown
    DatasetTableModel *model = window.tableModel();
    const bool empty = model->rowCount() == 0 || model->columnCount() == 0;
    return !model->isLoading() && (empty || model->rowsFetched() > 0);
}

} // namespace

int runGui(int &argc, char **argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("trendlens"));
    QApplication::setOrganizationName(QStringLiteral("trendlens"));
    QApplication::setApplicationVersion(QStringLiteral(TRENDLENS_VERSION));
    // Ties the window to the installed .desktop file (Wayland's app id, the dock's icon).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.trendlens.Trendlens"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.trendlens.Trendlens.svg")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"),
                                 QStringLiteral("The workspace file to open."));
    parser.addOption({QStringLiteral("lang"), QStringLiteral("ko or en (default: the system's)."),
                      QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("dataset"), QStringLiteral("The dataset to show."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("dashboard"), QStringLiteral("The dashboard to open."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("import"),
                      QStringLiteral("Open the import dialog for FILE (repeatable; with "
                                     "--screenshot the dialog is what is pictured)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("fetch"),
                      QStringLiteral("Open the fetch dialog on SOURCE (kobis-daily, x-stream, …; "
                                     "with --screenshot the dialog is what is pictured)."),
                      QStringLiteral("SOURCE")});
    parser.addOption({QStringLiteral("screenshot"),
                      QStringLiteral("Write the window to a PNG once it is loaded, then exit."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Window size for --screenshot."),
                      QStringLiteral("WxH"), QStringLiteral("1360x820")});
    parser.process(app);

    Appearance appearance;
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && !Appearance::languages().contains(lang)) {
        fail(QStringLiteral("--lang: expected ko or en, not '%1'").arg(lang));
        return 2;
    }
    appearance.restore(lang);

    MainWindow window(appearance);
    const QString path = Workspace::resolvePath(parser.positionalArguments().value(0));
    const bool headless = parser.isSet(QStringLiteral("screenshot"));
    if (Status s = window.openWorkspace(path); !s) {
        if (headless) {
            fail(s.message());
            return 2;
        }
        QMessageBox::warning(&window, QStringLiteral("Trendlens"), s.message());
    } else if (!headless) {
        window.restoreSession(); // --dataset and --dashboard below still have the last word
    }
    if (parser.isSet(QStringLiteral("dataset")) &&
        !window.selectDataset(parser.value(QStringLiteral("dataset")))) {
        fail(QStringLiteral("no dataset named '%1'").arg(parser.value(QStringLiteral("dataset"))));
        if (headless)
            return 2;
    }

    DashboardView *dashboard = nullptr;
    if (parser.isSet(QStringLiteral("dashboard"))) {
        dashboard = window.dashboards()->openDashboard(parser.value(QStringLiteral("dashboard")));
        if (!dashboard) {
            fail(QStringLiteral("no dashboard named '%1'")
                     .arg(parser.value(QStringLiteral("dashboard"))));
            if (headless)
                return 2;
        }
    }
    const QStringList imports = parser.values(QStringLiteral("import"));
    const QString fetch = parser.value(QStringLiteral("fetch"));
    if (!fetch.isEmpty() && !findSource(fetch)) {
        fail(QStringLiteral("--fetch: no source named '%1'").arg(fetch));
        return 2;
    }
    if (!headless) {
        window.show();
        window.imports()->enqueue(imports);
        if (!fetch.isEmpty())
            QTimer::singleShot(0, &window,
                               [&window, fetch] { window.fetches()->chooseAndFetch(fetch); });
        return app.exec();
    }
    const Result<QSize> size = ImageSize::parse(parser.value(QStringLiteral("size")), 1);
    if (!size) {
        fail(size.status().message());
        return 2;
    }
    window.show();
    window.resize(*size); // as asked, also beyond the offscreen screen's 800×600
    if (!waitFor([&window] { return tableLoaded(window); }, 30000) ||
        (dashboard && !waitFor([dashboard] { return !dashboard->isLoading(); }, 30000)))
        fail(QStringLiteral("the view did not finish loading; writing the screenshot anyway"));
    // Charts lay out on posted events after their data arrives: let those run first.
    QElapsedTimer settle;
    settle.start();
    waitFor([&settle] { return settle.elapsed() > 150; }, 1000);
    QWidget *pictured = &window;
    if (!imports.isEmpty()) {
        window.imports()->enqueue(imports.mid(0, 1));
        ImportDialog *dialog = window.imports()->currentDialog();
        if (!dialog || !waitFor([dialog] { return dialog->previewReady(); }, 30000)) {
            fail(QStringLiteral("%1: the import preview did not load").arg(imports.front()));
            return 2;
        }
        pictured = dialog;
    }
    FetchDialog fetchDialog(&window);
    if (!fetch.isEmpty()) {
        fetchDialog.setSource(fetch);
        fetchDialog.show();
        waitFor([&settle] { return settle.elapsed() > 300; }, 1000);
        pictured = &fetchDialog;
    }
    const QString out = parser.value(QStringLiteral("screenshot"));
    if (!pictured->grab().save(out, "PNG")) {
        fail(QStringLiteral("%1: cannot write the PNG").arg(out));
        return 1;
    }
    std::printf("%s\n", qPrintable(out));
    return 0;
}

} // namespace tl

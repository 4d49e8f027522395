// Measures, inside one process: construction to first paint of the main window on a workspace,
// and the time from asking for the last row of a big dataset to that row being on screen.
#include "models/DatasetTableModel.h"
#include "ui/Appearance.h"
#include "ui/DatasetTableView.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>

#include <cstdio>

namespace {

// Counts paints of the window, to know when the first one happened.
class PaintWatcher : public QObject {
public:
    bool painted = false;
    bool eventFilter(QObject *, QEvent *event) override {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

} // namespace

int main(int argc, char **argv) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: trendlens_guibench DEMO.trendlens BIG.trendlens DATASET\n");
        return 2;
    }
    const qint64 qtReady = sinceStart.elapsed();
    QElapsedTimer timer;
    timer.start();
    tl::Appearance appearance;
    appearance.restore(QStringLiteral("en"));
    tl::MainWindow window(appearance);
    if (!window.openWorkspace(QString::fromLocal8Bit(argv[1])))
        return 1;
    PaintWatcher watcher;
    window.tableView()->table()->viewport()->installEventFilter(&watcher);
    window.show();
    tl::DatasetTableModel *model = window.tableModel();
    // First paint with rows in it: the table's first page arrived and was drawn.
    while (!(watcher.painted && model->rowsFetched() > 0 && !model->isLoading()))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 firstPaint = timer.elapsed();

    if (!window.openWorkspace(QString::fromLocal8Bit(argv[2])) ||
        !window.selectDataset(QString::fromLocal8Bit(argv[3])))
        return 1;
    QTableView *table = window.tableView()->table();
    while (model->isLoading())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 fetchedBefore = model->rowsFetched();
    watcher.painted = false;
    timer.restart();
    table->scrollToBottom();
    const QModelIndex last = model->index(model->rowCount() - 1, 0);
    while (!(model->data(last, tl::DatasetTableModel::FullTextRole).isValid() && watcher.painted))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    const qint64 lastPage = timer.elapsed();

    // Sorted by a text column, then by a number: until the first rows of the order are
    // painted.
    const auto sortedPaint = [&](int column, Qt::SortOrder order) {
        watcher.painted = false;
        QElapsedTimer sortTimer;
        sortTimer.start();
        table->sortByColumn(column, order);
        table->scrollToTop();
        const QModelIndex first = model->index(0, column);
        while (!(model->data(first, tl::DatasetTableModel::FullTextRole).isValid() &&
                 watcher.painted && !model->isLoading()))
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        return sortTimer.elapsed();
    };
    const qint64 sortText = sortedPaint(1, Qt::DescendingOrder);
    const qint64 sortNumber = sortedPaint(2, Qt::AscendingOrder);

    std::printf("GUI benchmark (offscreen)\n");
    std::printf("  process start to QApplication ready               %lld ms\n",
                static_cast<long long>(qtReady));
    std::printf("  window created to first painted rows (demo)       %lld ms   (target < 1000)\n",
                static_cast<long long>(firstPaint));
    std::printf("  scroll to the end of %d rows, painted     %lld ms   (target < 100)\n",
                model->rowCount(), static_cast<long long>(lastPage));
    std::printf("  rows read for that: %lld of %d\n",
                static_cast<long long>(model->rowsFetched() - fetchedBefore), model->rowCount());
    std::printf("  sort by a text column, first rows painted         %lld ms   (target < 1000)\n",
                static_cast<long long>(sortText));
    std::printf("  sort by a number column, first rows painted       %lld ms   (target < 1000)\n",
                static_cast<long long>(sortNumber));
    return 0;
}

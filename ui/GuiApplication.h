#pragma once

#include <QStringList>

namespace tl {

// The desktop app: `trendlens [WORKSPACE] [--lang ko|en] [--dataset NAME] [--dashboard NAME]
// [--import FILE]...
// [--screenshot FILE.png [--size WxH]]`. With --screenshot it opens the window, waits until the
// table shows its rows (and, with --import, the import dialog its preview), writes the PNG of
// the window or the dialog and exits (works with QT_QPA_PLATFORM=offscreen).
int runGui(int &argc, char **argv);

} // namespace tl

#pragma once

#include <QStringList>

namespace tl {

// The desktop app: `trendlens [WORKSPACE] [--lang ko|en] [--dataset NAME]
// [--screenshot FILE.png [--size WxH]]`. With --screenshot it opens the window, waits until the
// table shows its rows, writes the PNG and exits (works with QT_QPA_PLATFORM=offscreen).
int runGui(int &argc, char **argv);

} // namespace tl

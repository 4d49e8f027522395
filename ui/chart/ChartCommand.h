#pragma once

namespace tl {

// `trendlens chart SPEC.json --out FILE.{png,svg,pdf,csv} [-w W] [--size WxH] [--scale S]`:
// runs the spec on the workspace and writes the chart offscreen, or its data as CSV.
int runChartCommand(int &argc, char **argv);

} // namespace tl

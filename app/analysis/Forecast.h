#pragma once

#include <vector>

namespace tl {

// Next-k forecasts for a series of evenly spaced values, with a band for the uncertainty.
// Two simple, explainable models:
//  - Holt's linear exponential smoothing: a level and a trend, each updated as a weighted mean
//    of the new observation and the old estimate; alpha and beta are picked from a small grid
//    by the smallest one-step-ahead squared error over the history.
//  - A least-squares line through the last `window` points (all when 0).
// The band is ±1.96 × the RMS one-step (Holt) or residual (linear) error, widening with
// the square root of the steps ahead.
struct ForecastPoint {
    double value;
    double low;
    double high;
};

class Forecast {
public:
    static std::vector<ForecastPoint> holt(const std::vector<double> &history, int horizon);
    static std::vector<ForecastPoint> linear(const std::vector<double> &history, int horizon,
                                             int window = 0);

    // Holt with fixed parameters, for tests and for explaining a forecast.
    static std::vector<ForecastPoint> holt(const std::vector<double> &history, int horizon,
                                           double alpha, double beta, double *sse = nullptr);
};

} // namespace tl

#include "Forecast.h"

#include <cmath>
#include <limits>

namespace tl {

namespace {
constexpr double kZ95 = 1.96;

std::vector<ForecastPoint> withBand(const std::vector<double> &values, double rms) {
    std::vector<ForecastPoint> out;
    out.reserve(values.size());
    for (std::size_t h = 0; h < values.size(); ++h) {
        const double spread = kZ95 * rms * std::sqrt(double(h + 1));
        out.push_back({values[h], values[h] - spread, values[h] + spread});
    }
    return out;
}
} // namespace

std::vector<ForecastPoint> Forecast::holt(const std::vector<double> &y, int horizon, double alpha,
                                          double beta, double *sse) {
    if (y.empty() || horizon <= 0)
        return {};
    if (y.size() == 1)
        return withBand(std::vector<double>(std::size_t(horizon), y[0]), 0);
    double level = y[0];
    double trend = y[1] - y[0];
    double squared = 0;
    for (std::size_t t = 1; t < y.size(); ++t) {
        const double predicted = level + trend;
        squared += (y[t] - predicted) * (y[t] - predicted);
        const double previous = level;
        level = alpha * y[t] + (1 - alpha) * (level + trend);
        trend = beta * (level - previous) + (1 - beta) * trend;
    }
    if (sse)
        *sse = squared;
    std::vector<double> values;
    for (int h = 1; h <= horizon; ++h)
        values.push_back(level + h * trend);
    return withBand(values, std::sqrt(squared / double(y.size() - 1)));
}

std::vector<ForecastPoint> Forecast::holt(const std::vector<double> &y, int horizon) {
    double bestAlpha = 0.5, bestBeta = 0.3;
    double best = std::numeric_limits<double>::infinity();
    for (int a = 1; a <= 9; ++a) {
        for (int b = 1; b <= 9; ++b) {
            double sse = 0;
            holt(y, 1, a / 10.0, b / 10.0, &sse);
            if (sse < best) {
                best = sse;
                bestAlpha = a / 10.0;
                bestBeta = b / 10.0;
            }
        }
    }
    return holt(y, horizon, bestAlpha, bestBeta);
}

std::vector<ForecastPoint> Forecast::linear(const std::vector<double> &history, int horizon,
                                            int window) {
    if (history.empty() || horizon <= 0)
        return {};
    const std::size_t n =
        window > 0 ? std::min<std::size_t>(std::size_t(window), history.size()) : history.size();
    const std::size_t first = history.size() - n;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = double(i), y = history[first + i];
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double denominator = double(n) * sxx - sx * sx;
    const double slope = denominator != 0 ? (double(n) * sxy - sx * sy) / denominator : 0;
    const double intercept = (sy - slope * sx) / double(n);
    double squared = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double residual = history[first + i] - (intercept + slope * double(i));
        squared += residual * residual;
    }
    const double rms = n > 2 ? std::sqrt(squared / double(n - 2)) : 0;
    std::vector<double> values;
    for (int h = 1; h <= horizon; ++h)
        values.push_back(intercept + slope * double(n - 1 + h));
    return withBand(values, rms);
}

} // namespace tl

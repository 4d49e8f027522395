#pragma once

#include "core/Status.h"

#include <QSize>
#include <QStringList>

class QImage;

namespace tl {

class ChartCanvas;

// Writes a chart as PNG (at a size and scale), SVG or PDF (vector: text stays text), chosen by
// the file's suffix. Files are written whole or not at all.
class ChartExporter {
public:
    static Status save(ChartCanvas &canvas, const QString &path, QSize size, double scale = 1.0,
                       const QStringList &protectedPaths = {});
    static QImage image(ChartCanvas &canvas, QSize size, double scale = 1.0);
    static bool isImageSuffix(const QString &suffix);
};

} // namespace tl

#include "ChartExporter.h"

#include "export/OutputFile.h"

#include "ui/chart/ChartCanvas.h"
#include "ui/chart/SvgTextRuns.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace tl {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("tl::ChartExporter", text);
}
} // namespace

bool ChartExporter::isImageSuffix(const QString &suffix) {
    return suffix == QLatin1String("png") || suffix == QLatin1String("svg") ||
           suffix == QLatin1String("pdf");
}

QImage ChartExporter::image(ChartCanvas &canvas, QSize size, double scale) {
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    canvas.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

Status ChartExporter::save(ChartCanvas &canvas, const QString &path, QSize size, double scale,
                           const QStringList &protectedPaths) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString name = QFileInfo(path).fileName();
    if (!isImageSuffix(suffix))
        return Status::badInput(tr("%1: write .png, .svg or .pdf").arg(name));
    if (size.isEmpty() || scale <= 0)
        return Status::badInput(tr("%1: the size must be positive").arg(name));
    OutputFile output(path);
    if (Status s = output.open(protectedPaths); !s)
        return s;
    QIODevice &file = output.device();
    bool written = true;
    if (suffix == QLatin1String("png")) {
        written = image(canvas, size, scale).save(&file, "PNG");
    } else if (suffix == QLatin1String("svg")) {
        QBuffer drawn;
        drawn.open(QIODevice::WriteOnly);
        {
            QSvgGenerator svg;
            svg.setOutputDevice(&drawn);
            svg.setSize(size);
            svg.setViewBox(QRect(QPoint(0, 0), size));
            svg.setTitle(QFileInfo(path).completeBaseName());
            QPainter painter(&svg);
            canvas.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        }
        const QByteArray whole = SvgTextRuns::whole(drawn.data(), SvgTextRuns::installedFamilies());
        written = file.write(whole) == whole.size();
    } else {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(72); // one point per pixel of `size`
        pdf.setCreator(QStringLiteral("Trendlens"));
        QPainter painter(&pdf);
        canvas.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    if (!written) {
        output.cancel();
        return Status::internal(tr("%1: the picture could not be encoded").arg(name));
    }
    return output.commit();
}

} // namespace tl

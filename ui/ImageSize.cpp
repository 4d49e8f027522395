#include "ImageSize.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tl {

Result<QSize> ImageSize::parse(const QString &text, double scale) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})x(\\d{1,9})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return Status::badInput(QCoreApplication::translate(
            "tl::ImageSize", "--size takes WIDTHxHEIGHT in pixels, e.g. 1200x700"));
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    const double pixels = double(size.width()) * size.height() * scale * scale;
    if (size.width() < kMinSide || size.height() < kMinSide || size.width() > kMaxSide ||
        size.height() > kMaxSide || pixels > double(kMaxPixels))
        return Status::badInput(QCoreApplication::translate("tl::ImageSize",
                                                            "--size %1 is out of range: each side "
                                                            "from %2 to %3 pixels, at most "
                                                            "%3x%3 pixels drawn")
                                    .arg(text)
                                    .arg(kMinSide)
                                    .arg(kMaxSide));
    return size;
}

} // namespace tl

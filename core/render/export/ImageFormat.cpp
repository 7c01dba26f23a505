#include "ImageFormat.h"

#include <QFileInfo>

namespace frontier::ImageFormats {

std::optional<ImageFormat> fromPath(const QString& path)
{
    const QString s = QFileInfo(path).suffix().toLower();
    if (s == QLatin1String("png"))
        return ImageFormat::Png;
    if (s == QLatin1String("jpg") || s == QLatin1String("jpeg"))
        return ImageFormat::Jpeg;
    if (s == QLatin1String("tif") || s == QLatin1String("tiff"))
        return ImageFormat::Tiff;
    return std::nullopt;
}

QString suffix(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return QStringLiteral("png");
    case ImageFormat::Jpeg:
        return QStringLiteral("jpg");
    case ImageFormat::Tiff:
        return QStringLiteral("tif");
    }
    return {};
}

QString worldFileSuffix(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return QStringLiteral("pgw");
    case ImageFormat::Jpeg:
        return QStringLiteral("jgw");
    case ImageFormat::Tiff:
        return QStringLiteral("tfw");
    }
    return {};
}

QString acceptedSuffixes()
{
    return QStringLiteral(".png, .jpg, .jpeg, .tif or .tiff");
}

QString fileDialogFilter()
{
    return QStringLiteral(
        "PNG images (*.png);;JPEG images (*.jpg *.jpeg);;TIFF images (*.tif *.tiff)");
}

} // namespace frontier::ImageFormats

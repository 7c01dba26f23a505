#include "SnapshotWriter.h"

#include "PngEncoder.h"
#include "io/AtomicFiles.h"

#include <QBuffer>
#include <QImageWriter>

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

namespace frontier {
namespace {

/// JPEG and TIFF through Qt's plugins. Text goes into the image's text, which Qt's JPEG writer
/// stores as COM markers; its reader splits a key at the first ':', so "frontier:date" is
/// written "frontier-date". Qt 6.4's TIFF writer stores no text.
QByteArray encodeWithQt(const QImage& source, ImageFormat format,
                        const QMap<QString, QString>& text, int dpi)
{
    QImage image = source.convertToFormat(QImage::Format_RGB32);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.setDevicePixelRatio(1);
    for (auto it = text.begin(); it != text.end(); ++it)
        image.setText(QString(it.key()).replace(QLatin1Char(':'), QLatin1Char('-')), it.value());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format == ImageFormat::Jpeg ? "jpeg" : "tiff");
    if (format == ImageFormat::Jpeg)
        writer.setQuality(90);
    else
        writer.setCompression(1); // LZW
    return writer.write(image) ? bytes : QByteArray();
}

} // namespace

QString SnapshotWriter::siblingPath(const QString& imagePath, const QString& suffix)
{
    const QFileInfo info(imagePath);
    const QString base = info.suffix().isEmpty() ? info.fileName() : info.completeBaseName();
    return info.dir().filePath(base + QLatin1Char('.') + suffix);
}

QString SnapshotWriter::worldFile(const Georef& g)
{
    const double px = g.viewport.unitsPerPixel() / g.devicePixelRatio;
    const MapRect e = g.viewport.extent();
    return QStringLiteral("%1\n0\n0\n%2\n%3\n%4\n")
        .arg(px, 0, 'g', 17)
        .arg(-px, 0, 'g', 17)
        .arg(e.xmin + px / 2, 0, 'g', 17)
        .arg(e.ymax - px / 2, 0, 'g', 17);
}

QString SnapshotWriter::write(const QImage& source, const QString& path,
                              const std::optional<Georef>& georef,
                              const QMap<QString, QString>& text, int dpi)
{
    const std::optional<ImageFormat> format = ImageFormats::fromPath(path);
    if (!format)
        return QStringLiteral("%1: not an image file name; name the image %2")
            .arg(path, ImageFormats::acceptedSuffixes());
    if (source.isNull())
        return QStringLiteral("%1: encoding failed: the image is empty").arg(path);
    // Encode in memory first: nothing touches the disk unless the whole image exists.
    const QByteArray bytes = *format == ImageFormat::Png
                                 ? PngEncoder::encode(source, {1, dpi, text})
                                 : encodeWithQt(source, *format, text, dpi);
    if (bytes.isEmpty())
        return QStringLiteral("%1: %2 encoding failed")
            .arg(path, ImageFormats::suffix(*format).toUpper());
    if (!georef)
        return AtomicFiles::save({{path, bytes}});
    const QString world = siblingPath(path, ImageFormats::worldFileSuffix(*format)),
                  prj = siblingPath(path, QStringLiteral("prj"));
    return AtomicFiles::save(
        {{path, bytes}, {world, worldFile(*georef).toUtf8()}, {prj, georef->esriWkt.toUtf8()}});
}

} // namespace frontier

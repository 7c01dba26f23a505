#include "SnapshotWriter.h"

#include "PngEncoder.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cmath>

namespace frontier {
namespace {

QString saveAtomically(const QString& path, const QByteArray& bytes)
{
    if (QFileInfo(path).isDir()) return QStringLiteral("%1: is a folder").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return QStringLiteral("%1: write failed: %2").arg(path, why);
    }
    if (!file.commit()) return QStringLiteral("%1: cannot save: %2").arg(path, file.errorString());
    return {};
}

} // namespace

QString SnapshotWriter::siblingPath(const QString& pngPath, const QString& suffix)
{
    const QFileInfo info(pngPath);
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

QString SnapshotWriter::write(const QImage& source, const QString& path, const Georef& georef,
                              const QMap<QString, QString>& text, int dpi)
{
    // Encode in memory first: nothing touches the disk unless the whole PNG exists.
    const QByteArray png = PngEncoder::encode(source, {1, dpi, text});
    if (png.isEmpty()) return QStringLiteral("%1: PNG encoding failed: the image is empty").arg(path);
    if (QString e = saveAtomically(path, png); !e.isEmpty()) return e;
    if (QString e = saveAtomically(siblingPath(path, QStringLiteral("pgw")), worldFile(georef).toUtf8()); !e.isEmpty()) return e;
    return saveAtomically(siblingPath(path, QStringLiteral("prj")), georef.esriWkt.toUtf8());
}

} // namespace frontier

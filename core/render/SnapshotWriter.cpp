#include "SnapshotWriter.h"

#include "PngEncoder.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

namespace frontier {
namespace {

struct FileBytes {
    QString path;
    QByteArray bytes;
};

/// Writes files that belong together: every one to its temporary file first, and only when all
/// of them are whole are they renamed into place, so a full disk, a read-only folder or a
/// folder in the way leaves the earlier set as it was and no temporary file behind.
QString saveTogether(const std::vector<FileBytes>& files)
{
    for (const FileBytes& f : files)
        if (QFileInfo(f.path).isDir()) return QStringLiteral("%1: is a folder").arg(f.path);
    std::vector<std::unique_ptr<QSaveFile>> pending; // an uncommitted QSaveFile removes its temporary file
    for (const FileBytes& f : files) {
        auto file = std::make_unique<QSaveFile>(f.path);
        if (!file->open(QIODevice::WriteOnly))
            return QStringLiteral("%1: cannot write: %2").arg(f.path, file->errorString());
        // Flushed here because QSaveFile::commit() in Qt 6.4 ignores a failed final flush (a full
        // disk) and would rename a truncated file into place. Qt calls that failure "Unknown
        // error"; errno has the reason.
        if (file->write(f.bytes) != f.bytes.size() || !file->flush())
            return QStringLiteral("%1: write failed: %2").arg(f.path, QString::fromLocal8Bit(std::strerror(errno)));
        pending.push_back(std::move(file));
    }
    for (const auto& file : pending)
        if (!file->commit()) return QStringLiteral("%1: cannot save: %2").arg(file->fileName(), file->errorString());
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
    const QString pgw = siblingPath(path, QStringLiteral("pgw")), prj = siblingPath(path, QStringLiteral("prj"));
    if (pgw == path || prj == path) return QStringLiteral("%1: .pgw and .prj are the world file's and the CRS file's names; name the image .png").arg(path);
    // Encode in memory first: nothing touches the disk unless the whole PNG exists.
    const QByteArray png = PngEncoder::encode(source, {1, dpi, text});
    if (png.isEmpty()) return QStringLiteral("%1: PNG encoding failed: the image is empty").arg(path);
    return saveTogether({{path, png}, {pgw, worldFile(georef).toUtf8()}, {prj, georef.esriWkt.toUtf8()}});
}

} // namespace frontier

#include "LocalFile.h"

#include <QFile>
#include <QFileInfo>

namespace frontier {

QString LocalFile::refusal(const QString& path)
{
    if (path.startsWith(QLatin1String("/vsi")) || path.contains(QLatin1String("://")))
        return QStringLiteral("only local files are read (no GDAL virtual file systems or URLs)");
    const QFileInfo info(path);
    if (!info.exists()) return QStringLiteral("no such file");
    if (info.isDir()) return QStringLiteral("is a folder, not a file");
    if (!info.isFile()) return QStringLiteral("not a regular file (device, pipe or socket)");
    if (!info.isReadable()) return QStringLiteral("cannot be read (permission denied)");
    return {};
}

std::optional<QByteArray> LocalFile::read(const QString& path, LoadProblems& problems)
{
    const QString file = QFileInfo(path).fileName();
    if (const QString why = refusal(path); !why.isEmpty()) {
        problems.push_back({file, {}, {}, why});
        return std::nullopt;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        problems.push_back({file, {}, {}, QStringLiteral("cannot be read: %1").arg(f.errorString())});
        return std::nullopt;
    }
    QByteArray bytes = f.readAll();
    if (f.error() != QFileDevice::NoError) {
        problems.push_back({file, {}, {}, QStringLiteral("read error: %1").arg(f.errorString())});
        return std::nullopt;
    }
    if (bytes.isEmpty()) {
        problems.push_back({file, {}, {}, QStringLiteral("the file is empty")});
        return std::nullopt;
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        problems.push_back({file, {}, {}, QStringLiteral("starts with a UTF-8 byte-order mark, which JSON (RFC 8259) does not allow")});
        return std::nullopt;
    }
    return bytes;
}

} // namespace frontier

#include "LocalFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace frontier {
namespace {

constexpr char kByteOrderMark[] = "\xEF\xBB\xBF";

} // namespace

bool LocalFile::isVirtual(const QString& path)
{
    // Also the cleaned absolute form: "a/../../vsicurl/…" must not slip through.
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return path.startsWith(QLatin1String("/vsi")) || absolute.startsWith(QLatin1String("/vsi")) ||
           path.contains(QLatin1String("://"));
}

QString LocalFile::localRefusal(const QString& path)
{
    if (isVirtual(path))
        return QStringLiteral("only local files are read (no GDAL virtual file systems or URLs)");
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists())
        return QStringLiteral("a symbolic link to nothing");
    if (!info.exists())
        return QStringLiteral("no such file");
    if (info.isDir())
        return QStringLiteral("is a folder, not a file");
    if (!info.isFile())
        return QStringLiteral("not a regular file (device, pipe or socket)");
    if (!info.isReadable())
        return QStringLiteral("cannot be read (permission denied)");
    return {};
}

QString LocalFile::refusal(const QString& path)
{
    if (const QString why = localRefusal(path); !why.isEmpty())
        return why;
    const QFileInfo info(path);
    if (info.size() == 0)
        return QStringLiteral("the file is empty");
    if (info.size() > kMaxBytes)
        return QStringLiteral("too large (%1 bytes; the limit is %2 MiB)")
            .arg(info.size())
            .arg(kMaxBytes / (1024 * 1024));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot be read: %1").arg(f.errorString());
    if (f.read(3) == kByteOrderMark)
        return QStringLiteral(
            "starts with a UTF-8 byte-order mark, which JSON (RFC 8259) does not allow");
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
        problems.push_back(
            {file, {}, {}, QStringLiteral("cannot be read: %1").arg(f.errorString())});
        return std::nullopt;
    }
    QByteArray bytes = f.readAll();
    if (f.error() != QFileDevice::NoError) {
        problems.push_back({file, {}, {}, QStringLiteral("read error: %1").arg(f.errorString())});
        return std::nullopt;
    }
    return bytes;
}

} // namespace frontier

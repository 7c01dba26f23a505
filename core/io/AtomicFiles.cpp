#include "AtomicFiles.h"

#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <memory>

namespace frontier::AtomicFiles {

QString save(const std::vector<File>& files)
{
    for (const File& f : files)
        if (QFileInfo(f.path).isDir())
            return QStringLiteral("%1: is a folder").arg(f.path);
    std::vector<std::unique_ptr<QSaveFile>>
        pending; // an uncommitted QSaveFile removes its temporary file
    for (const File& f : files) {
        auto file = std::make_unique<QSaveFile>(f.path);
        if (!file->open(QIODevice::WriteOnly))
            return QStringLiteral("%1: cannot write: %2").arg(f.path, file->errorString());
        // Flushed here because QSaveFile::commit() in Qt 6.4 ignores a failed final flush (a full
        // disk) and would rename a truncated file into place. Qt calls that failure "Unknown
        // error"; errno has the reason.
        if (file->write(f.bytes) != f.bytes.size() || !file->flush())
            return QStringLiteral("%1: write failed: %2")
                .arg(f.path, QString::fromLocal8Bit(std::strerror(errno)));
        pending.push_back(std::move(file));
    }
    for (const auto& file : pending)
        if (!file->commit())
            return QStringLiteral("%1: cannot save: %2").arg(file->fileName(), file->errorString());
    return {};
}

} // namespace frontier::AtomicFiles

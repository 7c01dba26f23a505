#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace frontier {

/// Writing files so that a failure never leaves a half-written one.
namespace AtomicFiles {

struct File {
    QString path;
    QByteArray bytes;
};

/// Writes files that belong together: every one to its temporary file first, and only when all
/// of them are whole are they renamed into place, so a full disk, a read-only folder or a
/// folder in the way leaves the earlier set as it was and no temporary file behind. Empty on
/// success, else a message naming the file and the reason.
QString save(const std::vector<File>& files);

} // namespace AtomicFiles
} // namespace frontier

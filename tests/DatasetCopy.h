#pragma once

#include "io/DatasetReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

#include <filesystem>

namespace frontier::test {

/// \brief A temporary copy of the bundled dataset (its data files only) in which one file can be
/// swapped for a bad one.
class DatasetCopy {
public:
    DatasetCopy()
    {
        const QDir maps(QStringLiteral(FRONTIER_MAPS_DIR));
        for (const QString& name : DatasetReader::fileNames() + DatasetReader::optionalFileNames())
            copy(maps.filePath(name), filePath(name));
    }

    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return QDir(m_dir.path()).filePath(name); }

    /// Removes the data file called `base` (whatever its extension) and returns where it was,
    /// with the extension `suffix`, for the test to put something else there.
    QString take(const QString& base, const QString& suffix)
    {
        const QDir dir(m_dir.path());
        for (const QString& f : dir.entryList({base + QStringLiteral(".*")}, QDir::Files))
            QFile::remove(dir.filePath(f));
        return filePath(base + QLatin1Char('.') + suffix);
    }

    /// Puts `replacement` in place of the data file called `base`, keeping the replacement's
    /// extension (so events.geojsonl replaces events.geojson); returns the file name used.
    QString replace(const QString& base, const QString& replacement)
    {
        const QString target = take(base, QFileInfo(replacement).suffix());
        copy(replacement, target);
        return QFileInfo(target).fileName();
    }

private:
    // Not QFile::copy, which syncs every copy to disk: too slow for a hundred cases.
    static void copy(const QString& from, const QString& to)
    {
        std::filesystem::copy_file(QFile::encodeName(from).toStdString(),
                                   QFile::encodeName(to).toStdString());
    }

    QTemporaryDir m_dir;
};

} // namespace frontier::test

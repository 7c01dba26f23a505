#include "FolderTransfer.h"

#include "DatasetStore.h"
#include "io/DatasetReader.h"
#include "io/LocalFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace frontier::FolderTransfer {
namespace {

// The files of `folder` the reader reads besides the records, whatever their extension (a
// shapefile's .shx, .dbf and .prj too).
std::vector<AtomicFiles::File> otherFiles(const QString& folder, const DatasetRecords& records,
                                          LoadProblems& problems)
{
    QStringList recordFiles;
    for (RecordKind kind :
         {RecordKind::Event, RecordKind::Actor, RecordKind::Source, RecordKind::Area})
        recordFiles << QFileInfo(records.fileName(kind)).completeBaseName();
    const QDir dir(folder);
    std::vector<AtomicFiles::File> files;
    for (const QString& name : DatasetReader::fileNames() + DatasetReader::optionalFileNames()) {
        const QString base = QFileInfo(name).completeBaseName();
        if (recordFiles.contains(base))
            continue;
        for (const QString& file : dir.entryList({base + QStringLiteral(".*")}, QDir::Files))
            if (auto bytes = LocalFile::read(dir.filePath(file), problems))
                files.push_back({file, std::move(*bytes)});
    }
    return files;
}

} // namespace

LoadProblems push(const QString& folder, DatasetStore& store)
{
    LoadProblems problems = DatasetReader::read(folder).problems;
    if (!problems.empty())
        return problems;
    const DatasetRecords records = DatasetRecords::read(folder, problems);
    const std::vector<AtomicFiles::File> files = otherFiles(folder, records, problems);
    if (problems.empty())
        store.push(records, files);
    return problems;
}

QString pull(DatasetStore& store, const QString& folder)
{
    const DatasetStore::Content content = store.pull();
    if (!QDir().mkpath(folder))
        return QCoreApplication::translate("frontier::FolderTransfer", "%1: cannot make the folder")
            .arg(folder);
    return AtomicFiles::save(content.filesIn(folder));
}

} // namespace frontier::FolderTransfer

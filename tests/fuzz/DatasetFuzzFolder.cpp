#include "DatasetFuzzFolder.h"

#include "time/Timeline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <stdexcept>

namespace frontier::fuzz {
namespace {

QStringList replaceableFiles()
{
    return DatasetReader::fileNames() + DatasetReader::optionalFileNames()
           << QStringLiteral("events.geojsonl");
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return f.readAll();
}

} // namespace

DatasetFuzzFolder::DatasetFuzzFolder(const QString& validDataset)
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
    const QDir source(validDataset);
    for (const QString& name : DatasetReader::fileNames() + DatasetReader::optionalFileNames()) {
        if (!source.exists(name) && DatasetReader::optionalFileNames().contains(name))
            continue; // an optional file the dataset lacks stays absent between inputs
        m_originals.insert(name, readAll(source.filePath(name)));
        write(name, m_originals.value(name));
    }
}

QString DatasetFuzzFolder::path(const QString& fileName) const
{
    return QDir(m_dir.path()).filePath(fileName);
}

void DatasetFuzzFolder::write(const QString& fileName, QByteArrayView bytes) const
{
    QFile f(path(fileName));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(bytes.data(), bytes.size()) != bytes.size())
        throw std::runtime_error("cannot write " + f.fileName().toStdString());
}

QString DatasetFuzzFolder::originalFor(const QString& fileName) const
{
    const QString base = QFileInfo(fileName).completeBaseName();
    for (auto it = m_originals.keyBegin(); it != m_originals.keyEnd(); ++it)
        if (QFileInfo(*it).completeBaseName() == base)
            return *it;
    return fileName;
}

DatasetReader::Result DatasetFuzzFolder::read(QByteArrayView input)
{
    QString name = QStringLiteral("events.geojson");
    QByteArrayView content = input;
    if (const qsizetype newline = input.indexOf('\n'); newline > 0) {
        const QString first = QString::fromLatin1(input.first(newline));
        if (replaceableFiles().contains(first)) {
            name = first;
            content = input.sliced(newline + 1);
        }
    }
    // The file the input stands in for steps aside (events.geojson for events.geojsonl).
    const QString original = originalFor(name);
    QFile::remove(path(original));
    write(name, content);

    DatasetReader::Result result = DatasetReader::read(m_dir.path());
    if (result.ok()) {
        const Timeline timeline(result.dataset); // the application builds one for every dataset
    }

    QFile::remove(path(name));
    if (m_originals.contains(original))
        write(original, m_originals.value(original));
    return result;
}

bool isSensible(const DatasetReader::Result& result)
{
    if (result.ok())
        return result.problems.empty();
    if (result.problems.empty())
        return false;
    for (const LoadProblem& p : result.problems)
        if (p.file.isEmpty() || p.reason.isEmpty())
            return false;
    return true;
}

} // namespace frontier::fuzz

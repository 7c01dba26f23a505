#include "EditableDataset.h"

#include "io/DatasetReader.h"
#include "io/EventMemo.h"
#include "io/LocalFile.h"
#include "io/RecordJson.h"
#include "io/RecordReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace frontier {

EditableDataset::EditableDataset(std::shared_ptr<const Dataset> base, DatasetRecords records)
    : m_base(std::move(base)), m_records(std::move(records)), m_features(FeatureIds::of(*m_base)),
      m_events(std::make_shared<EventMemo>())
{
}

std::optional<EditableDataset> EditableDataset::open(std::shared_ptr<const Dataset> dataset,
                                                     LoadProblems& problems)
{
    const std::size_t before = problems.size();
    DatasetRecords records = DatasetRecords::read(dataset->origin(), problems);
    if (problems.size() != before)
        return std::nullopt;
    return EditableDataset(std::move(dataset), std::move(records));
}

int EditableDataset::indexOf(RecordKind kind, const QString& id) const
{
    const auto& list = m_records.of(kind);
    const auto it =
        std::find_if(list.begin(), list.end(), [&](const Record& r) { return r.id == id; });
    return it == list.end() ? -1 : static_cast<int>(it - list.begin());
}

LoadProblems EditableDataset::check(RecordKind kind, int index, const Record& record) const
{
    DatasetRecords all = m_records; // the vectors' records are implicitly shared: cheap
    put(all, kind, index, record);
    return validateRecord(kind, record, all, m_features);
}

void EditableDataset::put(RecordKind kind, int index, const std::optional<Record>& record)
{
    const auto& list = m_records.of(kind);
    for (const QString& id :
         {static_cast<std::size_t>(index) < list.size() ? list[static_cast<std::size_t>(index)].id
                                                        : QString(),
          record ? record->id : QString()})
        if (!id.isEmpty()) {
            m_touched.insert({kind, id});
            m_sinceBase.insert({kind, id});
        }
    put(m_records, kind, index, record);
}

void EditableDataset::put(DatasetRecords& records, RecordKind kind, int index,
                          const std::optional<Record>& record)
{
    auto& list = records.of(kind);
    const auto at = list.begin() + index;
    if (!record)
        list.erase(at);
    else if (static_cast<std::size_t>(index) == list.size())
        list.push_back(*record);
    else
        *at = *record;
}

std::shared_ptr<const Dataset> EditableDataset::build(LoadProblems& problems) const
{
    const Dataset& d = *m_base;
    DatasetContent content;
    for (int i = 0; i < kBaseLayerCount; ++i)
        content.layers[static_cast<std::size_t>(i)] = d.layer(static_cast<BaseLayer>(i));
    content.features = d.features();
    content.frontierLine = d.frontierLine();
    content.name = d.name();
    content.coverage = d.coverage();
    content.origin = d.origin();
    const std::size_t before = problems.size();
    RecordReader::read(m_records, m_features, content, problems, m_events.get());
    if (problems.size() != before)
        return nullptr;
    // Unsaved content: the saved content's hash, then each record put since, with its place
    // (or none: removed). Serialising all 100,000 records instead took seconds an edit.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(d.contentHash());
    for (const auto& [kind, id] : m_sinceBase) {
        const int index = indexOf(kind, id);
        hash.addData(QByteArray::number(static_cast<int>(kind)) + ' ' + id.toUtf8() + ' ' +
                     QByteArray::number(index) + '\n');
        if (index < 0)
            continue;
        const Record& r = m_records.of(kind)[static_cast<std::size_t>(index)];
        hash.addData(RecordJson::line(r.properties));
        hash.addData(RecordJson::line(r.geometry));
    }
    content.contentHash = hash.result().toHex();
    return std::make_shared<const Dataset>(std::move(content));
}

std::vector<AtomicFiles::File> EditableDataset::files(const QString& folder) const
{
    std::vector<AtomicFiles::File> files = m_records.files(folder);
    const QDir from(m_base->origin());
    if (QDir(folder) == from)
        return files;
    QStringList written;
    for (const AtomicFiles::File& f : files)
        written << QFileInfo(f.path).fileName();
    // The dataset's files (a layer may be a .shp with its sidecar files), not the folder's others.
    QStringList bases;
    for (const QString& name : DatasetReader::fileNames() + DatasetReader::optionalFileNames())
        bases << QFileInfo(name).completeBaseName();
    for (const QString& name : from.entryList(QDir::Files)) {
        if (written.contains(name) || !bases.contains(QFileInfo(name).completeBaseName()))
            continue;
        LoadProblems ignored; // a file that cannot be read is left out, and so reported at Save
        if (const auto bytes = LocalFile::read(from.filePath(name), ignored))
            files.push_back({QDir(folder).filePath(name), *bytes});
    }
    return files;
}

} // namespace frontier

#include "EditableDataset.h"

#include "io/DatasetReader.h"
#include "io/EventMemo.h"
#include "io/LocalFile.h"
#include "io/RecordJson.h"
#include "io/RecordReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace frontier {

EditableDataset::EditableDataset(std::shared_ptr<const Dataset> base, DatasetRecords records)
    : m_base(std::move(base)), m_records(std::move(records)), m_features(FeatureIds::of(*m_base)),
      m_baseHash(m_base->contentHash()), m_events(std::make_shared<EventMemo>())
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
    m_places.put(m_records, kind, index, record);
    put(m_records, kind, index, record);
}

void EditableDataset::clearTouched()
{
    m_touched.clear();
    // Not a rebase on the server's dataset: the server may hold other content than the records
    // (an edit refused or queued, a colleague's change not yet read). The hash of the records'
    // content, put as the base's, still names it, and two contents still hash apart.
    m_baseHash = contentHash();
    m_sinceBase.clear();
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
    content.contentHash = contentHash();
    return std::make_shared<const Dataset>(std::move(content));
}

QByteArray EditableDataset::contentHash() const
{
    if (m_sinceBase.empty())
        return m_baseHash; // a save to a server changes no content's name
    // Serialising all 100,000 records instead took seconds an edit.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_baseHash);
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
    return hash.result().toHex();
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

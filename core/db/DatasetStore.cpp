#include "DatasetStore.h"

#include "Migrations.h"
#include "PqxxHandle.h"
#include "RecordRows.h"
#include "RecordTable.h"
#include "io/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace frontier {
namespace {

constexpr RecordKind kKinds[] = {RecordKind::Event, RecordKind::Actor, RecordKind::Source,
                                 RecordKind::Area};

std::string json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

// A geometry as the parameter the SQL takes: GeoJSON, or NULL.
const char* geometryParameter(const Record& record, std::string& storage)
{
    if (!record.geometry.isObject())
        return nullptr;
    storage = json(record.geometry.toObject());
    return storage.c_str();
}

QString snapshotOf(pqxx::transaction_base& tx)
{
    return Pqxx::text(tx.exec_params1("SELECT pg_current_snapshot()::text")[0]);
}

std::string recordsArray(const std::vector<Record>& records)
{
    QJsonArray array;
    for (const Record& r : records)
        array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("properties"), r.properties},
                                 {QStringLiteral("geometry"), r.geometry}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace

qint64 DatasetStore::Content::revision(RecordKind kind, const QString& id) const
{
    return revisions[static_cast<std::size_t>(kind)].value(id);
}

const Record* DatasetStore::Content::find(RecordKind kind, const QString& id) const
{
    const auto& places = m_places[static_cast<std::size_t>(kind)];
    const auto it = places.find(id);
    return it == places.end() ? nullptr : &records.of(kind)[*it];
}

void DatasetStore::Content::index()
{
    for (RecordKind kind : kKinds) {
        auto& places = m_places[static_cast<std::size_t>(kind)];
        places.clear();
        const auto& list = records.of(kind);
        for (std::size_t i = 0; i < list.size(); ++i)
            places.insert(list[i].id, i);
    }
}

void DatasetStore::Content::put(RecordKind kind, const Record& record, qint64 revision)
{
    store(kind, record, revision);
    rowHashes[static_cast<std::size_t>(kind)].remove(record.id);
}

bool DatasetStore::Content::apply(const Changes& changes)
{
    if (changes.readWhole)
        return false;
    for (const Changes::Change& change : changes.records) {
        if (change.current) {
            if (change.created) // placed last, even where it was before a push deleted it
                remove(change.kind, change.id);
            store(change.kind, change.current->record, change.current->revision);
            rowHashes[static_cast<std::size_t>(change.kind)].insert(change.id, change.rowHash);
        } else {
            remove(change.kind, change.id);
        }
    }
    seen = changes.seen;
    updateDigest();
    return true;
}

void DatasetStore::Content::store(RecordKind kind, const Record& record, qint64 revision)
{
    auto& list = records.of(kind);
    auto& places = m_places[static_cast<std::size_t>(kind)];
    const auto place = places.constFind(record.id);
    if (place == places.constEnd()) {
        places.insert(record.id, list.size());
        list.push_back(record);
    } else {
        list[*place] = record;
    }
    revisions[static_cast<std::size_t>(kind)].insert(record.id, revision);
}

void DatasetStore::Content::remove(RecordKind kind, const QString& id)
{
    auto& places = m_places[static_cast<std::size_t>(kind)];
    if (!places.contains(id))
        return;
    const std::size_t place = places.take(id);
    auto& list = records.of(kind);
    list.erase(list.begin() + static_cast<std::ptrdiff_t>(place));
    for (std::size_t i = place; i < list.size(); ++i) // rare: only a push deletes
        places[list[i].id] = i;
    revisions[static_cast<std::size_t>(kind)].remove(id);
    rowHashes[static_cast<std::size_t>(kind)].remove(id);
}

void DatasetStore::Content::updateDigest()
{
    Sha256 hash;
    for (RecordKind kind : kKinds) {
        const auto& hashes = rowHashes[static_cast<std::size_t>(kind)];
        for (const Record& r : records.of(kind))
            hash.addData(hashes.value(r.id));
    }
    digest = hash.hexResult();
}

std::vector<AtomicFiles::File> DatasetStore::Content::filesIn(const QString& folder) const
{
    std::vector<AtomicFiles::File> all = records.files(folder);
    for (AtomicFiles::File& f : otherFilesIn(folder))
        all.push_back(std::move(f));
    return all;
}

std::vector<AtomicFiles::File> DatasetStore::Content::otherFilesIn(const QString& folder) const
{
    std::vector<AtomicFiles::File> placed;
    const QDir dir(folder);
    for (const AtomicFiles::File& f : files)
        placed.push_back({dir.filePath(f.path), f.bytes});
    return placed;
}

DatasetStore::DatasetStore(const QString& spec) : m_db(spec)
{
    Migrations::check(m_db);
}

void DatasetStore::push(const DatasetRecords& records, const std::vector<AtomicFiles::File>& files)
{
    const QString what = spec() + QCoreApplication::translate("frontier::DatasetStore", ": push");
    Pqxx::guarded(what, [&] {
        pqxx::work tx(m_db.handle().connection);
        for (RecordKind kind : kKinds) {
            const RecordTable table = RecordTable::of(kind);
            const std::string array = recordsArray(records.of(kind));
            tx.exec_params(table.deleteOthers(), array);
            tx.exec_params(table.upsertAll(), array);
        }
        // Only the files that changed are written: the server records that for readers.
        QJsonArray names;
        for (const AtomicFiles::File& f : files)
            names.append(f.path);
        tx.exec_params("DELETE FROM dataset_files WHERE name NOT IN "
                       "(SELECT jsonb_array_elements_text($1::jsonb))",
                       QJsonDocument(names).toJson(QJsonDocument::Compact).toStdString());
        for (const AtomicFiles::File& f : files)
            tx.exec_params(
                "INSERT INTO dataset_files (name, content) VALUES ($1, $2) ON CONFLICT (name) DO "
                "UPDATE SET content = EXCLUDED.content "
                "WHERE dataset_files.content IS DISTINCT FROM EXCLUDED.content",
                Pqxx::text(f.path),
                pqxx::binarystring(f.bytes.constData(), static_cast<std::size_t>(f.bytes.size())));
        tx.commit();
    });
}

DatasetStore::Content DatasetStore::pull()
{
    const QString what = spec() + QCoreApplication::translate("frontier::DatasetStore", ": pull");
    return Pqxx::guarded(what, [&] {
        // One snapshot of every table, however many commits come meanwhile.
        pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(m_db.handle().connection);
        // The cursors' plans stay uncompiled: JIT took 140 ms to plan 100,000 events' query.
        tx.exec("SET LOCAL jit = off");
        Content content;
        for (RecordKind kind : kKinds)
            RecordRows::readAll(tx, kind, content.records.of(kind),
                                content.revisions[static_cast<std::size_t>(kind)],
                                content.rowHashes[static_cast<std::size_t>(kind)]);
        for (const pqxx::row& row :
             tx.exec_params("SELECT name, content FROM dataset_files ORDER BY name")) {
            const pqxx::binarystring bytes(row[1]);
            content.files.push_back(
                {Pqxx::text(row[0]),
                 QByteArray(bytes.get(), static_cast<qsizetype>(bytes.size()))});
        }
        content.seen = snapshotOf(tx);
        content.index();
        content.updateDigest();
        return content;
    });
}

DatasetStore::Changes DatasetStore::changesSince(const QString& seen)
{
    const QString what =
        spec() + QCoreApplication::translate("frontier::DatasetStore", ": reading the changes");
    return Pqxx::guarded(what, [&] {
        pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(m_db.handle().connection);
        Changes changes;
        for (RecordKind kind : kKinds) {
            const RecordTable table = RecordTable::of(kind);
            QHash<QString, std::pair<StoredRecord, QByteArray>> current;
            for (const pqxx::row& row :
                 tx.exec_params(table.selectChangedSince(), Pqxx::text(seen))) {
                StoredRecord stored = RecordRows::stored(row);
                const QString id = stored.record.id;
                current.insert(id, {std::move(stored), RecordRows::rowHash(row)});
            }
            for (const pqxx::row& row :
                 // Records created since come last, in the server's order: new records are
                 // placed after the others (a push that placed them otherwise is in
                 // dataset_changes), two saved at once perhaps at one place, then by id.
                 tx.exec_params("SELECT a.record_id, bool_or(a.old_value IS NULL) FROM audit a "
                                "LEFT JOIN " +
                                    std::string(table.name) +
                                    " r ON r.id = a.record_id WHERE a.table_name = $1 AND " +
                                    RecordTable::unseenIn("$2") +
                                    " GROUP BY a.record_id, r.position ORDER BY "
                                    "bool_or(a.old_value IS NULL), r.position, a.record_id",
                                table.name, Pqxx::text(seen))) {
                const QString id = Pqxx::text(row[0]);
                const bool created = row[1].as<bool>();
                const auto it = current.constFind(id);
                if (it == current.constEnd())
                    changes.records.push_back({kind, id, std::nullopt, {}, created});
                else
                    changes.records.push_back({kind, id, it->first, it->second, created});
            }
        }
        changes.readWhole = tx.exec_params1("SELECT EXISTS (SELECT FROM dataset_changes WHERE " +
                                                RecordTable::unseenIn("$1") + ")",
                                            Pqxx::text(seen))[0]
                                .as<bool>();
        changes.seen = snapshotOf(tx);
        return changes;
    });
}

SaveResult DatasetStore::save(RecordKind kind, const Record& record, qint64 baseRevision)
{
    const QString what =
        spec() +
        QCoreApplication::translate("frontier::DatasetStore", ": saving %1").arg(record.id);
    return Pqxx::guarded(what, [&] {
        const RecordTable table = RecordTable::of(kind);
        const std::string id = Pqxx::text(record.id), properties = json(record.properties);
        std::string geometryStorage;
        const char* geometry = geometryParameter(record, geometryStorage);
        pqxx::work tx(m_db.handle().connection);
        pqxx::result saved;
        if (baseRevision == 0)
            saved = table.hasGeometry ? tx.exec_params(table.insertOne(), id, properties, geometry)
                                      : tx.exec_params(table.insertOne(), id, properties);
        else
            saved = table.hasGeometry
                        ? tx.exec_params(table.updateOne(), id, properties, baseRevision, geometry)
                        : tx.exec_params(table.updateOne(), id, properties, baseRevision);
        SaveResult result;
        if (saved.empty()) {
            result.outcome = SaveResult::Outcome::Conflict;
            const pqxx::result current = tx.exec_params(table.selectOne(), id);
            if (!current.empty())
                result.current = RecordRows::stored(current[0]);
            result.message = QCoreApplication::translate(
                                 "frontier::DatasetStore",
                                 "%1 was changed by someone else (revision %2, edited from %3)")
                                 .arg(record.id)
                                 .arg(result.current ? result.current->revision : 0)
                                 .arg(baseRevision);
        } else {
            result.revision = saved[0][0].as<qint64>();
        }
        tx.commit();
        return result;
    });
}

std::vector<AuditEntry> DatasetStore::history(RecordKind kind, const QString& id)
{
    const QString what =
        spec() + QCoreApplication::translate("frontier::DatasetStore", ": history of %1").arg(id);
    return Pqxx::guarded(what, [&] {
        pqxx::read_transaction tx(m_db.handle().connection);
        std::vector<AuditEntry> entries;
        for (const pqxx::row& row :
             tx.exec_params("SELECT to_char(changed_at AT TIME ZONE 'UTC', "
                            "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),"
                            " changed_by, coalesce(revision, 0), coalesce(old_value, '{}')::text,"
                            " coalesce(new_value, '{}')::text FROM audit"
                            " WHERE table_name = $1 AND record_id = $2 ORDER BY id",
                            RecordTable::of(kind).name, Pqxx::text(id))) {
            AuditEntry entry;
            entry.changedAt = QDateTime::fromString(Pqxx::text(row[0]), Qt::ISODateWithMs);
            entry.changedBy = Pqxx::text(row[1]);
            entry.kind = kind;
            entry.id = id;
            entry.revision = row[2].as<qint64>();
            entry.oldValue = RecordRows::object(row[3]);
            entry.newValue = RecordRows::object(row[4]);
            entries.push_back(std::move(entry));
        }
        return entries;
    });
}

} // namespace frontier

#include "db/DatasetStore.h"
#include "PostgresServer.h"
#include "db/DatasetSource.h"
#include "db/DbConnection.h"
#include "db/DbError.h"
#include "db/FolderTransfer.h"
#include "db/Migrations.h"
#include "db/PqxxHandle.h"
#include "db/SharedRecords.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <string>
#include <utility>

namespace frontier {
namespace {

const QString kMaps = QStringLiteral(FRONTIER_MAPS_DIR);
// Every kind of text a field may hold: SQL's and JSON's metacharacters, Arabic, Kurdish, emoji
// outside the BMP, a combining mark.
const QString kNasty =
    QStringLiteral("'; DROP TABLE events;-- \"quoted\" \\back\\slash $1 %s \t tab "
                   "البوكمال Til Koçer 🚩👩‍👩‍👧 e\u0301 ");

// The records' ids in order, as a failure prints them.
std::vector<std::string> idsOf(const std::vector<Record>& records)
{
    std::vector<std::string> ids;
    for (const Record& r : records)
        ids.push_back(r.id.toStdString());
    return ids;
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class DatasetStoreTest : public test::PostgresSuite<> {
protected:
    // A new database with PostGIS and, unless `bare`, the schema.
    static QString database(const QString& name, bool bare = false)
    {
        EXPECT_TRUE(server().sql(QStringLiteral("CREATE DATABASE ") + name));
        EXPECT_TRUE(server().sql(QStringLiteral("CREATE EXTENSION postgis"), name));
        const QString spec = server().connection(name);
        if (!bare) {
            DbConnection db(spec);
            Migrations::apply(db);
        }
        return spec;
    }
    // A database holding the bundled dataset.
    static QString pushedMaps(const QString& name)
    {
        const QString spec = database(name);
        DatasetStore store(spec);
        const LoadProblems problems = FolderTransfer::push(kMaps, store);
        EXPECT_TRUE(problems.empty()) << problems.front().toString().toStdString();
        return spec;
    }
    // What a colleague does on their own connection: event 3's summary changed, an event added
    // and, by a push, event 5 deleted.
    struct ColleaguesChanges {
        QString changed, added, gone;
    };
    static ColleaguesChanges colleagueChanges(const QString& spec)
    {
        DatasetStore colleague(spec);
        const DatasetStore::Content before = colleague.pull();
        Record changed = before.records.events.at(3);
        changed.properties[QStringLiteral("summary")] = kNasty;
        EXPECT_EQ(
            colleague
                .save(RecordKind::Event, changed, before.revision(RecordKind::Event, changed.id))
                .outcome,
            SaveResult::Outcome::Saved);
        Record added = changed;
        added.id = QStringLiteral("added-event");
        added.properties[QStringLiteral("id")] = added.id;
        EXPECT_EQ(colleague.save(RecordKind::Event, added, 0).outcome, SaveResult::Outcome::Saved);
        DatasetRecords pushed = colleague.pull().records;
        const QString gone = pushed.events.at(5).id;
        pushed.events.erase(pushed.events.begin() + 5);
        colleague.push(pushed, before.files);
        return {changed.id, added.id, gone};
    }
    static DbError::Kind failureOf(const std::function<void()>& f, QString* message = nullptr)
    {
        try {
            f();
        } catch (const DbError& e) {
            if (message)
                *message = e.message();
            return e.kind();
        }
        ADD_FAILURE() << "no DbError";
        return DbError::Kind::Schema;
    }
};

TEST_F(DatasetStoreTest, InitAppliesTheMigrationsOnceAndOpeningChecksTheSchemaVersion)
{
    const QString spec = database(QStringLiteral("schema"), true);
    QString message;
    EXPECT_EQ(failureOf([&] { DatasetStore{spec}; }, &message), DbError::Kind::Schema);
    EXPECT_TRUE(message.contains(QStringLiteral("version 0, older"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("db init"))) << message.toStdString();

    DbConnection db(spec);
    ASSERT_GE(Migrations::latest(), 1);
    EXPECT_EQ(Migrations::apply(db), Migrations::latest());
    EXPECT_EQ(Migrations::apply(db), Migrations::latest()); // nothing left to apply
    EXPECT_NO_THROW(DatasetStore{spec});
    EXPECT_EQ(server().query(QStringLiteral("SELECT count(*) FROM schema_version"),
                             QStringLiteral("schema")),
              QString::number(Migrations::latest()));

    ASSERT_TRUE(server().sql(QStringLiteral("INSERT INTO schema_version (version) VALUES (999)"),
                             QStringLiteral("schema")));
    EXPECT_EQ(failureOf([&] { DatasetStore{spec}; }, &message), DbError::Kind::Schema);
    EXPECT_TRUE(message.contains(QStringLiteral("version 999, newer"))) << message.toStdString();
    EXPECT_EQ(failureOf([&] { Migrations::apply(db); }), DbError::Kind::Schema);
}

TEST_F(DatasetStoreTest, AFolderPushedIsPulledBackIdenticalAndReadsAsTheSameDataset)
{
    const QString spec = pushedMaps(QStringLiteral("roundtrip"));
    DatasetStore store(spec);
    const QTemporaryDir out;
    ASSERT_EQ(FolderTransfer::pull(store, out.path()), QString());

    LoadProblems problems;
    const DatasetRecords records = DatasetRecords::read(kMaps, problems);
    ASSERT_TRUE(problems.empty());
    for (const AtomicFiles::File& f : records.files(out.path()))
        EXPECT_EQ(bytesOf(f.path), f.bytes) << f.path.toStdString();
    const QStringList recordFiles{QStringLiteral("events.geojson"), QStringLiteral("actors.json"),
                                  QStringLiteral("sources.json"), QStringLiteral("areas.geojson")};
    for (const QString& name : DatasetReader::fileNames() + DatasetReader::optionalFileNames()) {
        if (!recordFiles.contains(name)) {
            EXPECT_EQ(bytesOf(QDir(out.path()).filePath(name)), bytesOf(QDir(kMaps).filePath(name)))
                << name.toStdString();
        }
    }

    const auto fromFolder = DatasetReader::read(kMaps);
    const auto fromDatabase = DatasetSource::read(spec);
    ASSERT_TRUE(fromDatabase.ok()) << fromDatabase.problems.front().toString().toStdString();
    EXPECT_EQ(fromDatabase.dataset->origin(), spec);
    EXPECT_EQ(fromDatabase.dataset->events().size(), fromFolder.dataset->events().size());
    EXPECT_EQ(fromDatabase.dataset->sources().size(), fromFolder.dataset->sources().size());
    EXPECT_EQ(fromDatabase.dataset->areas().size(), fromFolder.dataset->areas().size());
    // The same content, the same hash (another content, another: below).
    EXPECT_EQ(fromDatabase.dataset->contentHash().size(), 64);
    EXPECT_EQ(DatasetSource::read(spec).dataset->contentHash(),
              fromDatabase.dataset->contentHash());

    // Pushing the same folder again changes no record: no revision, no audit.
    ASSERT_TRUE(FolderTransfer::push(kMaps, store).empty());
    EXPECT_EQ(server().query(QStringLiteral("SELECT max(revision) FROM events"),
                             QStringLiteral("roundtrip")),
              QStringLiteral("1"));
    EXPECT_EQ(store.history(RecordKind::Event, records.events.front().id).size(), 1u);
}

// The events come through a cursor in batches parsed while the next is fetched: more than one
// batch, in reverse id order, comes back whole and in the order pushed.
TEST_F(DatasetStoreTest, MoreRecordsThanOneBatchArePulledWholeInTheirOrder)
{
    const QString spec = database(QStringLiteral("batches"));
    DatasetRecords records;
    for (int i = 5003; i > 0; --i) // a batch is 5,000 rows
        records.events.push_back(
            {QStringLiteral("e%1").arg(i),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("e%1").arg(i)},
                         {QStringLiteral("summary"), kNasty + QString::number(i)}},
             QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                         {QStringLiteral("coordinates"), QJsonArray{40.5, 33.0 + i * 1e-5}}},
             {}});
    DatasetStore store(spec);
    store.push(records, {});
    const DatasetStore::Content pulled = store.pull();
    ASSERT_EQ(pulled.records.events.size(), records.events.size());
    for (std::size_t i = 0; i < records.events.size(); ++i) {
        const Record& sent = records.events[i];
        const Record& got = pulled.records.events[i];
        ASSERT_EQ(got.id, sent.id) << i;
        EXPECT_EQ(got.properties, sent.properties) << i;
        EXPECT_EQ(got.geometry, sent.geometry) << i;
        EXPECT_EQ(pulled.revision(RecordKind::Event, sent.id), 1);
    }
    EXPECT_EQ(store.pull().digest, pulled.digest);
}

// A colleague changes an event, adds one and, by a push, deletes another: the window's records
// take these three alone and are then as a whole new read gives them.
TEST_F(DatasetStoreTest, SharedRecordsRefreshTakesOnlyTheChangesSinceItsSnapshot)
{
    const QString spec = pushedMaps(QStringLiteral("refresh"));
    const QTemporaryDir dir;
    SharedRecords shared(spec, dir.filePath(QStringLiteral("journal.jsonl")));
    EXPECT_EQ(shared.refresh(), 0u);

    const ColleaguesChanges changed = colleagueChanges(spec);
    DatasetStore colleague(spec);

    EXPECT_EQ(shared.refresh(), 3u);
    const DatasetStore::Content now = colleague.pull();
    ASSERT_EQ(shared.records().events.size(), now.records.events.size());
    for (std::size_t i = 0; i < now.records.events.size(); ++i) {
        const Record& mine = shared.records().events[i];
        ASSERT_EQ(mine.id, now.records.events[i].id) << i;
        EXPECT_TRUE(SharedRecords::same(mine, now.records.events[i])) << i;
        EXPECT_EQ(shared.revision(RecordKind::Event, mine.id),
                  now.revision(RecordKind::Event, mine.id));
    }
    EXPECT_EQ(shared.find(RecordKind::Event, changed.gone), nullptr);
    ASSERT_NE(shared.find(RecordKind::Event, changed.added), nullptr);
    EXPECT_EQ(shared.refresh(), 0u);
}

// A colleague's change, an added event and a deletion reach the window's dataset through
// reread(), which reads them alone; the dataset is then the one a whole read gives, hash and
// order included. A push that changes another file is read whole.
TEST_F(DatasetStoreTest, RereadGivesWhatAWholeReadGivesFromTheChangesAlone)
{
    const QString spec = pushedMaps(QStringLiteral("reread"));
    const auto opened = DatasetSource::read(spec);
    ASSERT_TRUE(opened.ok());
    DatasetStore::Content kept = DatasetStore(spec).pull(); // what reread() keeps
    const auto expectAsWholeRead = [&spec](const DatasetReader::Result& reread) {
        ASSERT_TRUE(reread.ok()) << reread.problems.front().toString().toStdString();
        const auto whole = DatasetSource::read(spec);
        ASSERT_TRUE(whole.ok());
        EXPECT_EQ(reread.dataset->contentHash(), whole.dataset->contentHash());
        EXPECT_EQ(reread.dataset->name(), whole.dataset->name());
        const auto& mine = reread.dataset->events();
        const auto& theirs = whole.dataset->events();
        ASSERT_EQ(mine.size(), theirs.size());
        for (std::size_t i = 0; i < mine.size(); ++i) {
            ASSERT_EQ(mine[i].id, theirs[i].id) << i;
            EXPECT_EQ(mine[i].summary, theirs[i].summary) << i;
        }
        // Both kept events read before: the same files read afresh give the same events.
        const QTemporaryDir folder;
        ASSERT_TRUE(AtomicFiles::save(DatasetStore(spec).pull().filesIn(folder.path())).isEmpty());
        const auto fresh = DatasetReader::read(folder.path());
        ASSERT_TRUE(fresh.ok());
        EXPECT_TRUE(mine == fresh.dataset->events());
    };
    const QString changedId = colleagueChanges(spec).changed;
    // The three records alone come, and the records kept are then as pulled whole.
    const DatasetStore::Changes changes = DatasetStore(spec).changesSince(kept.seen);
    EXPECT_EQ(changes.records.size(), 3u);
    ASSERT_TRUE(kept.apply(changes));
    const DatasetStore::Content whole = DatasetStore(spec).pull();
    EXPECT_EQ(kept.digest, whole.digest);
    ASSERT_EQ(kept.records.events.size(), whole.records.events.size());
    for (std::size_t i = 0; i < whole.records.events.size(); ++i)
        EXPECT_TRUE(SharedRecords::same(kept.records.events[i], whole.records.events[i])) << i;

    const auto reread = DatasetSource::reread(spec);
    expectAsWholeRead(reread);
    EXPECT_NE(reread.dataset->contentHash(), opened.dataset->contentHash());
    EXPECT_EQ(reread.dataset->events().size(), opened.dataset->events().size());
    const auto summaryOf = [&changedId](const Dataset& d) {
        const auto& events = d.events();
        const auto it = std::find_if(events.begin(), events.end(),
                                     [&changedId](const Event& e) { return e.id == changedId; });
        return it == events.end() ? QStringLiteral("(none)") : it->summary;
    };
    EXPECT_NE(summaryOf(*reread.dataset), summaryOf(*opened.dataset));
    EXPECT_NE(summaryOf(*reread.dataset), QStringLiteral("(none)"));

    // A push that only moves two events changes no record: the server records the move, in no
    // record's history, and the records are read whole.
    {
        DatasetStore colleague(spec);
        DatasetStore::Content now = colleague.pull();
        const QString moved = now.records.events.at(0).id;
        const std::size_t history = colleague.history(RecordKind::Event, moved).size();
        std::swap(now.records.events.at(0), now.records.events.at(7));
        colleague.push(now.records, now.files);
        EXPECT_EQ(colleague.history(RecordKind::Event, moved).size(), history);
    }
    const DatasetStore::Changes moved = DatasetStore(spec).changesSince(kept.seen);
    EXPECT_TRUE(moved.records.empty());
    EXPECT_TRUE(moved.readWhole);
    EXPECT_FALSE(kept.apply(moved)) << "the records' order is not the server's";
    kept = DatasetStore(spec).pull();
    expectAsWholeRead(DatasetSource::reread(spec));

    {
        DatasetStore colleague(spec);
        DatasetStore::Content now = colleague.pull();
        for (AtomicFiles::File& f : now.files)
            if (f.path == QLatin1String("dataset.json"))
                f.bytes.replace("Iraq", "Renamed Iraq");
        colleague.push(now.records, now.files);
    }
    const DatasetStore::Changes renamedFile = DatasetStore(spec).changesSince(kept.seen);
    EXPECT_TRUE(renamedFile.readWhole);
    EXPECT_FALSE(kept.apply(renamedFile)) << "a changed file is not in the records' changes";
    const auto renamed = DatasetSource::reread(spec);
    expectAsWholeRead(renamed);
    EXPECT_TRUE(renamed.dataset->name().startsWith(QStringLiteral("Renamed Iraq")));

    ASSERT_TRUE(server().sql(QStringLiteral("DROP DATABASE reread WITH (FORCE)")));
    const auto gone = DatasetSource::reread(spec);
    ASSERT_FALSE(gone.ok());
    EXPECT_TRUE(gone.problems.front().toString().contains(QStringLiteral("reread")))
        << gone.problems.front().toString().toStdString();
}

// Only a push that puts records in another order than the changes alone give is read whole: one
// that deletes records (shifting those after them), adds them last or pushes the same files is
// read from its changes, and a record deleted and created again is placed last, as the server
// places it.
TEST_F(DatasetStoreTest, OnlyAPushThatMovesRecordsOrChangesAFileIsReadWhole)
{
    const QString spec = pushedMaps(QStringLiteral("placed"));
    DatasetStore store(spec);
    DatasetStore::Content kept = store.pull();
    const auto pushed = [&](const std::function<void(DatasetRecords&)>& change) {
        DatasetStore::Content now = store.pull();
        change(now.records);
        store.push(now.records, now.files);
        const DatasetStore::Changes changes = store.changesSince(kept.seen);
        const bool fromChanges = kept.apply(changes);
        if (fromChanges) {
            const DatasetStore::Content whole = store.pull();
            EXPECT_EQ(kept.digest, whole.digest);
            EXPECT_EQ(idsOf(kept.records.events), idsOf(whole.records.events));
        } else {
            EXPECT_TRUE(changes.readWhole);
            kept = store.pull();
        }
        return fromChanges;
    };
    Record added = kept.records.events.at(4);
    added.id = QStringLiteral("added-last");
    added.properties[QStringLiteral("id")] = added.id;

    EXPECT_TRUE(pushed([](DatasetRecords&) {}));
    EXPECT_TRUE(pushed([](DatasetRecords& r) { r.events.erase(r.events.begin() + 2); }));
    EXPECT_TRUE(pushed([&](DatasetRecords& r) { r.events.push_back(added); }));
    {
        DatasetStore::Content now = store.pull();
        const Record again = now.records.events.at(2);
        now.records.events.erase(now.records.events.begin() + 2);
        store.push(now.records, now.files);
        ASSERT_EQ(store.save(RecordKind::Event, again, 0).outcome, SaveResult::Outcome::Saved);
    }
    EXPECT_TRUE(pushed([](DatasetRecords&) {})) << "deleted and created again: placed last";

    EXPECT_FALSE(pushed([&](DatasetRecords& r) {
        Record middle = added;
        middle.id = QStringLiteral("added-first");
        r.events.insert(r.events.begin(), middle);
    }));
    EXPECT_FALSE(pushed([](DatasetRecords& r) { std::swap(r.events.at(3), r.events.at(4)); }));
    EXPECT_FALSE(pushed([](DatasetRecords& r) { std::reverse(r.areas.begin(), r.areas.end()); }));
    EXPECT_TRUE(pushed([](DatasetRecords&) {}));
}

// Two events created at once are given the same place, and the server orders them by id, not in
// the order they were written: the changes alone give that order.
TEST_F(DatasetStoreTest, TwoRecordsCreatedAtOnceAreInTheServersOrder)
{
    const QString spec = pushedMaps(QStringLiteral("atonce"));
    DatasetStore store(spec);
    DatasetStore::Content kept = store.pull();
    Record second = kept.records.events.at(1);
    second.id = QStringLiteral("a-written-second");
    second.properties[QStringLiteral("id")] = second.id;

    DbConnection early(spec);
    pqxx::work first(early.handle().connection);
    first.exec_params("INSERT INTO events (id, position, properties) SELECT 'z-written-first', "
                      "(SELECT max(position) + 1 FROM events), properties FROM events LIMIT 1");
    ASSERT_EQ(store.save(RecordKind::Event, second, 0).outcome, SaveResult::Outcome::Saved);
    first.commit();

    ASSERT_TRUE(kept.apply(store.changesSince(kept.seen)));
    const DatasetStore::Content whole = store.pull();
    EXPECT_EQ(idsOf(kept.records.events), idsOf(whole.records.events));
    EXPECT_EQ(whole.records.events.back().id, QStringLiteral("z-written-first"));
    EXPECT_EQ(QString::fromLatin1(kept.digest), QString::fromLatin1(whole.digest));
}

// Defect: changes were asked for by audit id, after the last id seen. Ids are given out as rows
// are written, not as transactions commit: an edit whose transaction took its id first and
// committed last was never read.
TEST_F(DatasetStoreTest, AChangeCommittedAfterALaterOneIsStillRead)
{
    const QString spec = pushedMaps(QStringLiteral("commitorder"));
    DatasetStore store(spec);
    DatasetStore::Content kept = store.pull();
    const Record& slow = kept.records.events.at(1);
    const Record fast = kept.records.events.at(2);

    DbConnection early(spec);
    pqxx::work slowEdit(early.handle().connection);
    slowEdit.exec_params("UPDATE events SET properties = jsonb_set(properties, '{summary}', "
                         "'\"slow\"'), revision = revision + 1 WHERE id = $1",
                         slow.id.toStdString());
    Record edited = fast;
    edited.properties[QStringLiteral("summary")] = QStringLiteral("fast");
    ASSERT_EQ(
        store.save(RecordKind::Event, edited, kept.revision(RecordKind::Event, fast.id)).outcome,
        SaveResult::Outcome::Saved);
    const DatasetStore::Changes first = store.changesSince(kept.seen);
    ASSERT_EQ(first.records.size(), 1u);
    EXPECT_EQ(first.records.front().id, fast.id);
    ASSERT_TRUE(kept.apply(first));

    slowEdit.commit();
    const DatasetStore::Changes second = store.changesSince(kept.seen);
    ASSERT_EQ(second.records.size(), 1u);
    EXPECT_EQ(second.records.front().id, slow.id);
    ASSERT_TRUE(kept.apply(second));
    EXPECT_EQ(kept.find(RecordKind::Event, slow.id)->properties.value(QStringLiteral("summary")),
              QStringLiteral("slow"));
    EXPECT_EQ(kept.digest, store.pull().digest);
    EXPECT_TRUE(store.changesSince(kept.seen).records.empty());
}

TEST_F(DatasetStoreTest, AFolderWithProblemsIsNotPushed)
{
    const QString spec = database(QStringLiteral("broken"));
    const QTemporaryDir dir;
    DatasetStore store(spec);
    const LoadProblems problems = FolderTransfer::push(dir.path(), store);
    ASSERT_FALSE(problems.empty());
    EXPECT_EQ(server().query(QStringLiteral("SELECT count(*) FROM dataset_files"),
                             QStringLiteral("broken")),
              QStringLiteral("0"));
}

TEST_F(DatasetStoreTest, AStaleBaseRevisionIsAConflictCarryingTheServersVersion)
{
    const QString spec = pushedMaps(QStringLiteral("conflict"));
    DatasetStore store(spec);
    const DatasetStore::Content content = store.pull();
    const Record original = content.records.events.at(3);
    ASSERT_EQ(content.revision(RecordKind::Event, original.id), 1);
    const QByteArray hash = DatasetSource::read(spec).dataset->contentHash();

    Record first = original;
    first.properties[QStringLiteral("summary")] = QStringLiteral("first analyst");
    const SaveResult saved = store.save(RecordKind::Event, first, 1);
    EXPECT_EQ(saved.outcome, SaveResult::Outcome::Saved);
    EXPECT_EQ(saved.revision, 2);
    EXPECT_NE(DatasetSource::read(spec).dataset->contentHash(), hash);

    Record second = original;
    second.properties[QStringLiteral("summary")] = QStringLiteral("second analyst");
    const SaveResult stale = store.save(RecordKind::Event, second, 1);
    ASSERT_EQ(stale.outcome, SaveResult::Outcome::Conflict);
    ASSERT_TRUE(stale.current);
    EXPECT_EQ(stale.current->revision, 2);
    EXPECT_EQ(stale.current->record.properties, first.properties);
    EXPECT_EQ(store.pull().records.events.at(3).properties, first.properties);

    // Saved on the version it saw, the second analyst's edit is taken.
    EXPECT_EQ(store.save(RecordKind::Event, second, stale.current->revision).revision, 3);

    // A new record's id taken meanwhile is a conflict too.
    Record fresh{QStringLiteral("new-event"), original.properties, QJsonValue(), {}};
    EXPECT_EQ(store.save(RecordKind::Event, fresh, 0).outcome, SaveResult::Outcome::Saved);
    EXPECT_EQ(store.save(RecordKind::Event, fresh, 0).outcome, SaveResult::Outcome::Conflict);

    const std::vector<AuditEntry> history = store.history(RecordKind::Event, original.id);
    ASSERT_EQ(history.size(), 3u);
    EXPECT_EQ(history[0].changes(), QStringList{QStringLiteral("created")});
    EXPECT_EQ(history[1].revision, 2);
    EXPECT_EQ(history[1].changedBy, QStringLiteral("postgres"));
    ASSERT_EQ(history[1].changes().size(), 1);
    EXPECT_TRUE(history[1].changes().front().startsWith(QStringLiteral("summary: \"")));
    EXPECT_TRUE(history[1].changes().front().endsWith(QStringLiteral(" → \"first analyst\"")));
    EXPECT_LE(history[1].changedAt, history[2].changedAt);
}

TEST_F(DatasetStoreTest, MetacharactersAndUnicodeInEveryTextFieldRoundTrip)
{
    const QString spec = pushedMaps(QStringLiteral("unicode"));
    DatasetStore store(spec);
    DatasetStore::Content content = store.pull();
    for (RecordKind kind :
         {RecordKind::Event, RecordKind::Actor, RecordKind::Source, RecordKind::Area}) {
        Record record = content.records.of(kind).front();
        for (auto it = record.properties.begin(); it != record.properties.end(); ++it)
            if (it.value().isString() && it.key() != QLatin1String("id"))
                it.value() = kNasty + it.key();
        record.id = QStringLiteral("x-") + kNasty;
        record.properties[QStringLiteral("id")] = record.id;
        ASSERT_EQ(store.save(kind, record, 0).outcome, SaveResult::Outcome::Saved);
        const Record back = store.pull().records.of(kind).back();
        EXPECT_EQ(back.id, record.id);
        EXPECT_EQ(back.properties, record.properties);
        EXPECT_EQ(back.geometry, record.geometry);
        const auto history = store.history(kind, record.id);
        ASSERT_EQ(history.size(), 1u);
        EXPECT_EQ(history.front().newValue.value(QStringLiteral("properties")).toObject(),
                  record.properties);
    }
    // Through the files too: pulled, written and read back unchanged.
    const QTemporaryDir out;
    ASSERT_EQ(FolderTransfer::pull(store, out.path()), QString());
    LoadProblems problems;
    const DatasetRecords reread = DatasetRecords::read(out.path(), problems);
    EXPECT_EQ(reread.events.back().properties, store.pull().records.events.back().properties);
}

TEST_F(DatasetStoreTest, AServerThatCannotBeReachedIsAProblemNamingTheConnection)
{
    const QString spec = QStringLiteral("PG:host=/nonexistent-folder dbname=atlas");
    const auto result = DatasetSource::read(spec);
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems.front().file, spec);
    EXPECT_TRUE(result.problems.front().reason.contains(QStringLiteral("cannot be reached")))
        << result.problems.front().reason.toStdString();

    const auto refused = DatasetSource::read(QStringLiteral("PG:dbname=atlas password=secret"));
    ASSERT_FALSE(refused.ok());
    EXPECT_FALSE(refused.problems.front().toString().contains(QStringLiteral("secret")));
}

} // namespace
} // namespace frontier

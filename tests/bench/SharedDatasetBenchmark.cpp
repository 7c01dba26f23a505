// The shared dataset on a real PostgreSQL server (tests/PostgresServer.h, a local socket) holding
// 100,000 generated events: opening it, one edit saved and acknowledged (alone, and as the
// window's Ctrl+S), and a change heard by another connection's listener. Run with
// --benchmark_repetitions for medians.
#include "BenchApp.h"
#include "LargeDataset.h"
#include "PostgresServer.h"
#include "db/ChangeListener.h"
#include "db/DatasetSource.h"
#include "db/DatasetStore.h"
#include "db/FolderTransfer.h"
#include "db/Migrations.h"
#include "db/SharedRecords.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <chrono>

using namespace frontier;

namespace {

constexpr int kEvents = 100000;

// The server, started and given the dataset on first use; null, with the benchmark skipped,
// when that failed.
test::PostgresServer* sharedServer(benchmark::State& state)
{
    static test::PostgresServer server;
    static const QString error = []() -> QString {
        if (!server.ok())
            return server.log();
        const QTemporaryDir folder;
        test::writeLargeDataset(folder.path(), kEvents);
        try {
            DbConnection db(server.connection());
            Migrations::apply(db);
            DatasetStore store(server.connection());
            const LoadProblems problems = FolderTransfer::push(folder.path(), store);
            return problems.empty() ? QString() : problems.front().toString();
        } catch (const std::exception& e) {
            return QString::fromUtf8(e.what());
        }
    }();
    if (error.isEmpty())
        return &server;
    state.SkipWithError(error.toStdString().c_str());
    return nullptr;
}

void BM_SharedDatasetOpen(benchmark::State& state)
{
    test::PostgresServer* server = sharedServer(state);
    if (!server)
        return;
    for (auto _ : state) {
        const auto result = DatasetSource::read(server->connection());
        if (!result.ok() || result.dataset->events().size() != kEvents)
            state.SkipWithError("the database's dataset did not open whole");
        benchmark::DoNotOptimize(result.dataset);
    }
}
BENCHMARK(BM_SharedDatasetOpen)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_SharedDatasetSaveOneEdit(benchmark::State& state)
{
    test::PostgresServer* server = sharedServer(state);
    if (!server)
        return;
    DatasetStore store(server->connection());
    const DatasetStore::Content content = store.pull();
    Record record = content.records.events.at(kEvents / 2);
    qint64 revision = content.revision(RecordKind::Event, record.id);
    int n = 0;
    for (auto _ : state) {
        record.properties[QStringLiteral("summary")] = QStringLiteral("edit %1").arg(++n);
        const SaveResult result = store.save(RecordKind::Event, record, revision);
        if (result.outcome != SaveResult::Outcome::Saved)
            state.SkipWithError("an edit was not saved");
        revision = result.revision;
    }
}
BENCHMARK(BM_SharedDatasetSaveOneEdit)->Unit(benchmark::kMillisecond);

// The window's first edit of the database's dataset: its records read with their revisions.
void BM_SharedRecordsOpen(benchmark::State& state)
{
    test::PostgresServer* server = sharedServer(state);
    if (!server)
        return;
    const QTemporaryDir dir;
    for (auto _ : state)
        benchmark::DoNotOptimize(
            SharedRecords(server->connection(), dir.filePath(QStringLiteral("journal.jsonl"))));
}
BENCHMARK(BM_SharedRecordsOpen)->Unit(benchmark::kMillisecond)->Iterations(3);

// The window's Ctrl+S with one event edited among 100,000: the records the edits touched
// (EditableDataset::touched) compared with the server's copies, the one changed saved and
// acknowledged.
void BM_SharedRecordsSaveOneEdit(benchmark::State& state)
{
    test::PostgresServer* server = sharedServer(state);
    if (!server)
        return;
    const QTemporaryDir dir;
    SharedRecords shared(server->connection(), dir.filePath(QStringLiteral("journal.jsonl")));
    DatasetRecords edited = shared.records();
    Record& record = edited.events.at(kEvents / 4);
    const std::set<RecordKey> touched{{RecordKind::Event, record.id}};
    static int n = 0; // Google Benchmark runs this more than once: each edit a change
    for (auto _ : state) {
        record.properties[QStringLiteral("summary")] = QStringLiteral("window edit %1").arg(++n);
        const std::vector<PendingEdit> changes = shared.changesIn(edited, &touched);
        if (changes.size() != 1 ||
            shared.send(changes.front()).outcome != SaveResult::Outcome::Saved)
            state.SkipWithError("the one edit was not saved");
    }
}
BENCHMARK(BM_SharedRecordsSaveOneEdit)->Unit(benchmark::kMillisecond);

// From a save on one connection to the change in hand on another's listener: manual time, as
// the listener's side runs Qt's event loop.
void BM_SharedDatasetChangeHeard(benchmark::State& state)
{
    bench::app();
    test::PostgresServer* server = sharedServer(state);
    if (!server)
        return;
    ChangeListener listener(server->connection());
    DatasetStore store(server->connection());
    const DatasetStore::Content content = store.pull();
    Record record = content.records.events.at(kEvents / 3);
    qint64 revision = content.revision(RecordKind::Event, record.id);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&listener, &ChangeListener::recordChanged, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    for (auto _ : state) {
        record.properties[QStringLiteral("summary")] = QStringLiteral("heard %1").arg(revision);
        timeout.start(2000);
        const auto start = std::chrono::steady_clock::now();
        revision = store.save(RecordKind::Event, record, revision).revision;
        loop.exec();
        state.SetIterationTime(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
}
BENCHMARK(BM_SharedDatasetChangeHeard)->Unit(benchmark::kMillisecond)->UseManualTime();

} // namespace

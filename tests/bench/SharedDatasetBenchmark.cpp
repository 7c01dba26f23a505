// The shared dataset on a real PostgreSQL server (tests/PostgresServer.h, a local socket) holding
// 100,000 generated events: opening it, one edit saved and acknowledged (alone, and as the
// window's Ctrl+S), one edit made in the window, and a change heard by another connection's
// listener. Run with
// --benchmark_repetitions for medians.
#include "AtlasModel.h"
#include "BenchApp.h"
#include "LargeDataset.h"
#include "PostgresServer.h"
#include "db/ChangeListener.h"
#include "db/DatasetSource.h"
#include "db/DatasetStore.h"
#include "db/FolderTransfer.h"
#include "db/Migrations.h"
#include "db/SharedDatasetWatcher.h"
#include "db/SharedRecords.h"
#include "edit/EditableDataset.h"
#include "time/Timeline.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <optional>

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

// A colleague editing one event's summary over and over on their own connection, each save
// timed until `signal` of `receiver` says the other side has it: manual time, as that side runs
// Qt's event loop.
class ColleagueEdits {
public:
    ColleagueEdits(const QString& connection, std::size_t event)
        : m_store(connection), m_record(m_store.pull().records.events.at(event))
    {
        m_revision = m_store.pull().revision(RecordKind::Event, m_record.id);
        m_timeout.setSingleShot(true);
        QObject::connect(&m_timeout, &QTimer::timeout, &m_loop, &QEventLoop::quit);
    }
    template <typename Receiver, typename Signal>
    void until(const Receiver* receiver, Signal signal)
    {
        QObject::connect(receiver, signal, &m_loop, &QEventLoop::quit);
    }
    /// Saves the summary `summary` and waits for the other side; the seconds it took.
    double save(const QString& summary)
    {
        m_record.properties[QStringLiteral("summary")] = summary;
        m_timeout.start(10000);
        const auto start = std::chrono::steady_clock::now();
        m_revision = m_store.save(RecordKind::Event, m_record, m_revision).revision;
        m_loop.exec();
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
    qint64 revision() const { return m_revision; }

private:
    DatasetStore m_store;
    Record m_record;
    qint64 m_revision = 0;
    QEventLoop m_loop;
    QTimer m_timeout;
};

// The server's dataset as a window opens it; null, with the benchmark skipped, when it did not
// open.
std::shared_ptr<const Dataset> openedDataset(benchmark::State& state)
{
    bench::app();
    test::PostgresServer* server = sharedServer(state);
    if (!server)
        return nullptr;
    auto opened = DatasetSource::read(server->connection());
    if (!opened.ok())
        state.SkipWithError("the database's dataset did not open");
    return opened.dataset;
}

// The server's dataset as the window edits it; none, with the benchmark skipped, when it did not
// open.
std::optional<EditableDataset> openedEdits(benchmark::State& state)
{
    const auto opened = openedDataset(state);
    if (!opened)
        return std::nullopt;
    return EditableDataset::of(opened, DatasetStore(opened->origin()).pull().records);
}

// One event edited in the window: the dataset the edit makes, built twice as the window builds
// it (tried on a copy, then applied), after the window's first edit.
void BM_EditedDatasetBuilt(benchmark::State& state)
{
    std::optional<EditableDataset> opened = openedEdits(state);
    if (!opened)
        return;
    EditableDataset& edits = *opened;
    LoadProblems problems;
    edits.build(problems);
    constexpr int kEdited = kEvents / 7;
    int edit = 0;
    for (auto _ : state) {
        Record record = edits.records().events.at(kEdited);
        record.properties[QStringLiteral("summary")] = QStringLiteral("edit %1").arg(++edit);
        EditableDataset trial = edits;
        trial.put(RecordKind::Event, kEdited, record);
        const bool tried = trial.build(problems) != nullptr;
        edits.put(RecordKind::Event, kEdited, record);
        if (!tried || !edits.build(problems))
            state.SkipWithError("the edit did not build");
    }
}
BENCHMARK(BM_EditedDatasetBuilt)->Unit(benchmark::kMillisecond)->Iterations(5);

// The window's build after 100 edits to events spread over the 100,000: the unsaved content's
// hash finds each record edited since the dataset was read.
void BM_EditedDatasetBuiltAfter100Edits(benchmark::State& state)
{
    std::optional<EditableDataset> opened = openedEdits(state);
    if (!opened)
        return;
    EditableDataset& edits = *opened;
    constexpr int kEdits = 100;
    for (int edit = 0; edit < kEdits; ++edit) {
        const int index = kEvents - 1 - edit * (kEvents / kEdits);
        Record record = edits.records().events.at(static_cast<std::size_t>(index));
        record.properties[QStringLiteral("summary")] = QStringLiteral("edit %1").arg(edit);
        edits.put(RecordKind::Event, index, record);
    }
    LoadProblems problems;
    edits.build(problems); // the events read once, as the window's edits had
    for (auto _ : state)
        if (!edits.build(problems))
            state.SkipWithError("the edits did not build");
}
BENCHMARK(BM_EditedDatasetBuiltAfter100Edits)->Unit(benchmark::kMillisecond)->Iterations(5);

// From a save on one connection to the change in hand on another's listener.
void BM_SharedDatasetChangeHeard(benchmark::State& state)
{
    bench::app();
    test::PostgresServer* server = sharedServer(state);
    if (!server)
        return;
    ChangeListener listener(server->connection());
    ColleagueEdits colleague(server->connection(), kEvents / 3);
    colleague.until(&listener, &ChangeListener::recordChanged);
    for (auto _ : state)
        state.SetIterationTime(
            colleague.save(QStringLiteral("heard %1").arg(colleague.revision())));
}
BENCHMARK(BM_SharedDatasetChangeHeard)->Unit(benchmark::kMillisecond)->UseManualTime();

// From a save on one connection to another window's model holding the dataset with the change
// (SharedDatasetWatcher: the notification heard, the settling wait, the dataset brought up to
// date); the painting that follows is the date-change frame's.
void BM_SharedDatasetChangeShown(benchmark::State& state)
{
    const auto opened = openedDataset(state);
    if (!opened)
        return;
    AtlasModel model(std::make_shared<const Timeline>(opened));
    SharedDatasetWatcher watcher(model, nullptr);
    ColleagueEdits colleague(opened->origin(), kEvents / 5);
    colleague.until(&model, &AtlasModel::datasetChanged);
    for (auto _ : state) {
        const QString summary = QStringLiteral("shown %1").arg(colleague.revision());
        state.SetIterationTime(colleague.save(summary));
        const auto& events = model.dataset().events();
        if (std::none_of(events.begin(), events.end(),
                         [&summary](const Event& e) { return e.summary == summary; }))
            state.SkipWithError("the change did not reach the model");
    }
}
BENCHMARK(BM_SharedDatasetChangeShown)
    ->Unit(benchmark::kMillisecond)
    ->UseManualTime()
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

} // namespace

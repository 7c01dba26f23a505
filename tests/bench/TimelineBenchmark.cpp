// The model's queries: the state of every crossing and sector at a date on the bundled data, and
// one crossing's state on a generated dataset of 1,000,000 events over 1,000 crossings.
#include "LargeDataset.h"
#include "TestData.h"

#include <benchmark/benchmark.h>

using namespace frontier;

namespace {

void BM_StateOfAllCrossingsAndSectors(benchmark::State& state)
{
    const auto timeline = test::bundledTimeline();
    std::vector<FeatureState> out;
    int day = 0;
    for (auto _ : state) {
        timeline->stateAt(Date::fromYmd(2012, 1, 1).addDays(day++ * 37 % 5000), out);
        benchmark::DoNotOptimize(out.data());
    }
}
BENCHMARK(BM_StateOfAllCrossingsAndSectors)
    ->Unit(benchmark::kMicrosecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

void BM_LargeDatasetLoad(benchmark::State& state)
{
    const QString folder = test::largeDatasetFolder();
    for (auto _ : state) {
        auto result = DatasetReader::read(folder);
        if (!result.ok())
            state.SkipWithError("the generated dataset did not load");
        benchmark::DoNotOptimize(result.dataset.get());
    }
}
BENCHMARK(BM_LargeDatasetLoad)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

void BM_LargeDatasetStateOfOneCrossing(benchmark::State& state)
{
    static const auto timeline =
        std::make_shared<const Timeline>(DatasetReader::read(test::largeDatasetFolder()).dataset);
    int i = 0;
    for (auto _ : state) {
        ++i;
        benchmark::DoNotOptimize(timeline->featureStateAt(
            i * 7919 % 1000, Date::fromYmd(2012, 1, 1).addDays(i * 37 % 5000)));
    }
}
BENCHMARK(BM_LargeDatasetStateOfOneCrossing)
    ->Unit(benchmark::kMicrosecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

} // namespace

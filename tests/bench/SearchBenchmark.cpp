// Search as the user types: SearchIndex::find over the bundled data, one query per iteration
// (a Latin alias, an Arabic alias, a typo needing the fuzzy pass, and one letter).
#include "TestData.h"
#include "search/SearchIndex.h"

#include <benchmark/benchmark.h>

using namespace frontier;

namespace {

void BM_SearchFind(benchmark::State& state)
{
    const SearchIndex index(*test::bundled());
    const QStringList typed{QStringLiteral("Boukamal"), QStringLiteral("تل كوجر"),
                            QStringLiteral("Semalak"), QStringLiteral("w")};
    qsizetype i = 0;
    for (auto _ : state) {
        auto found = index.find(typed[i++ % typed.size()], 12);
        benchmark::DoNotOptimize(found.data());
    }
}
BENCHMARK(BM_SearchFind)->Unit(benchmark::kMicrosecond)->Repetitions(5)->ReportAggregatesOnly(true);

} // namespace

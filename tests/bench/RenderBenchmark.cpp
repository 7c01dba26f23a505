// Frame times of the one render path at 1920×1080, and the PNG encoding of a snapshot.
#include "BenchApp.h"
#include "BenchFrames.h"
#include "TestData.h"
#include "render/MapRenderer.h"
#include "render/export/PngEncoder.h"

#include <benchmark/benchmark.h>

using namespace frontier;
using frontier::bench::app;
using frontier::bench::fullHd;

namespace {

// The slider moved: only the date changes.
void BM_FrameDateChanged(benchmark::State& state)
{
    app();
    MapRenderer renderer(test::bundledTimeline());
    bench::dateChangedFrames(state, renderer, fullHd(renderer));
}
BENCHMARK(BM_FrameDateChanged)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

// A pan or zoom: the base image (basemap, labels) is rebuilt for the new view.
void BM_FramePannedOrZoomed(benchmark::State& state)
{
    app();
    MapRenderer renderer(test::bundledTimeline());
    bench::pannedOrZoomedFrames(state, renderer, fullHd(renderer));
}
BENCHMARK(BM_FramePannedOrZoomed)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

void BM_PngEncode(benchmark::State& state)
{
    app();
    MapRenderer renderer(test::bundledTimeline());
    MapSettings s = fullHd(renderer);
    s.size = QSize(int(state.range(0)), int(state.range(1)));
    const QImage image = renderer.renderImage(s);
    std::size_t bytes = 0;
    for (auto _ : state) {
        bytes = std::size_t(PngEncoder::encode(image, {}).size());
    }
    state.counters["bytes"] = double(bytes);
}
BENCHMARK(BM_PngEncode)
    ->Args({1920, 1080})
    ->Args({3840, 2160})
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

} // namespace

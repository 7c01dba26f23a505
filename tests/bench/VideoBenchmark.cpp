// A year of weekly frames through the one frame loop into one video: 1920×1080 H.264 and
// 960×540 GIF, the sizes of the targets (14 years, about 730 frames, within a minute each).
#include "BenchApp.h"
#include "TestData.h"
#include "geo/Crs.h"
#include "render/MapRenderer.h"
#include "render/export/FrameExporter.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace frontier;
using frontier::bench::app;

namespace {

void BM_VideoOfAYear(benchmark::State& state)
{
    app();
    MapRenderer renderer(test::bundledTimeline());
    const auto format = static_cast<VideoFormat>(state.range(0));
    MapSettings s;
    s.size = QSize(int(state.range(1)), int(state.range(2)));
    s.crs = Crs::defaultDefinition();
    s.extent = renderer.homeExtent(s.crs);
    const FrameSeries year(Date::fromYmd(2017, 1, 1), Date::fromYmd(2017, 12, 31),
                           FrameSeries::Step::Week);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("year.") + VideoFormats::name(format));
    for (auto _ : state) {
        const auto r = FrameExporter(renderer).writeVideo(s, year, {format, 4, false}, path);
        if (!r.error.isEmpty())
            state.SkipWithError(qPrintable(r.error));
    }
    state.counters["frames"] = double(year.dates().size());
}
BENCHMARK(BM_VideoOfAYear)
    ->Args({int(VideoFormat::Mp4), 1920, 1080})
    ->Args({int(VideoFormat::Gif), 960, 540})
    ->Unit(benchmark::kSecond)
    ->UseRealTime() // the encoder's threads do much of the work
    ->Iterations(1)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

} // namespace

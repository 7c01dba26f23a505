// Frame times of the one render path at 1920×1080, and the PNG encoding of a snapshot.
#include "BenchApp.h"
#include "TestData.h"
#include "geo/Crs.h"
#include "render/MapRenderer.h"
#include "render/RenderCache.h"
#include "render/export/PngEncoder.h"

#include <QPainter>

#include <benchmark/benchmark.h>

using namespace frontier;
using frontier::bench::app;

namespace {

MapSettings fullHd(MapRenderer& r)
{
    MapSettings s;
    s.size = {1920, 1080};
    s.crs = Crs::defaultDefinition();
    s.extent = r.homeExtent(s.crs);
    s.date = Date::fromYmd(2019, 9, 30);
    return s;
}

// The slider moved: only the date changes, onto a reused frame buffer (as the window paints).
void BM_FrameDateChanged(benchmark::State& state)
{
    app();
    MapRenderer renderer(test::bundledTimeline());
    MapSettings s = fullHd(renderer);
    QImage frame(s.size, QImage::Format_ARGB32_Premultiplied);
    RenderCache cache;
    int day = 0;
    for (auto _ : state) {
        s.date = Date::fromYmd(2012, 1, 1).addDays(day++ * 37 % 5000);
        QPainter p(&frame);
        renderer.render(p, s, &cache);
    }
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
    MapSettings s = fullHd(renderer);
    QImage frame(s.size, QImage::Format_ARGB32_Premultiplied);
    RenderCache cache;
    const Viewport home = MapRenderer::viewport(s);
    int i = 0;
    for (auto _ : state) {
        ++i;
        s.extent = (i % 2 ? home.panned(i % 7 * 3.0, 2.0)
                          : home.zoomed(1.0 + (i % 5) * 0.1, QPointF(900, 500)))
                       .extent();
        QPainter p(&frame);
        renderer.render(p, s, &cache);
    }
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

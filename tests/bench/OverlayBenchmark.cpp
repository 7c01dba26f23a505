// 1,000,000 ACLED-like events (generated, as no ACLED data may be bundled): loading the CSV,
// a frame after a date change and a frame after a pan, at 1920×1080 over the bundled map.
#include "AcledFile.h"
#include "BenchApp.h"
#include "BenchFrames.h"
#include "TestData.h"
#include "io/OverlayReader.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <fstream>
#include <random>
#include <string>

using namespace frontier;
using frontier::bench::acledCsv;
using frontier::bench::app;

namespace {

std::shared_ptr<const Overlay> acled()
{
    static const auto overlay = [] {
        LoadProblems problems;
        return OverlayReader::read(acledCsv(), problems);
    }();
    return overlay;
}

// The resident set in MiB (Linux), to report memory next to the times.
double residentMiB()
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stod(line.substr(6)) / 1024;
    return 0;
}

MapSettings view(MapRenderer& r, TimeFilter::Mode mode)
{
    MapSettings s = bench::fullHd(r);
    OverlayStyle style = OverlayStyle::defaultFor(*acled(), 0);
    style.time = {mode, 1, TimeFilter::Unit::Months};
    s.overlays.push_back({acled(), style});
    return s;
}

void BM_AcledLoad(benchmark::State& state)
{
    const QString csv = acledCsv();
    for (auto _ : state) {
        LoadProblems problems;
        const auto overlay = OverlayReader::read(csv, problems);
        benchmark::DoNotOptimize(overlay);
        state.counters["features"] = static_cast<double>(overlay->features.size());
    }
    state.counters["rss_MiB"] = residentMiB();
}
BENCHMARK(BM_AcledLoad)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(5);

void BM_AcledFrameDateChanged(benchmark::State& state)
{
    app();
    MapRenderer renderer(test::bundledTimeline());
    bench::dateChangedFrames(state, renderer,
                             view(renderer, static_cast<TimeFilter::Mode>(state.range(0))));
    state.counters["rss_MiB"] = residentMiB();
}
// Modes: 0 up to the date (everything so far), 1 the last month, 2 on the day.
BENCHMARK(BM_AcledFrameDateChanged)
    ->Arg(0)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

// Every event up to the date, while the view moves.
void BM_AcledFramePanned(benchmark::State& state)
{
    app();
    MapRenderer renderer(test::bundledTimeline());
    bench::pannedOrZoomedFrames(state, renderer, view(renderer, TimeFilter::Mode::UpTo));
}
BENCHMARK(BM_AcledFramePanned)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

// 4,000 jagged polygons of 150 vertices each (600,000, as the harness's world file) over the
// region, undated, while the view moves: drawn from the vertices thinned for each scale.
std::shared_ptr<const Overlay> densePolygons()
{
    auto o = std::make_shared<Overlay>();
    o->name = QStringLiteral("dense");
    o->partStarts.push_back(0);
    std::mt19937 random(5);
    std::uniform_real_distribution<double> lon(36.0, 48.0), lat(30.0, 37.3);
    std::normal_distribution<double> step(0, 0.002);
    for (std::uint32_t f = 0; f < 4000; ++f) {
        const double x = lon(random), y = lat(random);
        double wobble = 0;
        for (int i = 0; i < 150; ++i) {
            const double a = 2 * M_PI * i / 149, r = 0.05 + (wobble += step(random));
            o->vertices.push_back({x + r * std::cos(a), y + r * std::sin(a)});
        }
        o->vertices.back() = o->vertices[o->partStarts.back()]; // closed
        o->partStarts.push_back(static_cast<std::uint32_t>(o->vertices.size()));
        o->features.push_back({f, f, 1, 0, 0, GeometryType::Polygon, OverlayDatePrecision::None});
    }
    return o;
}

void BM_DensePolygonsFramePanned(benchmark::State& state)
{
    app();
    MapRenderer renderer(test::bundledTimeline());
    MapSettings s = bench::fullHd(renderer);
    s.overlays.push_back({densePolygons(), OverlayStyle::defaultFor(Overlay{}, 1)});
    bench::pannedOrZoomedFrames(state, renderer, s);
}
BENCHMARK(BM_DensePolygonsFramePanned)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

} // namespace

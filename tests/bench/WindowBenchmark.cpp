// The window's speed: the slider moved → the map canvas repainted at 1920×1080, and the whole
// program from start to the first map on screen (under xvfb-run; skipped without a display).
#include "BenchApp.h"
#include "FirstFrameProbe.h"
#include "TestData.h"
#include "geo/Crs.h"
#include "time/TimeController.h"
#include "ui/EventTickSlider.h"
#include "ui/MainWindow.h"
#include "ui/MapCanvas.h"
#include "ui/TimelinePanel.h"

#include <QSettings>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace frontier;
using frontier::bench::app;

namespace {

void BM_SliderToCanvasFrame(benchmark::State& state)
{
    app();
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    MapSettings initial;
    initial.crs = Crs::defaultDefinition();
    initial.date = Date::fromYmd(2019, 9, 30);
    MainWindow window(test::bundledTimeline(), initial);
    window.canvas()->setFixedSize(1920, 1080);
    window.show();
    QApplication::processEvents();
    QSlider* slider = window.timelinePanel()->slider();
    int day = 0;
    for (auto _ : state) {
        // Days apart, so the crossings' states really change from frame to frame.
        slider->setValue(day++ * 37 % slider->maximum());
        window.canvas()->repaint();
    }
    if (window.canvas()->settings().date != AtlasModel::minimumDate().addDays(slider->value()))
        state.SkipWithError("the slider did not move the map's date");
}
BENCHMARK(BM_SliderToCanvasFrame)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

void BM_StartToFirstFrame(benchmark::State& state)
{
    app();
    if (!test::canGrabScreen()) {
        state.SkipWithError("needs an X display: run under xvfb-run -a");
        return;
    }
    for (auto _ : state) {
        const auto first =
            test::startAndWaitForMap(QStringLiteral(FRONTIER_BINARY),
                                     {QStringLiteral("--date"), QStringLiteral("2019-09-30")});
        if (!first.shown) {
            state.SkipWithError("the map never showed");
            return;
        }
        state.SetIterationTime(first.milliseconds / 1000.0);
    }
}
BENCHMARK(BM_StartToFirstFrame)
    ->UseManualTime()
    ->Iterations(1)
    ->Repetitions(9)
    ->Unit(benchmark::kMillisecond)
    ->ReportAggregatesOnly(true);

} // namespace

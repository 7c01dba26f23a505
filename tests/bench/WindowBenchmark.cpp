// The window's speed: the slider moved → the map canvas repainted at 1920×1080, the longest the
// window stops answering while a million-event layer is added, and the whole program from start
// to the first map on screen (under xvfb-run; skipped without a display).
#include "AcledFile.h"
#include "BenchApp.h"
#include "FirstFrameProbe.h"
#include "TestData.h"
#include "geo/Crs.h"
#include "time/TimeController.h"
#include "ui/EventTickSlider.h"
#include "ui/MainWindow.h"
#include "ui/MapCanvas.h"
#include "ui/OverlayLoader.h"
#include "ui/TimelinePanel.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

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

// From File → Add layer… of 1,000,000 ACLED events until the map has drawn them: the longest
// gap between the ticks of a 1 ms timer on the window's thread, which is how long a click or a
// repaint would have waited (the layer is read and projected on a worker).
void BM_AddAcledLayerLongestStall(benchmark::State& state)
{
    app();
    const QString csv = bench::acledCsv();
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    MapSettings initial;
    initial.crs = Crs::defaultDefinition();
    initial.date = Date::fromYmd(2019, 9, 30);
    for (auto _ : state) {
        MainWindow window(test::bundledTimeline(), initial);
        window.canvas()->setFixedSize(1920, 1080);
        window.show();
        QApplication::processEvents();
        QElapsedTimer clock;
        qint64 last = 0, longest = 0;
        QTimer tick;
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            longest = std::max(longest, now - last);
            last = now;
        });
        clock.start();
        tick.start();
        window.overlayLoader()->load({csv});
        while (window.overlayLoader()->pending() > 0)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        // The frames that draw it.
        const qint64 read = clock.elapsed();
        while (clock.elapsed() < read + 300)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (window.canvas()->settings().overlays.size() != 1) {
            state.SkipWithError("the layer was not added");
            return;
        }
        state.SetIterationTime(static_cast<double>(longest) / 1e9);
    }
}
BENCHMARK(BM_AddAcledLayerLongestStall)
    ->UseManualTime()
    ->Iterations(1)
    ->Repetitions(3)
    ->Unit(benchmark::kMillisecond)
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

// Starts the real binary on an X server (ctest runs this under xvfb-run), waits for its window,
// and checks the screenshot shows the map.
#include "FirstFrameProbe.h"

#include <QDir>
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace frontier::test;

TEST(WindowSmokeTest, TheRealWindowShowsTheMap)
{
    ASSERT_TRUE(canGrabScreen()) << "run under xvfb-run with QT_QPA_PLATFORM=xcb";
    // A smoke test needs no precision: grab every 100 ms (the start benchmark grabs every 5 ms),
    // leaving the CPU to the program, and wait long enough for a machine busy with other tests.
    const FirstFrame first =
        startAndWaitForMap(QStringLiteral(FRONTIER_BINARY),
                           {QStringLiteral("--date"), QStringLiteral("2019-09-30")}, 30000, 100);
    // Kept for a human look: window-smoke.png in the test's build folder.
    first.screen.save(QDir::current().filePath(QStringLiteral("window-smoke.png")));
    ASSERT_TRUE(first.shown) << "no map on screen, " << first.ending.toStdString()
                             << "; the program said:\n"
                             << first.output.toStdString();
    RecordProperty("start_to_first_frame_ms", std::to_string(first.milliseconds));
}

// Defect: a broken --data only printed a line on the terminal. The window opens on the bundled
// data and shows every problem.
TEST(WindowSmokeTest, ABrokenDatasetOpensTheWindowWithTheErrorShown)
{
    ASSERT_TRUE(canGrabScreen());
    const QTemporaryDir broken;
    // The problems dialog covers part of the map, so wait for the window and the message, not
    // for the map (a fixed wait failed when a loaded sanitized run started slowly).
    const auto lit = [](const QImage& screen) {
        int n = 0; // Xvfb's empty screen is black
        for (int y = 0; y < screen.height(); y += 8)
            for (int x = 0; x < screen.width(); x += 8)
                n += screen.pixel(x, y) != qRgb(0, 0, 0);
        return n > screen.width() * screen.height() / 64 / 2;
    };
    const FirstFrame first = startAndWaitFor(
        QStringLiteral(FRONTIER_BINARY), {QStringLiteral("--data"), broken.path()},
        [&lit](const FirstFrame& f) {
            return lit(f.screen) && f.output.contains(QStringLiteral("was not opened"));
        },
        30000, 100);
    first.screen.save(QDir::current().filePath(QStringLiteral("window-broken-data.png")));
    EXPECT_TRUE(lit(first.screen)) << "no window on screen; " << first.ending.toStdString();
    EXPECT_TRUE(first.output.contains(QStringLiteral("was not opened")))
        << first.output.toStdString();
    EXPECT_TRUE(first.output.contains(QStringLiteral("events.geojson")))
        << first.output.toStdString();
}

TEST(WindowSmokeTest, ScreenWithoutTheWindowShowsNoMap)
{
    ASSERT_TRUE(canGrabScreen());
    EXPECT_FALSE(showsMap(QGuiApplication::primaryScreen()->grabWindow(0).toImage()));
}

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QGuiApplication app(argc, argv);
    return RUN_ALL_TESTS();
}

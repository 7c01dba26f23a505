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
    // The problems dialog covers part of the map, so wait for the window, not for the map.
    const FirstFrame first = startAndWaitForMap(
        QStringLiteral(FRONTIER_BINARY), {QStringLiteral("--data"), broken.path()}, 4000, 100);
    first.screen.save(QDir::current().filePath(QStringLiteral("window-broken-data.png")));
    int lit = 0; // Xvfb's empty screen is black
    for (int y = 0; y < first.screen.height(); y += 8)
        for (int x = 0; x < first.screen.width(); x += 8)
            lit += first.screen.pixel(x, y) != qRgb(0, 0, 0);
    EXPECT_GT(lit, first.screen.width() * first.screen.height() / 64 / 2) << "no window on screen";
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

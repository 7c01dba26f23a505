// The measuring tool driven by real keys and clicks on the map of the bundled data.
#include "ui/MeasureTool.h"
#include "UiTest.h"
#include "geo/Geodesic.h"
#include "geo/Measurement.h"
#include "ui/MapCanvas.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>

#include <algorithm>

namespace frontier {
namespace {

class MeasureToolTest : public test::WindowTest {
protected:
    MapCanvas* canvas() { return window->canvas(); }
    MeasureTool* tool() { return canvas()->measureTool(); }
    int crossing(const char* id)
    {
        return window->model().dataset().featureIndex(QLatin1String(id));
    }
    QPoint at(const char* id) { return canvas()->crossingPosition(crossing(id)).toPoint(); }
    void click(QPoint p) { QTest::mouseClick(canvas(), Qt::LeftButton, {}, p); }
};

TEST_F(MeasureToolTest, TwoCrossingsOnTheFrontierGiveTheirDistanceAndTheDistanceAlongIt)
{
    canvas()->setFocus();
    QTest::keyClick(canvas(), Qt::Key_M);
    ASSERT_TRUE(tool()->action()->isChecked());
    EXPECT_TRUE(tool()->resultBox()->isVisible()); // "Click points on the map to measure"
    click(at("walid-tanf"));
    click(at("qaim-albukamal"));
    ASSERT_EQ(tool()->points().size(), 2u);
    EXPECT_EQ(window->model().selectedFeature(), -1); // a click measures, it does not select
    const Dataset& d = window->model().dataset();
    const GeoPoint walid = d.feature(crossing("walid-tanf")).point;
    const GeoPoint qaim = d.feature(crossing("qaim-albukamal")).point;
    // A click lands within a pixel of the crossing: well under 2 km at the home view.
    EXPECT_LT(Geodesic::distanceMeters(tool()->points()[0], walid), 2000);
    EXPECT_LT(Geodesic::distanceMeters(tool()->points()[1], qaim), 2000);
    const Measurement m = Measurement::of(tool()->points(), false);
    const QString text = tool()->resultBox()->text();
    EXPECT_TRUE(text.startsWith(QStringLiteral("Distance %1 km (%2 nmi)")
                                    .arg(m.meters / 1000, 0, 'f', 1)
                                    .arg(Measurement::nauticalMiles(m.meters), 0, 'f', 1)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1. %1 km").arg(m.meters / 1000, 0, 'f', 1)));
    EXPECT_TRUE(text.contains(QStringLiteral("azimuth %1°").arg(m.segments[0].azimuth, 0, 'f', 1)));
    // Both ends are on the frontier: al-Walid at km 13.1, al-Qaim at km 231.5.
    const double along =
        d.feature(crossing("qaim-albukamal")).fromKm - d.feature(crossing("walid-tanf")).fromKm;
    const qsizetype i = text.indexOf(QStringLiteral("Along the frontier: "));
    ASSERT_GE(i, 0) << text.toStdString();
    const double shown =
        text.mid(i).section(QStringLiteral(", "), 1).section(u' ', 0, 0).toDouble();
    EXPECT_NEAR(shown, along, 2.0) << text.toStdString();
}

TEST_F(MeasureToolTest, AClickOnTheFirstPointClosesTheShapeAndGivesItsArea)
{
    canvas()->setFocus();
    QTest::keyClick(canvas(), Qt::Key_M);
    const QPoint a(300, 300), b(500, 300), c(400, 150);
    click(a);
    click(b);
    click(c);
    EXPECT_FALSE(tool()->isClosed());
    click(a + QPoint(3, 2));
    ASSERT_TRUE(tool()->isClosed());
    EXPECT_EQ(tool()->points().size(), 3u);
    const Measurement m = Measurement::of(tool()->points(), true);
    ASSERT_TRUE(m.squareMeters);
    EXPECT_TRUE(tool()->resultBox()->text().startsWith(QStringLiteral("Perimeter")));
    EXPECT_TRUE(tool()->resultBox()->text().contains(
        QStringLiteral("Area %1 km²").arg(*m.squareMeters / 1e6, 0, 'f', 1)));
    // Backspace opens it again, then takes points back; Escape clears.
    QTest::keyClick(canvas(), Qt::Key_Backspace);
    EXPECT_FALSE(tool()->isClosed());
    QTest::keyClick(canvas(), Qt::Key_Backspace);
    EXPECT_EQ(tool()->points().size(), 2u);
    QTest::keyClick(canvas(), Qt::Key_Escape);
    EXPECT_TRUE(tool()->points().empty());
}

TEST_F(MeasureToolTest, ADragStillPansAndTurningTheToolOffClearsIt)
{
    canvas()->setFocus();
    QTest::keyClick(canvas(), Qt::Key_M);
    click(QPoint(200, 200));
    const MapRect before = canvas()->settings().extent;
    QTest::mousePress(canvas(), Qt::LeftButton, {}, QPoint(300, 300));
    QTest::mouseMove(canvas(), QPoint(340, 320));
    QTest::mouseMove(canvas(), QPoint(380, 340));
    QTest::mouseRelease(canvas(), Qt::LeftButton, {}, QPoint(380, 340));
    EXPECT_NE(canvas()->settings().extent, before);
    EXPECT_EQ(tool()->points().size(), 1u);
    QTest::keyClick(canvas(), Qt::Key_M);
    EXPECT_FALSE(tool()->action()->isChecked());
    EXPECT_TRUE(tool()->points().empty());
    EXPECT_FALSE(tool()->resultBox()->isVisible());
    // Off, a click selects again.
    click(at("qaim-albukamal"));
    EXPECT_EQ(window->model().selectedFeature(), crossing("qaim-albukamal"));
}

// The monkey's finding: hundreds of clicks made every frame slower (one wide antialiased
// polyline crossing itself hundreds of times is filled as one polygon), and the result box
// listed every segment, taller than the map.
TEST_F(MeasureToolTest, FiveHundredPointsKeepTheFrameFastAndTheResultBoxOnTheMap)
{
    canvas()->setFocus();
    QTest::keyClick(canvas(), Qt::Key_M);
    const int w = canvas()->width(), h = canvas()->height();
    click(QPoint(w / 2, h / 2));
    for (int i = 1; i < 500; ++i) // back and forth across the map, never near the first point
        click(QPoint(i % 2 ? 5 + i % 7 : w - 5 - i % 11, 5 + (i * 37) % (h / 3)));
    ASSERT_EQ(tool()->points().size(), 500u);
    QElapsedTimer timer;
    std::vector<qint64> frames;
    for (int i = 0; i < 5; ++i) {
        timer.start();
        canvas()->repaint();
        frames.push_back(timer.elapsed());
    }
    std::sort(frames.begin(), frames.end());
    EXPECT_LT(frames[2], 300) << "median frame in ms";
    EXPECT_LE(tool()->resultBox()->height(), h);
    const QString text = tool()->resultBox()->text();
    EXPECT_TRUE(text.startsWith(QStringLiteral("Distance "))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("499. "))) << "the last segment is listed";
}

} // namespace
} // namespace frontier

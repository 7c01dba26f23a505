// The split view: a second map at the compare date beside the map, driven by real keys, drags
// and the wheel on the window.
#include "ui/SplitView.h"
#include "UiTest.h"
#include "render/MapRenderer.h"
#include "render/RenderCache.h"
#include "ui/MapCanvas.h"

#include <QAction>

namespace frontier {
namespace {

class SplitViewTest : public test::WindowTest {
protected:
    MapCanvas* canvas() { return window->canvas(); }
    MapCanvas* compare() { return window->splitView()->compareCanvas(); }
    // Whether the canvas shows exactly what the renderer draws for its settings (through a
    // cache, as the canvas draws).
    static bool showsItsDate(MapCanvas* c)
    {
        RenderCache fresh;
        const QImage expected = c->renderer()
                                    .renderImage(c->effectiveSettings(), &fresh)
                                    .convertToFormat(QImage::Format_ARGB32);
        return c->grab().toImage().convertToFormat(QImage::Format_ARGB32) == expected;
    }
};

TEST_F(SplitViewTest, TheCompareDateShowsBesideTheMapAndBothMoveTogether)
{
    const Date early = Date::fromYmd(2014, 8, 15), now = window->model().date();
    const int fullWidth = canvas()->width();
    EXPECT_EQ(compare(), nullptr); // not made until the view is first split
    canvas()->setFocus();
    QTest::keyClick(canvas(), Qt::Key_S);
    ASSERT_TRUE(window->splitView()->action()->isChecked());
    ASSERT_NE(compare(), nullptr);
    ASSERT_TRUE(test::waitFor([&] { return compare()->isVisible(); }));
    EXPECT_FALSE(compare()->settings().date.isValid()); // no compare date yet: a hint
    EXPECT_NEAR(canvas()->width(), compare()->width(), 2);
    EXPECT_LT(canvas()->x(), fullWidth);
    EXPECT_LT(compare()->x(), canvas()->x()); // "before" on the left

    window->model().setCompareDate(early);
    EXPECT_EQ(compare()->settings().date, early);
    EXPECT_FALSE(compare()->settings().compareDate.isValid());
    EXPECT_EQ(canvas()->settings().date, now);
    EXPECT_EQ(canvas()->settings().compareDate, early); // the map marks what changed since
    EXPECT_TRUE(showsItsDate(compare()));
    EXPECT_TRUE(showsItsDate(canvas()));
    EXPECT_NE(compare()->grab().toImage(), canvas()->grab().toImage());

    // A drag on the compare map pans both; the wheel on the map zooms both.
    const MapRect before = canvas()->settings().extent;
    QTest::mousePress(compare(), Qt::LeftButton, {}, QPoint(200, 300));
    QTest::mouseMove(compare(), QPoint(240, 320));
    QTest::mouseMove(compare(), QPoint(300, 340));
    QTest::mouseRelease(compare(), Qt::LeftButton, {}, QPoint(300, 340));
    EXPECT_NE(canvas()->settings().extent, before);
    EXPECT_EQ(canvas()->settings().extent, compare()->settings().extent);
    const MapRect panned = canvas()->settings().extent;
    QWheelEvent wheel(QPointF(300, 300), canvas()->mapToGlobal(QPointF(300, 300)), {}, {0, 120},
                      Qt::NoButton, {}, Qt::NoScrollPhase, false);
    QApplication::sendEvent(canvas(), &wheel);
    EXPECT_LT(canvas()->settings().extent.width(), panned.width());
    EXPECT_EQ(compare()->settings().extent, canvas()->settings().extent);
    // Layers switched for the map apply to both.
    MapSettings s = canvas()->settings();
    s.layers &= ~static_cast<unsigned>(MapLayerId::Rivers);
    canvas()->setSettings(s);
    EXPECT_EQ(compare()->settings().layers, s.layers);

    // The date moves only the map; the compare map keeps its date.
    QTest::keyClick(canvas(), Qt::Key_Right, Qt::ControlModifier);
    EXPECT_NE(canvas()->settings().date, now);
    EXPECT_EQ(compare()->settings().date, early);

    // S again: one map, the window's whole width.
    QTest::keyClick(canvas(), Qt::Key_S);
    EXPECT_FALSE(compare()->isVisible());
    ASSERT_TRUE(test::waitFor([&] { return canvas()->width() >= fullWidth - 2; }));
}

} // namespace
} // namespace frontier

// Swiping between the compare date and the map's date, with real keys and drags on the window.
#include "ui/SwipeTool.h"
#include "ImageCompare.h"
#include "UiTest.h"
#include "render/MapRenderer.h"
#include "ui/MapCanvas.h"

#include <QAction>

namespace frontier {
namespace {

class SwipeToolTest : public test::WindowTest {
protected:
    MapCanvas* canvas() { return window->canvas(); }
    SwipeTool* swipe() { return canvas()->swipeTool(); }
    // Whether column x of the canvas is that column of the map at `date`, above the dates'
    // labels: the compare date's map as the swipe shows it (marking nothing), or the map's own
    // (which marks what changed since the compare date).
    bool columnShows(int x, Date date)
    {
        MapSettings s = canvas()->effectiveSettings();
        if (date != s.date)
            s.compareDate = Date{};
        s.date = date;
        const QImage expected =
            canvas()->renderer().renderImage(s).convertToFormat(QImage::Format_ARGB32);
        const QImage shown = canvas()->grab().toImage().convertToFormat(QImage::Format_ARGB32);
        const int height = shown.height() - 80;
        return test::largestDifference(shown.copy(x, 0, 1, height),
                                       expected.copy(x, 0, 1, height)) <= 2;
    }
};

// 15 August 2014 against 30 September 2019, the whole frontier in view.
TEST_F(SwipeToolTest, LeftOfTheLineIsTheCompareDateAndTheLineMovesWithADrag)
{
    const Date early = Date::fromYmd(2014, 8, 15), now = window->model().date();
    canvas()->setFocus();
    QTest::keyClick(canvas(), Qt::Key_W);
    ASSERT_TRUE(swipe()->action()->isChecked());
    EXPECT_FALSE(swipe()->isShown()); // nothing to compare with yet
    window->model().setCompareDate(early);
    ASSERT_TRUE(swipe()->isShown());
    const int line = int(swipe()->lineX());
    // Columns through al-Qaim's longitude band differ between the dates; test the middle of
    // each side of the line.
    EXPECT_TRUE(columnShows(line / 2, early));
    EXPECT_FALSE(columnShows(line / 2, now));
    const int right = line + (canvas()->width() - line) / 2;
    EXPECT_TRUE(columnShows(right, now));

    // Dragging the line moves it and does not pan.
    const MapRect view = canvas()->settings().extent;
    QTest::mousePress(canvas(), Qt::LeftButton, {}, QPoint(line, 200));
    QTest::mouseMove(canvas(), QPoint(line - 100, 210));
    QTest::mouseMove(canvas(), QPoint(200, 220));
    QTest::mouseRelease(canvas(), Qt::LeftButton, {}, QPoint(200, 220));
    EXPECT_NEAR(swipe()->lineX(), 200, 1);
    EXPECT_EQ(canvas()->settings().extent, view);
    // Off again: the whole map is the map's date.
    QTest::keyClick(canvas(), Qt::Key_W);
    EXPECT_FALSE(swipe()->isShown());
    EXPECT_TRUE(columnShows(100, now));
}

} // namespace
} // namespace frontier

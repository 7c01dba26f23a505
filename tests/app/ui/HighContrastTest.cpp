// View → High contrast: the map, the swimlane and the panels switch, and the choice is kept.
#include "ui/HighContrast.h"
#include "UiTest.h"
#include "render/MapRenderer.h"
#include "render/Style.h"
#include "ui/MapCanvas.h"
#include "ui/SplitView.h"
#include "ui/SwimlaneChart.h"
#include "ui/TimelinePanel.h"

#include <QAction>

namespace frontier {
namespace {

using test::WindowTest;

QAction* highContrastAction(QWidget* window)
{
    return window->findChild<HighContrast*>()->action();
}

TEST_F(WindowTest, HighContrastSwitchesTheMapsAndPanelsAndIsKept)
{
    const QPalette desktop = QApplication::palette();
    QAction* action = highContrastAction(window.get());
    ASSERT_FALSE(action->isChecked());
    const QImage before = window->canvas()->grab().toImage();
    const QImage swimlaneBefore = window->timelinePanel()->chart()->grab().toImage();
    QTest::keyClick(window->canvas(), Qt::Key_S); // split: the compare map follows too
    window->model().setCompareDate(Date::fromYmd(2014, 8, 15));

    action->trigger();
    EXPECT_EQ(window->canvas()->renderer().style(), Style::highContrast());
    EXPECT_EQ(window->splitView()->compareCanvas()->renderer().style(), Style::highContrast());
    EXPECT_EQ(QApplication::palette().color(QPalette::Text), QColor(Qt::black));
    EXPECT_EQ(QApplication::palette().color(QPalette::Base), QColor(Qt::white));
    EXPECT_NE(window->timelinePanel()->chart()->grab().toImage(), swimlaneBefore);
    // The map's text turns black: far more black pixels than before.
    const auto black = [](const QImage& image) {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += image.pixelColor(x, y) == QColor(Qt::black);
        return count;
    };
    EXPECT_GT(black(window->canvas()->grab().toImage()), black(before) + 500);

    // A new window starts with it on; turning it off brings the defaults back.
    window.reset();
    MapSettings initial;
    initial.crs = Crs::defaultDefinition();
    initial.date = Date::fromYmd(2019, 9, 30);
    MainWindow second(test::bundledTimeline(), initial);
    EXPECT_TRUE(highContrastAction(&second)->isChecked());
    EXPECT_EQ(second.canvas()->renderer().style(), Style::highContrast());
    highContrastAction(&second)->trigger();
    EXPECT_EQ(second.canvas()->renderer().style(), Style{});
    EXPECT_EQ(QApplication::palette(), desktop); // not Qt's standard one: the desktop's
    MainWindow third(test::bundledTimeline(), initial);
    EXPECT_FALSE(highContrastAction(&third)->isChecked());
}

} // namespace
} // namespace frontier

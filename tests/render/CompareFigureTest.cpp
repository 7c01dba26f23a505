#include "render/export/CompareFigure.h"
#include "RenderTest.h"

using namespace frontier;

namespace {

using CompareFigureTest = test::RenderTest;

// 15 August 2014 (al-Qaim closed, ISIS on both sides) against 30 September 2019 (reopened, Iraq
// and the Syrian government): each panel is exactly its date's map, and the two differ there.
TEST_F(CompareFigureTest, EachPanelShowsItsDateAndOneLegendServesBoth)
{
    const Date early = Date::fromYmd(2014, 8, 15), late = Date::fromYmd(2019, 9, 30);
    MapSettings s = settings(late, {1600, 900});
    const CompareFigure figure(s, early); // either order: the earlier goes left
    ASSERT_EQ(figure.panels()[0].date, early);
    ASSERT_EQ(figure.panels()[1].date, late);
    EXPECT_EQ(figure.panels()[1].compareDate, early); // the later panel marks the changes
    const QImage image = figure.render(renderer).convertToFormat(QImage::Format_ARGB32);
    ASSERT_EQ(image.size(), s.size);
    QImage panels[2];
    for (int i = 0; i < 2; ++i) {
        panels[i] = renderer.renderImage(figure.panels()[std::size_t(i)])
                        .convertToFormat(QImage::Format_ARGB32);
        EXPECT_EQ(image.copy(figure.panelRect(i)), panels[i]) << "panel " << i;
        EXPECT_FALSE(figure.panels()[std::size_t(i)].hasDecoration(Decoration::Legend));
    }
    const int qaim = renderer.timeline().dataset().featureIndex(QStringLiteral("qaim-albukamal"));
    const QPoint at = renderer.crossingPosition(figure.panels()[0], qaim).toPoint();
    const QRect symbol(at - QPoint(6, 6), QSize(13, 13));
    EXPECT_NE(panels[0].copy(symbol), panels[1].copy(symbol));
    // The legend column is drawn, and the panels are the same view.
    const QImage column = image.copy(figure.panelRect(2));
    int inked = 0;
    for (int y = 0; y < column.height(); ++y)
        for (int x = 0; x < column.width(); ++x)
            inked += column.pixel(x, y) != qRgb(255, 255, 255);
    EXPECT_GT(inked, 2000);
    EXPECT_EQ(figure.panels()[0].extent, figure.panels()[1].extent);
}

} // namespace

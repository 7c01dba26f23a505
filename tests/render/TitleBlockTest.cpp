#include "RenderTest.h"

using namespace frontier;

namespace {

using TitleBlockTest = test::RenderTest;

// Pixels of the title's box in the colour the map uses to warn.
int warningPixels(MapRenderer& renderer, const MapSettings& s)
{
    const QImage image = renderer.renderImage(s);
    const QRect box = renderer.decorationArea(s, Decoration::Title).toAlignedRect();
    int count = 0;
    for (int y = box.top(); y <= box.bottom(); ++y)
        for (int x = box.left(); x <= box.right(); ++x)
            count += image.pixelColor(x, y) == renderer.style().disputedMark;
    return count;
}

// Defect: outside the data's coverage the map showed the last known state as if it held.
TEST_F(TitleBlockTest, OutsideTheCoverageTheTitleSaysSo)
{
    EXPECT_EQ(warningPixels(renderer, settings(Date::fromYmd(2019, 9, 30))), 0);
    EXPECT_GT(warningPixels(renderer, settings(Date::fromYmd(2026, 5, 1))), 5);
    EXPECT_GT(warningPixels(renderer, settings(Date::fromYmd(2011, 6, 1))), 5);
}

// Defect: a map of the analyst's layers alone (`--basemap none`, a dataset with no events) was
// titled "Outside the data's coverage ( to )".
TEST_F(TitleBlockTest, ADatasetWithoutCoverageIsNotSaidToBeOutsideIt)
{
    MapRenderer empty(
        std::make_shared<const Timeline>(std::make_shared<const Dataset>(DatasetContent{})));
    EXPECT_EQ(warningPixels(empty, settings(Date::fromYmd(2019, 9, 30))), 0);
}

// Defect: on a narrow map (a split view's half) the title was cut at its box's edge ("30
// September 20"). The date alone shows where the whole title does not fit, and nothing is cut:
// the heading's ink stops short of the edge its text is clipped at.
TEST_F(TitleBlockTest, OnANarrowMapTheTitleIsNotCut)
{
    for (const QSize size : {QSize(1920, 1080), QSize(640, 480), QSize(480, 560)}) {
        SCOPED_TRACE(size.width());
        MapSettings s = settings(Date::fromYmd(2019, 9, 30), size);
        s.compareDate = Date::fromYmd(2014, 8, 15); // the longer subtitle
        s.layers = 0;
        s.decorations = static_cast<unsigned>(Decoration::Title);
        const QImage image = renderer.renderImage(s);
        const QRect box = renderer.decorationArea(s, Decoration::Title).toAlignedRect();
        const int clipEdge = box.right() - 12;
        for (int y = box.top() + 4; y < box.bottom() - 2; ++y) {
            int ink = -1;
            for (int x = box.left() + 4; x < box.right() - 4; ++x)
                if (image.pixelColor(x, y).lightness() < 160)
                    ink = x;
            EXPECT_LT(ink, clipEdge - 1) << "row " << y;
        }
    }
}

} // namespace

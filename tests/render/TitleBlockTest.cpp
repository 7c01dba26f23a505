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

} // namespace

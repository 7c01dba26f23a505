#include "RenderTest.h"

using namespace frontier;

namespace {

using AttributionTest = test::RenderTest;

// Defect: on a map 1000 px wide the credits were longer than their area and cut at its left
// edge ("tier Atlas · basemap…"). They wrap instead: at any width, nothing touches that edge.
TEST_F(AttributionTest, TheCreditsWrapInsteadOfBeingCut)
{
    for (const QSize size : {QSize(1920, 1080), QSize(1000, 600), QSize(640, 480)}) {
        SCOPED_TRACE(size.width());
        MapSettings s = settings(Date::fromYmd(2019, 9, 30), size);
        s.layers = 0;
        s.decorations = static_cast<unsigned>(Decoration::Attribution);
        const QImage image = renderer.renderImage(s);
        const QRect area = renderer.decorationArea(s, Decoration::Attribution).toAlignedRect();
        QRect painted;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixelColor(x, y) != renderer.style().sea)
                    painted |= QRect(x, y, 1, 1);
        ASSERT_FALSE(painted.isEmpty());
        EXPECT_TRUE(area.adjusted(-2, -2, 2, 2).contains(painted))
            << "painted " << painted.left() << ".." << painted.right() << ", area " << area.left()
            << ".." << area.right();
    }
    // One line where it fits, more where it does not.
    EXPECT_EQ(renderer.decorationArea(settings({}, {1920, 1080}), Decoration::Attribution).height(),
              14);
    EXPECT_GT(renderer.decorationArea(settings({}, {1000, 600}), Decoration::Attribution).height(),
              14);
}

// Defect: on a narrow map (a split view's half) the basemap's credit, longer than its area,
// was cut at the area's left edge ("emap: Natural Earth…"). Every credit shows whole: the ink
// is what it is on a wide map, only wrapped.
TEST_F(AttributionTest, OnANarrowMapNoCreditIsCut)
{
    const auto ink = [&](QSize size) {
        MapSettings s = settings(Date::fromYmd(2019, 9, 30), size);
        s.layers = 0;
        s.decorations = static_cast<unsigned>(Decoration::Attribution);
        const QImage image = renderer.renderImage(s);
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += image.pixelColor(x, y).lightness() < 120;
        return count;
    };
    const int whole = ink({1920, 1080});
    for (const QSize size : {QSize(480, 560), QSize(400, 500)}) {
        SCOPED_TRACE(size.width());
        EXPECT_NEAR(ink(size), whole, whole * 0.03);
    }
}

} // namespace

#include "geo/Viewport.h"

#include <gtest/gtest.h>

using namespace frontier;

namespace {

const MapRect kExtent{-300000.0, -200000.0, 500000.0, 400000.0}; // 800 km × 600 km

void expectNear(MapPoint a, MapPoint b, double tol = 1e-6)
{
    EXPECT_NEAR(a.x, b.x, tol);
    EXPECT_NEAR(a.y, b.y, tol);
}

void expectNear(QPointF a, QPointF b, double tol = 1e-9)
{
    EXPECT_NEAR(a.x(), b.x(), tol);
    EXPECT_NEAR(a.y(), b.y(), tol);
}

} // namespace

TEST(ViewportTest, DefaultIsInvalid)
{
    EXPECT_FALSE(Viewport().isValid());
    EXPECT_FALSE(Viewport(kExtent, QSizeF(0, 100)).isValid());
}

TEST(ViewportTest, ToScreenAndToMapAreInverse)
{
    const Viewport v(kExtent, QSizeF(1024, 768));
    ASSERT_TRUE(v.isValid());
    for (const MapPoint p : {MapPoint{0, 0}, MapPoint{-300000, 400000},
                             MapPoint{123456.7, -98765.4}, MapPoint{1e6, -1e6}})
        expectNear(v.toMap(v.toScreen(p)), p);
    for (const QPointF s : {QPointF(0, 0), QPointF(1024, 768), QPointF(13.5, 700.25)})
        expectNear(v.toScreen(v.toMap(s)), s);
}

TEST(ViewportTest, ScreenAxes)
{
    const Viewport v(kExtent, QSizeF(800, 600));
    // The extent's centre is the screen's centre; y grows downwards on screen.
    expectNear(v.toScreen(kExtent.center()), QPointF(400, 300));
    expectNear(v.toScreen({kExtent.xmin, kExtent.ymax}), QPointF(0, 0));
    expectNear(v.toScreen({kExtent.xmax, kExtent.ymin}), QPointF(800, 600));
    EXPECT_DOUBLE_EQ(v.unitsPerPixel(), 1000.0);
}

TEST(ViewportTest, FittingKeepsAspectAndContainsExtent)
{
    // A 4:3 extent on a wide 2:1 screen: height decides, width is widened and centred.
    const Viewport wide(kExtent, QSizeF(1200, 600));
    EXPECT_DOUBLE_EQ(wide.unitsPerPixel(), 1000.0);
    const MapRect e = wide.extent();
    EXPECT_NEAR(e.width() / e.height(), 2.0, 1e-12);
    EXPECT_NEAR(e.height(), kExtent.height(), 1e-6);
    EXPECT_NEAR(e.xmin, kExtent.xmin - 200000.0, 1e-6);
    EXPECT_NEAR(e.xmax, kExtent.xmax + 200000.0, 1e-6);
    expectNear(e.center(), kExtent.center());

    // On a tall screen, width decides.
    const Viewport tall(kExtent, QSizeF(400, 1000));
    EXPECT_DOUBLE_EQ(tall.unitsPerPixel(), 2000.0);
    const MapRect t = tall.extent();
    EXPECT_NEAR(t.width(), kExtent.width(), 1e-6);
    EXPECT_NEAR(t.height() / t.width(), 2.5, 1e-12);
    EXPECT_LE(t.ymin, kExtent.ymin);
    EXPECT_GE(t.ymax, kExtent.ymax);
}

TEST(ViewportTest, PannedFollowsTheDrag)
{
    const Viewport v(kExtent, QSizeF(800, 600));
    const MapPoint grabbed = v.toMap(QPointF(100, 100));
    const Viewport p = v.panned(50, -30);
    // The map point under the cursor moves with it.
    expectNear(p.toScreen(grabbed), QPointF(150, 70));
    EXPECT_EQ(p.unitsPerPixel(), v.unitsPerPixel());
    EXPECT_EQ(p.size(), v.size());
    expectNear(v.panned(0, 0).center(), v.center());
    expectNear(v.panned(50, -30).panned(-50, 30).center(), v.center());
}

TEST(ViewportTest, ZoomedKeepsTheAnchorFixed)
{
    const Viewport v(kExtent, QSizeF(800, 600));
    for (const QPointF anchor : {QPointF(400, 300), QPointF(0, 0), QPointF(731.5, 42.25)}) {
        const MapPoint under = v.toMap(anchor);
        const Viewport in = v.zoomed(2.0, anchor);
        EXPECT_DOUBLE_EQ(in.unitsPerPixel(), v.unitsPerPixel() / 2.0);
        expectNear(in.toMap(anchor), under);
        expectNear(in.toScreen(under), anchor, 1e-6);
        const Viewport out = v.zoomed(0.25, anchor);
        EXPECT_DOUBLE_EQ(out.unitsPerPixel(), v.unitsPerPixel() * 4.0);
        expectNear(out.toMap(anchor), under);
    }
    // Zooming in then out by the same factor around the same anchor restores the view.
    const Viewport back = v.zoomed(3.0, QPointF(10, 20)).zoomed(1.0 / 3.0, QPointF(10, 20));
    expectNear(back.center(), v.center(), 1e-6);
    EXPECT_NEAR(back.unitsPerPixel(), v.unitsPerPixel(), 1e-9);
}

TEST(ViewportTest, ZoomedByNonPositiveFactorIsUnchanged)
{
    const Viewport v(kExtent, QSizeF(800, 600));
    EXPECT_EQ(v.zoomed(0.0, QPointF(1, 1)), v);
    EXPECT_EQ(v.zoomed(-2.0, QPointF(1, 1)), v);
}

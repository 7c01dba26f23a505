#include "render/LabelEngine.h"

#include <gtest/gtest.h>

using frontier::LabelEngine;

TEST(LabelEngineTest, RefusesOverlapsAndReservedAreas)
{
    LabelEngine engine(QRectF(0, 0, 100, 100));
    engine.reserve(QRectF(0, 0, 20, 20));
    EXPECT_FALSE(engine.tryPlace(QRectF(10, 10, 20, 10))); // on the reserved area
    EXPECT_TRUE(engine.tryPlace(QRectF(30, 30, 20, 10)));
    EXPECT_FALSE(engine.tryPlace(QRectF(45, 35, 20, 10))); // overlaps the label just placed
    EXPECT_TRUE(engine.tryPlace(QRectF(30, 45, 20, 10)));
}

TEST(LabelEngineTest, RefusesLabelsLeavingTheMap)
{
    LabelEngine engine(QRectF(0, 0, 100, 100));
    EXPECT_FALSE(engine.tryPlace(QRectF(90, 50, 20, 10)));
    EXPECT_TRUE(engine.isFree(QRectF(70, 50, 20, 10)));
}

TEST(LabelEngineTest, KeepsLabelsOffAvoidedLinesButNotSymbols)
{
    LabelEngine engine(QRectF(0, 0, 100, 100));
    engine.avoidLine(QPolygonF({QPointF(50, 0), QPointF(50, 100)}), 6); // covers x 47..53
    EXPECT_FALSE(engine.tryPlace(QRectF(40, 40, 20, 10), QStringLiteral("across")));
    EXPECT_FALSE(engine.tryPlace(QRectF(30, 40, 18, 10), QStringLiteral("on the line's edge")));
    EXPECT_TRUE(engine.isFree(QRectF(45, 40, 10, 10))); // a symbol may sit on the line
    EXPECT_TRUE(engine.tryPlace(QRectF(20, 40, 20, 10), QStringLiteral("beside")));
    ASSERT_EQ(engine.placed().size(), 1u);
    EXPECT_EQ(engine.placed().front().text, QStringLiteral("beside"));
}

#include "io/FeaturePlacement.h"

#include <gtest/gtest.h>

#include <vector>

using namespace frontier;

namespace {

FrontierFeature crossingAt(GeoPoint p)
{
    FrontierFeature f;
    f.kind = FeatureKind::Crossing;
    f.point = p;
    return f;
}

double placedKm(const FrontierLine& line, GeoPoint p)
{
    std::vector<FrontierFeature> features{crossingAt(p)};
    LoadProblems problems;
    FeaturePlacement::place(features, line, QStringLiteral("sectors.json"), problems);
    EXPECT_TRUE(problems.empty());
    return features.front().fromKm;
}

} // namespace

// The kilometres kept for a dataset read again are the line's own: the same on a second
// placement, and never another line's, however alike.
TEST(FeaturePlacementTest, ACrossingsKilometreIsItsLinesOnEveryPlacement)
{
    const FrontierLine line({{38.8, 33.4}, {41.0, 34.4}, {42.3, 37.1}});
    const FrontierLine shifted({{38.8, 33.4}, {41.1, 34.4}, {42.3, 37.1}});
    const FrontierLine longer({{38.0, 33.0}, {38.8, 33.4}, {41.0, 34.4}, {42.3, 37.1}});
    const GeoPoint alQaim{40.97239, 34.40461};
    const double expected = line.kmAt(alQaim);
    ASSERT_GT(expected, 200);
    EXPECT_EQ(placedKm(line, alQaim), expected);
    EXPECT_EQ(placedKm(line, alQaim), expected);
    EXPECT_EQ(placedKm(shifted, alQaim), shifted.kmAt(alQaim));
    EXPECT_NE(shifted.kmAt(alQaim), expected);
    EXPECT_EQ(placedKm(longer, alQaim), longer.kmAt(alQaim));
    EXPECT_GT(longer.kmAt(alQaim), expected + 50);
    // More lines than are kept: the first is measured again, to the same kilometre.
    for (double lat = 33.0; lat < 33.4; lat += 0.1)
        placedKm(FrontierLine({{38.8, lat}, {41.0, 34.4}, {42.3, 37.1}}), alQaim);
    EXPECT_EQ(placedKm(line, alQaim), expected);
}

#include "geo/CrsCatalog.h"

#include <gtest/gtest.h>

using namespace frontier;

namespace {

TEST(CrsCatalogTest, ListsGeographicAndProjectedCrsWithTheirNames)
{
    const CrsCatalog::Entry* wgs84 = CrsCatalog::find(QStringLiteral("EPSG:4326"));
    ASSERT_NE(wgs84, nullptr);
    EXPECT_EQ(wgs84->name, QStringLiteral("WGS 84"));
    EXPECT_EQ(wgs84->kind, CrsCatalog::Kind::Geographic2D);
    const CrsCatalog::Entry* utm38 = CrsCatalog::find(QStringLiteral("epsg:32638"));
    ASSERT_NE(utm38, nullptr);
    EXPECT_EQ(utm38->name, QStringLiteral("WGS 84 / UTM zone 38N"));
    EXPECT_EQ(utm38->kind, CrsCatalog::Kind::Projected);
    EXPECT_EQ(utm38->id(), QStringLiteral("EPSG:32638"));
}

TEST(CrsCatalogTest, LeavesOutDeprecatedThreeDimensionalAndNonCrsCodes)
{
    EXPECT_EQ(CrsCatalog::find(QStringLiteral("EPSG:4979")), nullptr); // WGS 84 3D
    EXPECT_EQ(CrsCatalog::find(QStringLiteral("EPSG:3785")),
              nullptr); // Popular Visualisation CRS / Mercator, deprecated
    EXPECT_EQ(CrsCatalog::find(QStringLiteral("EPSG:7030")), nullptr); // an ellipsoid
    EXPECT_EQ(CrsCatalog::find(QStringLiteral("EPSG:4326x")), nullptr);
}

TEST(CrsCatalogTest, IsLoadedOnceAndSortedByCode)
{
    const auto& all = CrsCatalog::entries();
    EXPECT_GT(all.size(), 1000u);
    EXPECT_EQ(&all, &CrsCatalog::entries());
    for (std::size_t i = 1; i < all.size(); ++i)
        ASSERT_LE(all[i - 1].code.toLongLong(), all[i].code.toLongLong()) << i;
}

} // namespace

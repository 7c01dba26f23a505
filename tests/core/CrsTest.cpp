#include "geo/Crs.h"
#include "Printers.h"
#include "geo/CoordinateTransform.h"

#include <gtest/gtest.h>

using namespace frontier;

TEST(CrsTest, NormalizesEpsgCodes)
{
    EXPECT_EQ(Crs::normalize(QStringLiteral("EPSG:32638")), QStringLiteral("EPSG:32638"));
    EXPECT_EQ(Crs::normalize(QStringLiteral("epsg:4326")), QStringLiteral("EPSG:4326"));
    EXPECT_EQ(Crs::normalize(QStringLiteral("Epsg:3857")), QStringLiteral("EPSG:3857"));
    EXPECT_EQ(Crs::normalize(QStringLiteral("4326")), QStringLiteral("EPSG:4326"));
    EXPECT_EQ(Crs::normalize(QStringLiteral("  32637 \n")), QStringLiteral("EPSG:32637"));
}

TEST(CrsTest, DefaultNamesGiveTheDefinition)
{
    EXPECT_EQ(Crs::normalize(QString()), Crs::defaultDefinition());
    EXPECT_EQ(Crs::normalize(QStringLiteral("   ")), Crs::defaultDefinition());
    EXPECT_EQ(Crs::normalize(QStringLiteral("default")), Crs::defaultDefinition());
    EXPECT_EQ(Crs::normalize(QStringLiteral("DEFAULT")), Crs::defaultDefinition());
    EXPECT_EQ(Crs::normalize(Crs::defaultName()), Crs::defaultDefinition());
}

TEST(CrsTest, OtherTextIsPassedThroughTrimmed)
{
    EXPECT_EQ(Crs::normalize(QStringLiteral(" +proj=longlat +datum=WGS84 ")),
              QStringLiteral("+proj=longlat +datum=WGS84"));
    EXPECT_EQ(Crs::normalize(QStringLiteral("EPSG:1234567")),
              QStringLiteral("EPSG:1234567")); // 7 digits: not matched
    EXPECT_EQ(Crs::normalize(QStringLiteral("ESRI:102001")), QStringLiteral("ESRI:102001"));
}

TEST(CrsTest, DefaultDefinitionIsAProjectedLccCrs)
{
    const QString def = Crs::defaultDefinition();
    EXPECT_TRUE(def.contains(QLatin1String("+proj=lcc")));
    EXPECT_TRUE(def.contains(QLatin1String("+lat_1=33.5")));
    EXPECT_TRUE(def.contains(QLatin1String("+lat_2=36.5")));
    EXPECT_TRUE(def.contains(QLatin1String("+lon_0=40.5")));
    const CoordinateTransform t(def);
    EXPECT_FALSE(t.isGeographic());
    EXPECT_EQ(t.name(), Crs::defaultName());
}

TEST(CrsTest, NormalizedTextIsAcceptedByProj)
{
    for (const char* text : {"4326", "epsg:32638", "default", "3857"})
        EXPECT_NO_THROW(CoordinateTransform(Crs::normalize(QLatin1String(text)))) << text;
    EXPECT_THROW(CoordinateTransform(Crs::normalize(QStringLiteral("999999"))), ProjError);
}

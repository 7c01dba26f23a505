#include "io/VectorFileWriter.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>

namespace frontier {
namespace {

using Type = ExportField::Type;

// Two features of mixed geometry: a polygon with a start and an open end, and a point.
ExportLayer sample()
{
    return {QStringLiteral("areas"),
            std::nullopt,
            {{QStringLiteral("id")},
             {QStringLiteral("km"), Type::Real},
             {QStringLiteral("start"), Type::Date},
             {QStringLiteral("end"), Type::Date},
             {QStringLiteral("disputed"), Type::Boolean}},
            {{GeometryType::Polygon,
              {{{38.0, 33.0}, {39.0, 33.0}, {39.0, 34.0}}},
              {QStringLiteral("zone"), 12.5, QDate(2017, 5, 18), QVariant(), true}},
             {GeometryType::Point,
              {{{38.9, 33.3}}},
              {QStringLiteral("camp"), 0.0, QDate(2014, 1, 1), QDate(2025, 6, 6), false}}}};
}

GDALDatasetUniquePtr open(const QString& path)
{
    GDALAllRegister();
    return GDALDatasetUniquePtr(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

void expectSample(OGRLayer& layer)
{
    ASSERT_EQ(layer.GetFeatureCount(), 2);
    const OGRFeatureDefn& defn = *layer.GetLayerDefn();
    EXPECT_EQ(defn.GetFieldDefn(defn.GetFieldIndex("start"))->GetType(), OFTDate);
    EXPECT_EQ(defn.GetFieldDefn(defn.GetFieldIndex("end"))->GetType(), OFTDate);
    EXPECT_EQ(defn.GetFieldDefn(defn.GetFieldIndex("km"))->GetType(), OFTReal);
    layer.ResetReading();
    std::unique_ptr<OGRFeature> zone(layer.GetNextFeature());
    std::unique_ptr<OGRFeature> camp(layer.GetNextFeature());
    ASSERT_TRUE(zone && camp);
    EXPECT_STREQ(zone->GetFieldAsString("id"), "zone");
    EXPECT_STREQ(zone->GetFieldAsString("start"), "2017/05/18");
    EXPECT_TRUE(zone->IsFieldNull(zone->GetFieldIndex("end")));
    EXPECT_EQ(zone->GetFieldAsInteger("disputed"), 1);
    EXPECT_DOUBLE_EQ(zone->GetFieldAsDouble("km"), 12.5);
    EXPECT_EQ(wkbFlatten(zone->GetGeometryRef()->getGeometryType()), wkbPolygon);
    EXPECT_STREQ(camp->GetFieldAsString("end"), "2025/06/06");
    const auto* point = camp->GetGeometryRef()->toPoint();
    EXPECT_DOUBLE_EQ(point->getX(), 38.9); // lon, lat order
    EXPECT_DOUBLE_EQ(point->getY(), 33.3);
}

TEST(VectorFileWriterTest, GeoPackageReadsBackWithTypedFieldsAndNulls)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.gpkg"));
    ASSERT_EQ(VectorFileWriter::writeGeoPackage(path, {sample()}), QString());
    const auto ds = open(path);
    ASSERT_TRUE(ds);
    ASSERT_TRUE(ds->GetLayerByName("areas"));
    expectSample(*ds->GetLayerByName("areas"));
}

TEST(VectorFileWriterTest, GeoJsonReadsBackWithDateFields)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.geojson"));
    ASSERT_EQ(VectorFileWriter::writeGeoJson({{path, sample()}}), QString());
    const auto ds = open(path);
    ASSERT_TRUE(ds);
    expectSample(*ds->GetLayer(0));
}

TEST(VectorFileWriterTest, AFailedWriteNamesTheFileAndKeepsTheEarlierOne)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing/out.gpkg"));
    EXPECT_TRUE(VectorFileWriter::writeGeoPackage(missing, {sample()}).startsWith(missing));
    EXPECT_FALSE(QDir(dir.filePath(QStringLiteral("missing"))).exists());
    // A set of GeoJSON files is saved together or not at all: the second path is a folder.
    const QString first = dir.filePath(QStringLiteral("a.geojson"));
    QFile earlier(first);
    ASSERT_TRUE(earlier.open(QIODevice::WriteOnly));
    earlier.write("earlier");
    earlier.close();
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("b.geojson")));
    EXPECT_FALSE(VectorFileWriter::writeGeoJson(
                     {{first, sample()}, {dir.filePath(QStringLiteral("b.geojson")), sample()}})
                     .isEmpty());
    ASSERT_TRUE(earlier.open(QIODevice::ReadOnly));
    EXPECT_EQ(earlier.readAll(), QByteArray("earlier"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("a.geojson")});
}

} // namespace
} // namespace frontier

// `events --gpkg` and `events --geojson`, read back with GDAL as QGIS would read them.
#include "RunCli.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>

using frontier::test::runCli;

namespace {

GDALDatasetUniquePtr open(const QString& path)
{
    GDALAllRegister();
    return GDALDatasetUniquePtr(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

// "2014-08-03", or "" for a null field.
QString dateField(OGRFeature& f, const char* name)
{
    const int i = f.GetFieldIndex(name);
    if (i < 0 || !f.IsFieldSetAndNotNull(i))
        return {};
    int y = 0, m = 0, d = 0, h = 0, min = 0, tz = 0;
    float s = 0;
    f.GetFieldAsDateTime(i, &y, &m, &d, &h, &min, &s, &tz);
    return QStringLiteral("%1-%2-%3")
        .arg(y, 4, 10, QLatin1Char('0'))
        .arg(m, 2, 10, QLatin1Char('0'))
        .arg(d, 2, 10, QLatin1Char('0'));
}

// Start and end of one event of the layer, by id.
std::pair<QString, QString> span(OGRLayer& layer, const char* id)
{
    layer.ResetReading();
    for (auto& f : layer)
        if (QString::fromUtf8(f->GetFieldAsString("id")) == QLatin1String(id))
            return {dateField(*f, "start"), dateField(*f, "end")};
    return {QStringLiteral("missing"), QStringLiteral("missing")};
}

void expectDateField(OGRLayer& layer, const char* name)
{
    const int i = layer.GetLayerDefn()->GetFieldIndex(name);
    ASSERT_GE(i, 0) << layer.GetName() << "." << name;
    EXPECT_EQ(layer.GetLayerDefn()->GetFieldDefn(i)->GetType(), OFTDate)
        << layer.GetName() << "." << name;
}

// The three layers, their counts (all 194 bundled events), their date fields and known spans.
void expectTemporalLayers(OGRLayer* events, OGRLayer* sectors, OGRLayer* areas)
{
    ASSERT_TRUE(events && sectors && areas);
    EXPECT_EQ(events->GetFeatureCount(), 194);
    EXPECT_EQ(sectors->GetFeatureCount(), 13);
    EXPECT_EQ(areas->GetFeatureCount(), 2);
    for (OGRLayer* l : {events, areas}) {
        expectDateField(*l, "start");
        expectDateField(*l, "end");
    }
    EXPECT_EQ(wkbFlatten(sectors->GetGeomType()), wkbLineString);
    // Sinjar north, Iraqi side: ISIS on 3 August 2014 until the YPG came the next day; the YPG
    // until its stated end; the KRG from 19 December 2014 to the day before Iraq's return on 17
    // October 2017, which stays open.
    using P = std::pair<QString, QString>;
    EXPECT_EQ(span(*events, "sec-sinjar-north-iq-2014-08-03-isis"),
              P(QStringLiteral("2014-08-03"), QStringLiteral("2014-08-03")));
    EXPECT_EQ(span(*events, "sec-sinjar-north-iq-2014-08-04-ypg"),
              P(QStringLiteral("2014-08-04"), QStringLiteral("2014-10-20")));
    EXPECT_EQ(span(*events, "sec-sinjar-north-iq-2014-12-krg"),
              P(QStringLiteral("2014-12-19"), QStringLiteral("2017-10-16")));
    EXPECT_EQ(span(*events, "sec-sinjar-north-iq-2017-10-17-iraq"),
              P(QStringLiteral("2017-10-17"), QString()));
    // The Rukban camp: from 2014 (its first day) to 6 June 2025.
    EXPECT_EQ(span(*areas, "area-rukban-camp"),
              P(QStringLiteral("2014-01-01"), QStringLiteral("2025-06-06")));
}

TEST(EventLayersCommandTest, GeoPackageHasEventsSectorsAndAreasWithDates)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("atlas.gpkg"));
    const auto r = runCli({QStringLiteral("events"), QStringLiteral("--gpkg"), path});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("194 events, 13 sectors, 2 areas")))
        << r.err.toStdString();
    const auto ds = open(path);
    ASSERT_TRUE(ds);
    EXPECT_EQ(ds->GetLayerCount(), 3);
    expectTemporalLayers(ds->GetLayerByName("events"), ds->GetLayerByName("sectors"),
                         ds->GetLayerByName("areas"));
    // Overwritten atomically, and nothing else left in the folder.
    ASSERT_EQ(runCli({QStringLiteral("events"), QStringLiteral("--sector"),
                      QStringLiteral("sinjar-north"), QStringLiteral("--gpkg"), path})
                  .exitCode,
              0);
    EXPECT_EQ(open(path)->GetLayerByName("events")->GetFeatureCount(), 6);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("atlas.gpkg")});
}

TEST(EventLayersCommandTest, GeoJsonWritesOneFilePerLayer)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("atlas.geojson"));
    const auto r = runCli({QStringLiteral("events"), QStringLiteral("--geojson"), path});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto events = open(path);
    const auto sectors = open(dir.filePath(QStringLiteral("atlas.sectors.geojson")));
    const auto areas = open(dir.filePath(QStringLiteral("atlas.areas.geojson")));
    ASSERT_TRUE(events && sectors && areas);
    expectTemporalLayers(events->GetLayer(0), sectors->GetLayer(0), areas->GetLayer(0));
}

TEST(EventLayersCommandTest, AMissingFolderFailsNamingTheFileAndWritesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/atlas.gpkg"));
    const auto r = runCli({QStringLiteral("events"), QStringLiteral("--gpkg"), path});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(path)) << r.err.toStdString();
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
    EXPECT_EQ(
        runCli({QStringLiteral("events"), QStringLiteral("--gpkg"), path, QStringLiteral("--json")})
            .exitCode,
        2);
}

} // namespace

#include "io/DatasetReader.h"
#include "DatasetCopy.h"
#include "Printers.h"
#include "TestData.h"
#include "io/CacheEntries.h"
#include "io/LayerCache.h"

#include <QDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace frontier;

namespace {

DatasetReader::Result readOk(const QString& path)
{
    auto result = DatasetReader::read(path);
    for (const LoadProblem& p : result.problems)
        ADD_FAILURE() << p.toString().toStdString();
    return result;
}

const Event& eventById(const Dataset& d, const char* id)
{
    const int i = d.eventIndex(QLatin1String(id));
    EXPECT_GE(i, 0) << id;
    return d.events().at(static_cast<std::size_t>(i));
}

} // namespace

TEST(DatasetReaderTest, TheListedFilesAreAllADatasetNeeds)
{
    // A folder holding only the listed files reads.
    test::DatasetCopy whole;
    EXPECT_TRUE(readOk(whole.path()).ok());
}

TEST(DatasetReaderTest, EachListedFileIsReadAndNamedWhenMissing)
{
    for (const QString& name : DatasetReader::fileNames()) {
        test::DatasetCopy data;
        ASSERT_TRUE(QFile::remove(data.filePath(name))) << name.toStdString();
        const auto result = DatasetReader::read(data.path());
        EXPECT_FALSE(result.ok()) << name.toStdString();
        EXPECT_TRUE(std::any_of(result.problems.begin(), result.problems.end(),
                                [&](const LoadProblem& p) { return p.file == name; }))
            << name.toStdString() << " is not named";
    }
}

TEST(DatasetReaderTest, ReadsTheDatasetDescriptionAndActorColours)
{
    const auto result = readOk(QStringLiteral(FRONTIER_MAPS_DIR));
    ASSERT_TRUE(result.ok());
    const Dataset& d = *result.dataset;
    EXPECT_EQ(d.name(), QStringLiteral("Iraq–Syria frontier crossings"));
    EXPECT_EQ(d.coverage().from, *Date::parse(u"2012-01-01"));
    EXPECT_EQ(d.coverage().to, *Date::parse(u"2025-12-31"));
    EXPECT_EQ(d.actors()[static_cast<std::size_t>(d.actorIndex(QStringLiteral("iraq")))].color,
              QStringLiteral("#0072b2"));
    for (const Actor& a : d.actors())
        EXPECT_EQ(a.color.size(), 7) << a.id.toStdString();
}

TEST(DatasetReaderTest, ReadsTheBundledMaps)
{
    const auto result = readOk(QStringLiteral(FRONTIER_MAPS_DIR));
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.problems.empty());
    const Dataset& d = *result.dataset;
    EXPECT_EQ(d.layer(BaseLayer::Countries).features.size(), 14u);
    EXPECT_EQ(d.layer(BaseLayer::Governorates).features.size(), 62u);
    EXPECT_EQ(d.layer(BaseLayer::Rivers).features.size(), 3u);
    EXPECT_EQ(d.layer(BaseLayer::Frontier).features.size(), 1u);
    EXPECT_EQ(d.layer(BaseLayer::Places).features.size(), 18u); // with Khanasor
    EXPECT_EQ(d.crossings().size(), 5u);
    EXPECT_EQ(d.actors().size(), 11u);
    EXPECT_EQ(d.sectors().size(), 13u);
    EXPECT_EQ(d.areas().size(), 2u);
    // maps/EVENTS.md: 103 + 31 from the audit + 106 for the sectors and areas + 4 for the border
    // points of 2026-12-03
    EXPECT_EQ(d.sources().size(), 244u);
    // 84 + 11 from the audit + 88 for the sectors + 11 for the northern al-Walid and Khanasor
    EXPECT_EQ(d.events().size(), 194u);
    EXPECT_EQ(d.layer(BaseLayer::Frontier).features.front().vertexCount(), 498u);
    EXPECT_EQ(d.layer(BaseLayer::Frontier).features.front().type, GeometryType::Line);
    EXPECT_EQ(d.layer(BaseLayer::Countries).features.front().type, GeometryType::Polygon);
    EXPECT_EQ(d.layer(BaseLayer::Places).features.front().type, GeometryType::Point);
    EXPECT_EQ(d.layer(BaseLayer::Rivers).name, QStringLiteral("rivers"));
    EXPECT_EQ(d.layer(BaseLayer::Rivers).file, QStringLiteral("rivers.geojson"));
    EXPECT_EQ(d.origin(), QDir(QStringLiteral(FRONTIER_MAPS_DIR)).absolutePath());
}

TEST(DatasetReaderTest, BundledCrossingAttributes)
{
    const auto result = readOk(QStringLiteral(FRONTIER_MAPS_DIR));
    ASSERT_TRUE(result.ok());
    const Dataset& d = *result.dataset;
    const int qaim = d.featureIndex(QStringLiteral("qaim-albukamal"));
    ASSERT_EQ(qaim, 0);
    const FrontierFeature& c = d.crossings()[0];
    EXPECT_EQ(c.point, (GeoPoint{40.97239, 34.40461}));
    EXPECT_EQ(c.side(Side::IQ).name, QStringLiteral("al-Qaim"));
    EXPECT_EQ(c.side(Side::IQ).nameAr, QStringLiteral("القائم"));
    EXPECT_EQ(c.side(Side::SY).governorate, QStringLiteral("Deir ez-Zor"));
    EXPECT_EQ(c.displayName(), QStringLiteral("al-Qaim / Albu Kamal"));
    EXPECT_TRUE(c.official);
    // A GeoJSON array of strings, in order, Arabic intact.
    ASSERT_GE(c.aliases.size(), 4);
    EXPECT_EQ(c.aliases.first(), QStringLiteral("Al-Qa'im"));
    EXPECT_EQ(c.aliases.last(), QStringLiteral("أبو كمال"));
    EXPECT_TRUE(c.aliases.contains(QStringLiteral("Boukamal")));
    EXPECT_FALSE(d.crossings()[static_cast<std::size_t>(
                                   d.featureIndex(QStringLiteral("fayshkhabur-semalka")))]
                     .official);
    EXPECT_EQ(d.actors()[static_cast<std::size_t>(d.actorIndex(QStringLiteral("pmf")))].parentId,
              QStringLiteral("iraq"));
    EXPECT_EQ(d.unknownActor(), d.actorIndex(QStringLiteral("unknown")));
    EXPECT_GE(d.unknownActor(), 0);
}

TEST(DatasetReaderTest, ContentHashIsStableAndDistinguishesDatasets)
{
    const auto a = readOk(test::testData(QStringLiteral("timeline/ordering")));
    const auto b = readOk(test::testData(QStringLiteral("timeline/ordering")));
    const auto c = readOk(test::testData(QStringLiteral("timeline/disputes")));
    ASSERT_TRUE(a.ok() && b.ok() && c.ok());
    EXPECT_EQ(a.dataset->contentHash().size(), 64); // SHA-256, hex
    EXPECT_EQ(a.dataset->contentHash(), b.dataset->contentHash());
    EXPECT_NE(a.dataset->contentHash(), c.dataset->contentHash());
}

TEST(DatasetReaderTest, ReadsSmallDatasetFields)
{
    const auto result = readOk(test::testData(QStringLiteral("timeline/ordering")));
    ASSERT_TRUE(result.ok());
    const Dataset& d = *result.dataset;

    // Crossings keep file order; absent attributes are empty; "official": false is read.
    ASSERT_EQ(d.crossings().size(), 3u);
    EXPECT_EQ(d.crossings()[0].id, QStringLiteral("alpha"));
    EXPECT_EQ(d.crossings()[2].id, QStringLiteral("gamma"));
    EXPECT_FALSE(d.crossings()[2].official);
    EXPECT_TRUE(d.crossings()[0].official);
    EXPECT_TRUE(d.crossings()[2].side(Side::IQ).governorate.isEmpty());
    EXPECT_EQ(d.crossings()[1].point, (GeoPoint{41.0, 35.5}));

    // Actors: "short" falls back to the name.
    const Actor& unknown = d.actors()[static_cast<std::size_t>(d.unknownActor())];
    EXPECT_EQ(unknown.shortName, unknown.name);
    EXPECT_EQ(d.actors()[static_cast<std::size_t>(d.actorIndex(QStringLiteral("pmf")))].shortName,
              QStringLiteral("PMF"));

    // Sources: published in its own precision.
    const Source& b = d.sources()[static_cast<std::size_t>(d.sourceIndex(QStringLiteral("src-b")))];
    EXPECT_EQ(b.published.precision(), Date::Precision::Year);
    EXPECT_EQ(b.outlet, QStringLiteral("Test Wire B"));

    // Events.
    const Event& span = eventById(d, "b-iq-2013-01-01-iraq");
    EXPECT_EQ(span.kind, EventKind::Control);
    EXPECT_EQ(span.side, Side::IQ);
    EXPECT_EQ(span.feature, d.featureIndex(QStringLiteral("beta")));
    ASSERT_TRUE(span.end);
    EXPECT_EQ(span.end->toString(), QStringLiteral("2013-06"));
    EXPECT_EQ(span.confidence, Confidence::Medium); // the default

    const Event& withPmf = eventById(d, "a-iq-2017-11-03-iraq-pmf");
    EXPECT_EQ(withPmf.with, std::vector<int>{d.actorIndex(QStringLiteral("pmf"))});
    EXPECT_EQ(withPmf.sources.size(), 2u);
    EXPECT_EQ(withPmf.confidence, Confidence::High);

    EXPECT_EQ(eventById(d, "a-sy-2014-06-25-second").order, 2);
    EXPECT_EQ(eventById(d, "a-sy-2013-03-syria-gov").date.toString(), QStringLiteral("2013-03"));

    const Event& restricted = eventById(d, "b-2016-04-01-restricted");
    EXPECT_EQ(restricted.status, CrossingStatus::Restricted);
    EXPECT_EQ(restricted.restriction, QStringLiteral("aid only"));
    EXPECT_FALSE(restricted.side);

    const Event& strike = eventById(d, "a-2019-08-25-strike");
    EXPECT_EQ(strike.kind, EventKind::Incident);
    ASSERT_TRUE(strike.casualties);
    EXPECT_EQ(*strike.casualties, 6.0);
    EXPECT_FALSE(strike.point);

    const Event& convoy = eventById(d, "x-2019-09-01-convoy");
    EXPECT_EQ(convoy.feature, -1);
    ASSERT_TRUE(convoy.point);
    EXPECT_EQ(*convoy.point, (GeoPoint{42.44, 33.8}));
}

TEST(DatasetReaderTest, ReadsClaims)
{
    const auto result = readOk(test::testData(QStringLiteral("timeline/disputes")));
    ASSERT_TRUE(result.ok());
    const Dataset& d = *result.dataset;
    const Event& e = eventById(d, "d-iq-2017-11-03-iraq");
    ASSERT_EQ(e.claims.size(), 1u);
    EXPECT_EQ(e.claims[0].field, QStringLiteral("casualties"));
    EXPECT_EQ(e.claims[0].value, QStringLiteral("2")); // a JSON number, as text
    EXPECT_EQ(e.claims[0].sources, std::vector<int>{d.sourceIndex(QStringLiteral("src-b"))});
    EXPECT_FALSE(e.claims[0].note.isEmpty());
    const Event& dated = eventById(d, "d-sy-2014-06-25-isis");
    ASSERT_EQ(dated.claims.size(), 1u);
    EXPECT_EQ(dated.claims[0].field, QStringLiteral("date"));
    EXPECT_EQ(dated.claims[0].value, QStringLiteral("2014"));
    EXPECT_TRUE(dated.isDisputed());
}

TEST(DatasetReaderTest, ReadsEmptyEventCollection)
{
    const auto result = readOk(test::testData(QStringLiteral("timeline/no-events")));
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.dataset->events().empty());
    EXPECT_EQ(result.dataset->crossings().size(), 3u);
}

TEST(DatasetReaderTest, ALayerReadBeforeIsTheSameFromTheLayerCache)
{
    QTemporaryDir cache;
    CacheEntries::setDirectory(cache.path());
    test::DatasetCopy data;
    const auto first = readOk(data.path());
    // The basemap's five layers and the crossings, each kept once GDAL has read it whole.
    EXPECT_EQ(QDir(cache.path()).entryList(QDir::Files).size(), kBaseLayerCount + 1);
    const auto second = readOk(data.path());
    CacheEntries::setDirectory({});
    ASSERT_TRUE(first.ok() && second.ok());
    for (int i = 0; i < kBaseLayerCount; ++i)
        EXPECT_EQ(second.dataset->layer(BaseLayer(i)), first.dataset->layer(BaseLayer(i))) << i;
    EXPECT_EQ(second.dataset->crossings().size(), first.dataset->crossings().size());
    EXPECT_EQ(second.dataset->crossings().front().point, first.dataset->crossings().front().point);
    EXPECT_EQ(second.dataset->contentHash(), first.dataset->contentHash());
}

TEST(DatasetReaderTest, ABadLayerIsReportedEveryTimeAndNeverKept)
{
    QTemporaryDir cache;
    CacheEntries::setDirectory(cache.path());
    test::DatasetCopy data;
    QFile rivers(data.filePath(QStringLiteral("rivers.geojson")));
    ASSERT_TRUE(rivers.open(QIODevice::WriteOnly | QIODevice::Truncate));
    rivers.write(R"({"type": "FeatureCollection", "features": [{"type": "Feature",
        "properties": {"id": "nile"}, "geometry": {"type": "LineString",
        "coordinates": [[31.2, 30.0], [31.3, 30.1]]}}]})");
    rivers.close();
    const auto first = DatasetReader::read(data.path());
    const auto second = DatasetReader::read(data.path());
    const QStringList kept = QDir(cache.path()).entryList(QDir::Files);
    CacheEntries::setDirectory({});
    ASSERT_FALSE(first.ok());
    EXPECT_EQ(second.problems, first.problems);
    ASSERT_FALSE(first.problems.empty());
    EXPECT_EQ(first.problems.front().file, QStringLiteral("rivers.geojson"));
    EXPECT_EQ(first.problems.front().feature, QStringLiteral("nile"));
    EXPECT_EQ(kept.size(), kBaseLayerCount); // all but the rivers
}

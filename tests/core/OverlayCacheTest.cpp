#include "io/OverlayCache.h"
#include "AcledGenerator.h"
#include "WriteFile.h"
#include "io/CacheEntries.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace frontier {
namespace {

// Dated polygons with a hole, a line and a point, with text and numbers.
constexpr char kPlaces[] = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"Albu Kamal","date":"2017-11","kind":"town"},
 "geometry":{"type":"Polygon","coordinates":[[[40.8,34.4],[41.0,34.4],[41.0,34.5],[40.8,34.4]],
  [[40.85,34.42],[40.9,34.42],[40.9,34.44],[40.85,34.42]]]}},
{"type":"Feature","properties":{"name":"road","date":"2014-06-10","kind":"road"},
 "geometry":{"type":"LineString","coordinates":[[38.8,33.4],[40.99,34.40]]}},
{"type":"Feature","properties":{"name":"الوليد","date":"2019-09-30","kind":"crossing"},
 "geometry":{"type":"Point","coordinates":[38.79,33.40]}}]})";

// Each test has a cache folder of its own, and none afterwards.
class OverlayCacheTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        CacheEntries::setDirectory(m_dir.filePath(QStringLiteral("cache")));
    }
    void TearDown() override
    {
        CacheEntries::finishWrites();
        CacheEntries::setDirectory({});
    }
    QString write(const QString& name, const QByteArray& bytes)
    {
        return test::writeFile(m_dir.filePath(name), bytes);
    }
    std::shared_ptr<const Overlay> read(const QString& spec)
    {
        m_problems.clear();
        auto overlay = OverlayCache::read(spec, m_problems, {});
        CacheEntries::finishWrites();
        return overlay;
    }
    qsizetype entries() const
    {
        return QDir(CacheEntries::directory()).entryList(QDir::Files).size();
    }
    QTemporaryDir m_dir;
    LoadProblems m_problems;
};

void expectSame(const Overlay& a, const Overlay& b)
{
    EXPECT_EQ(a.path, b.path);
    EXPECT_EQ(a.layerName, b.layerName);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.assumedWgs84, b.assumedWgs84);
    EXPECT_EQ(a.dateField, b.dateField);
    EXPECT_EQ(a.acled, b.acled);
    EXPECT_EQ(a.longestSpan, b.longestSpan);
    ASSERT_EQ(a.features.size(), b.features.size());
    for (std::size_t i = 0; i < a.features.size(); ++i) {
        const OverlayFeature &f = a.features[i], &g = b.features[i];
        EXPECT_EQ(f.fid, g.fid);
        EXPECT_EQ(f.firstPart, g.firstPart);
        EXPECT_EQ(f.partCount, g.partCount);
        EXPECT_EQ(f.firstDay, g.firstDay);
        EXPECT_EQ(f.lastDay, g.lastDay);
        EXPECT_EQ(f.type, g.type);
        EXPECT_EQ(f.precision, g.precision);
    }
    EXPECT_EQ(a.partStarts, b.partStarts);
    ASSERT_EQ(a.vertices.size(), b.vertices.size());
    for (std::size_t i = 0; i < a.vertices.size(); ++i) {
        EXPECT_EQ(a.vertices[i].lon, b.vertices[i].lon);
        EXPECT_EQ(a.vertices[i].lat, b.vertices[i].lat);
    }
    EXPECT_EQ(a.rowOffsets, b.rowOffsets);
    ASSERT_EQ(a.columns.size(), b.columns.size());
    for (std::size_t c = 0; c < a.columns.size(); ++c) {
        EXPECT_EQ(a.columns[c].name, b.columns[c].name);
        EXPECT_EQ(a.columns[c].values, b.columns[c].values);
        EXPECT_EQ(a.columns[c].index, b.columns[c].index);
        EXPECT_EQ(a.columns[c].kept, b.columns[c].kept);
    }
}

} // namespace

TEST_F(OverlayCacheTest, ALayerReadAgainIsWhatGdalRead)
{
    const QString geojson = write(QStringLiteral("places.geojson"), kPlaces);
    const QString csv = m_dir.filePath(QStringLiteral("acled.csv"));
    ASSERT_TRUE(test::writeAcledCsv(csv, 300));
    for (const QString& spec : {geojson, csv}) {
        const auto fromGdal = read(spec);
        ASSERT_TRUE(fromGdal) << m_problems.size();
        ASSERT_EQ(entries(), spec == geojson ? 1 : 2);
        const auto kept = OverlayCache::find(OverlayCache::key(spec, {}), spec);
        ASSERT_TRUE(kept);
        expectSame(*kept, *fromGdal);
        const auto again = read(spec);
        ASSERT_TRUE(again);
        expectSame(*again, *fromGdal);
    }
    // What the comparison covers: a dated layer with parts and kept columns, and ACLED's rows.
    const auto places = read(geojson);
    EXPECT_EQ(places->dateField, QStringLiteral("date"));
    EXPECT_EQ(places->partStarts.size(), 5u);
    EXPECT_EQ(places->value(2, places->column(QStringLiteral("name"))), QStringLiteral("الوليد"));
    const auto acled = read(csv);
    EXPECT_TRUE(acled->acled);
    EXPECT_EQ(acled->rowOffsets.size(), 300u);
}

TEST_F(OverlayCacheTest, TheKeyIsTheFilesBytesAndWhatIsReadOfThem)
{
    const QString path = write(QStringLiteral("roads.csv"), "x,y,date\n40,34,2019-01-01\n");
    const auto key = [&path](const QString& layer = {}, OverlayReader::Options o = {}) {
        return OverlayCache::key(layer.isEmpty() ? path : path + u':' + layer, o);
    };
    const QByteArray first = key();
    ASSERT_EQ(first.size(), 64);
    EXPECT_EQ(key(), first);
    EXPECT_NE(key(QStringLiteral("roads")), first);
    OverlayReader::Options dated;
    dated.dateField = QStringLiteral("date");
    EXPECT_NE(key({}, dated), first);
    OverlayReader::Options within;
    within.within = std::array<double, 4>{38, 32, 43, 38};
    EXPECT_NE(key({}, within), first);

    // A file beside it with its name (a .csvt gives the columns' types) changes what is read.
    write(QStringLiteral("roads.csvt"), "Real,Real,Date\n");
    const QByteArray typed = key();
    EXPECT_NE(typed, first);
    write(QStringLiteral("roads.csv-shm"), "changes with every reader");
    write(QStringLiteral("other.csv"), "x,y\n1,2\n");
    EXPECT_EQ(key(), typed);
    write(QStringLiteral("roads.csv"), "x,y,date\n40,34,2019-01-02\n");
    EXPECT_NE(key(), typed);

    // A file not changed for a while is hashed once a process; changed, it is hashed again.
    {
        QFile settled(path);
        ASSERT_TRUE(settled.open(QIODevice::ReadWrite));
        ASSERT_TRUE(settled.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                                        QFileDevice::FileModificationTime));
    }
    const QByteArray beforeChange = key();
    EXPECT_EQ(key(), beforeChange);
    write(QStringLiteral("roads.csv"), "x,y,date\n40,34,2019-01-03\n");
    EXPECT_NE(key(), beforeChange);

    // Moved, it is another entry (its name and path are part of the layer).
    ASSERT_TRUE(QDir(m_dir.path()).mkdir(QStringLiteral("moved")));
    ASSERT_TRUE(QFile::copy(path, m_dir.filePath(QStringLiteral("moved/roads.csv"))));
    EXPECT_NE(OverlayCache::key(m_dir.filePath(QStringLiteral("moved/roads.csv")), {}), key());

    // Not kept: what is not a local file, and a file too large to be worth hashing.
    EXPECT_TRUE(OverlayCache::key(m_dir.path(), {}).isEmpty());
    EXPECT_TRUE(OverlayCache::key(m_dir.filePath(QStringLiteral("missing.csv")), {}).isEmpty());
    EXPECT_TRUE(
        OverlayCache::key(QStringLiteral("/vsicurl/https://example.org/a.csv"), {}).isEmpty());
    EXPECT_TRUE(OverlayCache::key(QStringLiteral("postgresql:///atlas?table=acled"), {}).isEmpty());
    QFile big(m_dir.filePath(QStringLiteral("big.geojson")));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    ASSERT_TRUE(big.resize(OverlayCache::kMaxFileBytes + 1)); // sparse: nothing is written
    big.close();
    EXPECT_TRUE(OverlayCache::key(big.fileName(), {}).isEmpty());
}

TEST_F(OverlayCacheTest, ALayerWithProblemsOrARasterIsReadFromItsFileEveryTime)
{
    const QString bad = write(QStringLiteral("bad.csv"),
                              "longitude,latitude,date\n40,34,2019-01-01\n41,35,someday\n");
    for (int i = 0; i < 2; ++i) {
        ASSERT_TRUE(read(bad));
        ASSERT_EQ(m_problems.size(), 1u) << "read " << i;
        EXPECT_TRUE(m_problems.front().toString().contains(QStringLiteral("someday")));
    }
    const QString raster = write(QStringLiteral("dem.asc"), "ncols 2\nnrows 2\nxllcorner 40\n"
                                                            "yllcorner 33\ncellsize 1\n"
                                                            "1 2\n3 4\n");
    const auto dem = read(raster);
    ASSERT_TRUE(dem) << (m_problems.empty() ? "" : m_problems.front().toString().toStdString());
    EXPECT_TRUE(dem->raster);
    EXPECT_EQ(entries(), 0);
    // A raster by its suffix is not even hashed: it would never be kept.
    EXPECT_TRUE(OverlayCache::key(raster, {}).isEmpty());
    EXPECT_TRUE(OverlayCache::key(write(QStringLiteral("dem.TIF"), "II*\0"), {}).isEmpty());
}

// The entry's bytes are checked against their hash, but the overlay read from them is checked
// too: an entry cut anywhere is refused, never read past its end.
TEST_F(OverlayCacheTest, AnEntryCutAnywhereIsRefused)
{
    const QString path = write(QStringLiteral("places.geojson"), kPlaces);
    ASSERT_TRUE(read(path));
    const QByteArray key = OverlayCache::key(path, {});
    const auto payload = CacheEntries::read(key, OverlayCache::kFormat);
    ASSERT_TRUE(payload);
    for (qsizetype size = 0; size < payload->size(); ++size) {
        CacheEntries::write(key, OverlayCache::kFormat, payload->first(size));
        EXPECT_FALSE(OverlayCache::find(key, path)) << size;
    }
    CacheEntries::write(key, OverlayCache::kFormat, *payload + "x");
    EXPECT_FALSE(OverlayCache::find(key, path)) << "longer";
    CacheEntries::write(key, OverlayCache::kFormat, *payload);
    EXPECT_TRUE(OverlayCache::find(key, path)) << "whole again";
}

} // namespace frontier

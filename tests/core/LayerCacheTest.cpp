#include "io/LayerCache.h"
#include "io/CacheEntries.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontier;

namespace {

VectorLayer sample()
{
    VectorLayer layer;
    Feature river{QStringLiteral("euphrates"),
                  GeometryType::Line,
                  {{{40.1, 34.5}, {41.0, 34.4}}},
                  {{QStringLiteral("name"), QStringLiteral("نهر الفرات")}}};
    Feature land{
        QStringLiteral("#3"),
        GeometryType::Polygon,
        {{{40, 33}, {42, 33}, {42, 35}, {40, 33}}, {{40.5, 33.5}, {41, 33.5}, {40.5, 33.5}}},
        {{QStringLiteral("iso"), QStringLiteral("SY")}, {QStringLiteral("empty"), {}}}};
    Feature town{QStringLiteral("qaim"), GeometryType::Point, {{{41.08, 34.37}}}, {}};
    layer.features = {river, land, town};
    return layer;
}

// A cache folder of its own for each test; none again afterwards.
class LayerCacheTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        CacheEntries::setDirectory(m_dir.filePath(QStringLiteral("layers")));
    }
    void TearDown() override { CacheEntries::setDirectory({}); }

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }
    QStringList entries() const
    {
        return QDir(CacheEntries::directory()).entryList(QDir::Files | QDir::NoDotAndDotDot);
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(LayerCacheTest, GivesBackWhatItKept)
{
    const QByteArray key = LayerCache::key(write(QStringLiteral("a.geojson"), "{}"),
                                           QStringLiteral("rivers"), GeometryType::Line);
    ASSERT_FALSE(key.isEmpty());
    EXPECT_FALSE(LayerCache::find(key));
    LayerCache::store(key, sample());
    const auto kept = LayerCache::find(key);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->features, sample().features);
    EXPECT_EQ(entries().size(), 1);
}

TEST_F(LayerCacheTest, TheKeyIsTheBytesAndWhatTheyWereReadAs)
{
    const QString a = write(QStringLiteral("a.geojson"), "{\"type\": 1}");
    const QString b = write(QStringLiteral("b.geojson"), "{\"type\": 2}");
    const QString c = write(QStringLiteral("c.geojson"), "{\"type\": 1}");
    const auto key = [](const QString& path, const char* name, GeometryType type) {
        return LayerCache::key(path, QLatin1String(name), type);
    };
    EXPECT_EQ(key(a, "rivers", GeometryType::Line), key(c, "rivers", GeometryType::Line));
    EXPECT_NE(key(a, "rivers", GeometryType::Line), key(b, "rivers", GeometryType::Line));
    EXPECT_NE(key(a, "rivers", GeometryType::Line), key(a, "frontier", GeometryType::Line));
    EXPECT_NE(key(a, "rivers", GeometryType::Line), key(a, "rivers", GeometryType::Polygon));
    EXPECT_TRUE(
        key(m_dir.filePath(QStringLiteral("missing")), "rivers", GeometryType::Line).isEmpty());
}

TEST_F(LayerCacheTest, ADamagedOrForeignEntryIsNeverUsed)
{
    const QByteArray key = LayerCache::key(write(QStringLiteral("a.geojson"), "{}"),
                                           QStringLiteral("rivers"), GeometryType::Line);
    LayerCache::store(key, sample());
    const QString entry = QDir(CacheEntries::directory()).filePath(entries().front());
    QFile file(entry);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    file.close();
    const auto replace = [&](const QByteArray& bytes) {
        QFile f(entry);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    };

    QByteArray flipped = whole;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x10);
    replace(flipped);
    EXPECT_FALSE(LayerCache::find(key)) << "one bit changed";
    replace(whole.first(whole.size() - 9));
    EXPECT_FALSE(LayerCache::find(key)) << "cut short";
    replace({});
    EXPECT_FALSE(LayerCache::find(key)) << "empty";
    replace(QByteArray(200, 'x'));
    EXPECT_FALSE(LayerCache::find(key)) << "not an entry";
    replace(whole);
    EXPECT_TRUE(LayerCache::find(key)) << "whole again";
}

TEST_F(LayerCacheTest, NothingIsKeptWithoutAFolder)
{
    const QString path = write(QStringLiteral("a.geojson"), "{}");
    CacheEntries::setDirectory({});
    const QByteArray key = LayerCache::key(path, QStringLiteral("rivers"), GeometryType::Line);
    LayerCache::store(key, sample());
    EXPECT_FALSE(LayerCache::find(key));
    EXPECT_FALSE(QDir(m_dir.filePath(QStringLiteral("layers"))).exists());
}

TEST_F(LayerCacheTest, AFolderThatCannotBeWrittenOnlyMeansNothingIsKept)
{
    const QString path = write(QStringLiteral("a.geojson"), "{}");
    CacheEntries::setDirectory(path + QStringLiteral("/layers")); // under a file
    const QByteArray key = LayerCache::key(path, QStringLiteral("rivers"), GeometryType::Line);
    LayerCache::store(key, sample());
    EXPECT_FALSE(LayerCache::find(key));
}

TEST_F(LayerCacheTest, OnlyTheNewestEntriesAreKept)
{
    for (int i = 0; i < CacheEntries::kMaxEntries + 3; ++i) {
        const QString path = write(QStringLiteral("%1.geojson").arg(i), QByteArray::number(i));
        LayerCache::store(LayerCache::key(path, QStringLiteral("places"), GeometryType::Point),
                          sample());
    }
    EXPECT_EQ(entries().size(), CacheEntries::kMaxEntries);
}

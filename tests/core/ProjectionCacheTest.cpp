#include "io/ProjectionCache.h"
#include "io/CacheEntries.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace frontier {
namespace {

// `lines` lines of `each` vertices across the frontier, and a point.
Overlay lines(int lines, int each)
{
    Overlay o;
    o.partStarts.push_back(0);
    for (int l = 0; l < lines; ++l) {
        for (int i = 0; i < each; ++i)
            o.vertices.push_back({38.0 + 4.0 * i / each, 33.0 + 0.5 * l});
        o.partStarts.push_back(static_cast<std::uint32_t>(o.vertices.size()));
        o.features.push_back({l, static_cast<std::uint32_t>(l), 1, 0, 0, GeometryType::Line,
                              OverlayDatePrecision::None});
    }
    o.vertices.push_back({41.0, 34.4});
    o.partStarts.push_back(static_cast<std::uint32_t>(o.vertices.size()));
    o.features.push_back({lines, static_cast<std::uint32_t>(lines), 1, 0, 0, GeometryType::Point,
                          OverlayDatePrecision::None});
    return o;
}

class ProjectionCacheTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        CacheEntries::setDirectory(m_dir.path());
    }
    void TearDown() override
    {
        CacheEntries::finishWrites();
        CacheEntries::setDirectory({});
    }
    qsizetype entries() const
    {
        CacheEntries::finishWrites();
        return QDir(m_dir.path()).entryList(QDir::Files).size();
    }
    QTemporaryDir m_dir;
    const QString m_crs = QStringLiteral("EPSG:32637");
    const double m_tolerance = 0.01;
};

void expectSame(const ProjectedOverlay& a, const ProjectedOverlay& b, std::size_t features)
{
    const auto& pa = a.forScale(0);
    const auto& pb = b.forScale(0);
    EXPECT_EQ(pa.starts, pb.starts);
    ASSERT_EQ(pa.vertices.size(), pb.vertices.size());
    for (std::size_t i = 0; i < pa.vertices.size(); ++i) {
        EXPECT_EQ(pa.vertices[i].x, pb.vertices[i].x);
        EXPECT_EQ(pa.vertices[i].y, pb.vertices[i].y);
    }
    for (std::size_t f = 0; f < features; ++f) {
        EXPECT_EQ(a.bounds(f).xmin, b.bounds(f).xmin);
        EXPECT_EQ(a.bounds(f).ymax, b.bounds(f).ymax);
    }
    EXPECT_EQ(a.extent().xmin, b.extent().xmin);
    EXPECT_EQ(a.extent().ymax, b.extent().ymax);
    std::vector<std::uint32_t> fa, fb;
    const MapRect some{a.extent().xmin, a.extent().ymin, a.extent().xmin + a.extent().width() / 2,
                       a.extent().ymin + a.extent().height() / 3};
    a.query(some, fa);
    b.query(some, fb);
    EXPECT_FALSE(fa.empty());
    EXPECT_EQ(fa, fb);
}

} // namespace

TEST_F(ProjectionCacheTest, ALargeOverlayProjectedAgainIsReadBackTheSame)
{
    const Overlay big = lines(4, 20'000);
    const auto first = ProjectionCache::project(big, "the overlay's key", m_crs, m_tolerance);
    EXPECT_EQ(entries(), 1);
    const CoordinateTransform utm(m_crs);
    expectSame(*first, ProjectedOverlay(big, utm, m_tolerance), big.features.size());
    const auto kept =
        ProjectionCache::find(ProjectionCache::key("the overlay's key", m_crs, m_tolerance), big);
    ASSERT_TRUE(kept);
    expectSame(*kept, *first, big.features.size());
    // Another CRS or scale is another projection.
    EXPECT_NE(ProjectionCache::key("k", m_crs, m_tolerance),
              ProjectionCache::key("k", QStringLiteral("EPSG:8857"), m_tolerance));
    EXPECT_NE(ProjectionCache::key("k", m_crs, m_tolerance),
              ProjectionCache::key("k", m_crs, m_tolerance * 2));
}

TEST_F(ProjectionCacheTest, ASmallOverlayOrOneWithoutAKeyIsProjectedEveryTime)
{
    const Overlay small = lines(2, 100);
    ASSERT_TRUE(ProjectionCache::project(small, "key", m_crs, m_tolerance));
    ASSERT_TRUE(ProjectionCache::project(lines(4, 20'000), {}, m_crs, m_tolerance));
    EXPECT_EQ(entries(), 0);
}

// The entry's bytes are checked against their hash, but what is read from them is checked too:
// cut anywhere, or kept for another overlay, an entry is refused.
TEST_F(ProjectionCacheTest, AnEntryCutOrForAnotherOverlayIsRefused)
{
    const Overlay big = lines(4, 20'000);
    ASSERT_TRUE(ProjectionCache::project(big, "k", m_crs, m_tolerance));
    CacheEntries::finishWrites();
    const QByteArray key = ProjectionCache::key("k", m_crs, m_tolerance);
    const auto payload = CacheEntries::read(key, ProjectionCache::kFormat);
    ASSERT_TRUE(payload);
    EXPECT_FALSE(ProjectionCache::find(key, lines(5, 16'000))) << "another overlay's";
    const qsizetype step = std::max<qsizetype>(1, payload->size() / 300);
    for (qsizetype size = 0; size < payload->size(); size += step) {
        CacheEntries::write(key, ProjectionCache::kFormat, payload->first(size));
        EXPECT_FALSE(ProjectionCache::find(key, big)) << size;
    }
    CacheEntries::write(key, ProjectionCache::kFormat, *payload);
    EXPECT_TRUE(ProjectionCache::find(key, big)) << "whole again";
}

} // namespace frontier

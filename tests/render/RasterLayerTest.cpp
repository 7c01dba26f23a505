#include "RasterFiles.h"
#include "RenderTest.h"
#include "io/OverlayReader.h"

#include <QTemporaryDir>

namespace frontier {
namespace {

const QColor kBackground(0xd4, 0xe6, 0xf1);

// A red raster over 40–42 E, 34–36 N and a blue point at its middle, on nothing else.
class RasterLayerTest : public test::RenderTest {
protected:
    void SetUp() override
    {
        test::RenderTest::SetUp();
        test::writeRaster(m_dir.filePath(QStringLiteral("red.tif")), {}, 3, GDT_Byte,
                          [](int band, int, int) { return band == 1 ? 255 : 0; });
        LoadProblems problems;
        m_raster = OverlayReader::read(m_dir.filePath(QStringLiteral("red.tif")), problems);
        ASSERT_TRUE(m_raster);
        auto point = std::make_shared<Overlay>();
        point->features.push_back({0, 0, 1, 0, 0, GeometryType::Point, OverlayDatePrecision::None});
        point->vertices.push_back(kMiddle);
        point->partStarts = {0, 1};
        m_point = point;
    }
    MapSettings bare(OverlayStyle rasterStyle = {})
    {
        MapSettings s = settings(Date::fromYmd(2019, 9, 30), {400, 400});
        s.crs = QStringLiteral("EPSG:4326");
        s.extent = {39, 33, 43, 37};
        s.layers = 0;
        s.decorations = 0;
        s.background = kBackground;
        OverlayStyle blue;
        blue.fill = QColor(0, 0, 200);
        blue.size = 20;
        // The raster is given last (on top), and still drawn under the point.
        s.overlays = {{m_point, blue}, {m_raster, rasterStyle}};
        return s;
    }
    static constexpr GeoPoint kMiddle{41, 35};
    QTemporaryDir m_dir;
    std::shared_ptr<const Overlay> m_raster, m_point;
};

TEST_F(RasterLayerTest, TheRasterIsUnderTheVectorLayersAtItsPlace)
{
    const QImage image = renderer.renderImage(bare());
    EXPECT_EQ(image.pixelColor(200, 200), QColor(0, 0, 200)); // the point, over the raster
    EXPECT_EQ(image.pixelColor(150, 150), QColor(255, 0, 0)); // the raster
    EXPECT_EQ(image.pixelColor(60, 200), kBackground);        // beyond it
}

TEST_F(RasterLayerTest, ItsOpacityAndVisibilityComeFromItsStyle)
{
    OverlayStyle half;
    half.opacity = 0.5;
    const QColor blended = renderer.renderImage(bare(half)).pixelColor(150, 150);
    EXPECT_NEAR(blended.red(), (255 + kBackground.red()) / 2, 2);
    EXPECT_NEAR(blended.blue(), kBackground.blue() / 2, 2);
    OverlayStyle hidden;
    hidden.visible = false;
    EXPECT_EQ(renderer.renderImage(bare(hidden)).pixelColor(150, 150), kBackground);
}

TEST_F(RasterLayerTest, AHighDpiExportReadsItAtTheDevicesResolution)
{
    MapSettings s = bare();
    s.size = {800, 800};
    s.devicePixelRatio = 2;
    const QImage image = renderer.renderImage(s);
    EXPECT_EQ(image.pixelColor(300, 300), QColor(255, 0, 0));
    EXPECT_EQ(image.pixelColor(120, 400), kBackground);
}

} // namespace
} // namespace frontier

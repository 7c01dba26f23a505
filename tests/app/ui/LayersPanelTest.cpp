#include "ui/LayersPanel.h"
#include "UiTest.h"
#include "render/MapRenderer.h"
#include "ui/MapCanvas.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>

namespace frontier {
namespace {

using test::WindowTest;

TEST_F(WindowTest, LayerCheckBoxesSwitchLayers)
{
    QCheckBox* rivers = window->layersPanel()->layerBox(MapLayerId::Rivers);
    window->findChild<QDockWidget*>(QStringLiteral("layersDock"))->raise();
    ASSERT_TRUE(test::waitFor([&] { return rivers->isVisible(); }));
    QTest::mouseClick(rivers, Qt::LeftButton, {}, QPoint(8, rivers->height() / 2));
    EXPECT_FALSE(window->canvas()->settings().hasLayer(MapLayerId::Rivers));
    EXPECT_TRUE(window->canvas()->settings().hasLayer(MapLayerId::Frontier));
    QTest::mouseClick(rivers, Qt::LeftButton, {}, QPoint(8, rivers->height() / 2));
    EXPECT_TRUE(window->canvas()->settings().hasLayer(MapLayerId::Rivers));
}

TEST_F(WindowTest, AnUnknownCrsIsRefusedWithAMessage)
{
    const MapSettings before = window->canvas()->settings();
    QLineEdit* edit = window->layersPanel()->crsEdit();
    edit->setText(QStringLiteral("EPSG:999999"));
    QTest::keyClick(edit, Qt::Key_Return);
    EXPECT_EQ(window->canvas()->settings(), before);
    EXPECT_FALSE(window->layersPanel()->crsMessage()->isHidden());
    EXPECT_TRUE(window->layersPanel()->crsMessage()->text().contains(QStringLiteral("999999")));
}

TEST_F(WindowTest, AChangedCrsKeepsTheAreaInView)
{
    MapCanvas* canvas = window->canvas();
    const auto centre = [&] {
        return *canvas->toGeo(QPointF(canvas->width() / 2.0, canvas->height() / 2.0));
    };
    const GeoPoint before = centre();
    QLineEdit* edit = window->layersPanel()->crsEdit();
    edit->setText(QStringLiteral("32637"));
    QTest::keyClick(edit, Qt::Key_Return);
    EXPECT_EQ(canvas->settings().crs, QStringLiteral("EPSG:32637"));
    EXPECT_TRUE(window->layersPanel()->crsMessage()->isHidden());
    const GeoPoint after = centre();
    EXPECT_NEAR(after.lon, before.lon, 0.2);
    EXPECT_NEAR(after.lat, before.lat, 0.2);
    const int qaim = window->timeline().dataset().featureIndex(QStringLiteral("qaim-albukamal"));
    EXPECT_TRUE(canvas->rect().contains(canvas->crossingPosition(qaim).toPoint()));
}

} // namespace
} // namespace frontier

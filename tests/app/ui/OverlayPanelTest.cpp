#include "ui/OverlayPanel.h"
#include "RasterFiles.h"
#include "UiTest.h"
#include "render/MapRenderer.h"
#include "ui/LayerChoiceDialog.h"
#include "ui/MapCanvas.h"
#include "ui/OverlayIdentify.h"
#include "ui/OverlayLoader.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableWidget>
#include <QTimer>
#include <QToolTip>
#include <QUrl>

namespace frontier {
namespace {

using test::WindowTest;

// A large red square around al-Qaim / Albu Kamal.
constexpr char kZone[] = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"zone"},"geometry":{"type":"Polygon",
 "coordinates":[[[40.5,34.0],[41.5,34.0],[41.5,34.8],[40.5,34.8],[40.5,34.0]]]}}]})";

class OverlayPanelTest : public WindowTest {
protected:
    QString zoneFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("zone.geojson"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(kZone);
        return path;
    }
    // The canvas's pixel over the zone's middle.
    QColor zonePixel()
    {
        MapCanvas* canvas = window->canvas();
        const MapSettings s = canvas->effectiveSettings();
        const MapPoint m = *canvas->renderer().transform(s.crs).forward({41.35, 34.1});
        const QPointF p = MapRenderer::viewport(s).toScreen(m);
        return canvas->grab().toImage().pixelColor(p.toPoint());
    }
    // 200 px a degree wide, around the middle of the map.
    test::RasterGrid gridAtTheMiddle() const
    {
        const MapSettings s = window->canvas()->effectiveSettings();
        const GeoPoint middle =
            *window->canvas()->renderer().transform(s.crs).inverse(s.extent.center());
        test::RasterGrid grid;
        grid.pixel = 0.005;
        grid.west = middle.lon - 0.5;
        grid.north = middle.lat + 0.5;
        return grid;
    }
    QTemporaryDir m_dir;
};

TEST_F(OverlayPanelTest, AFileDroppedOnTheMapIsAddedListedAndToggled)
{
    MapCanvas* canvas = window->canvas();
    const QColor before = zonePixel();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(zoneFile())});
    const QPoint at = canvas->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(canvas, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QElapsedTimer clock;
    clock.start();
    QApplication::sendEvent(canvas, &drop);
    EXPECT_LT(clock.elapsed(), 50) << "the drop only starts the reading";
    ASSERT_TRUE(test::waitFor([&] { return window->overlayLoader()->pending() == 0; }));
    ASSERT_EQ(window->model().overlays().size(), 1u);

    QListWidget* list = window->overlayPanel()->list();
    ASSERT_EQ(list->count(), 1);
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("zone"));
    const QColor shown = zonePixel();
    EXPECT_NE(shown, before);

    // A click on the row's check box unticks it: the layer is hidden and the map is as before.
    window->findChild<QDockWidget*>(QStringLiteral("layersDock"))->raise();
    ASSERT_TRUE(test::waitFor([&] { return list->isVisible(); }));
    const auto clickCheckBox = [&] {
        QStyleOptionViewItem option;
        option.initFrom(list);
        option.rect = list->visualItemRect(list->item(0));
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        const QRect box =
            list->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, box.center());
    };
    clickCheckBox();
    EXPECT_EQ(list->item(0)->checkState(), Qt::Unchecked);
    EXPECT_FALSE(window->model().overlays()[0].style.visible);
    EXPECT_EQ(zonePixel(), before);
    clickCheckBox();
    EXPECT_EQ(zonePixel(), shown);
}

TEST_F(OverlayPanelTest, ClickingAFeatureShowsItsAttributesAndHoveringATooltip)
{
    window->overlayLoader()->load({zoneFile()});
    ASSERT_TRUE(test::waitFor([&] { return window->model().overlays().size() == 1; }));
    MapCanvas* canvas = window->canvas();
    const MapSettings s = canvas->effectiveSettings();
    const QPoint zone = MapRenderer::viewport(s)
                            .toScreen(*canvas->renderer().transform(s.crs).forward({41.35, 34.1}))
                            .toPoint();
    QHelpEvent help(QEvent::ToolTip, zone, canvas->mapToGlobal(zone));
    QApplication::sendEvent(canvas, &help);
    EXPECT_TRUE(QToolTip::text().startsWith(QStringLiteral("zone")))
        << QToolTip::text().toStdString();

    QTest::mouseClick(canvas, Qt::LeftButton, {}, zone);
    auto* identify = canvas->findChild<OverlayIdentify*>();
    ASSERT_TRUE(identify && identify->dialog());
    EXPECT_TRUE(identify->dialog()->isVisible());
    QTableWidget* table = identify->table();
    QStringList rows;
    for (int r = 0; r < table->rowCount(); ++r)
        rows << table->item(r, 0)->text() + u'=' + table->item(r, 1)->text();
    EXPECT_TRUE(rows.contains(QStringLiteral("Layer=zone")));
    EXPECT_TRUE(rows.contains(QStringLiteral("name=zone"))) << rows.join(u' ').toStdString();
}

TEST_F(OverlayPanelTest, RemoveAndABadFileWarnWithTheFileName)
{
    window->overlayLoader()->load({zoneFile()});
    ASSERT_TRUE(test::waitFor([&] { return window->model().overlays().size() == 1; }));
    window->findChild<QDockWidget*>(QStringLiteral("layersDock"))->raise();
    auto* remove = window->overlayPanel()->findChild<QPushButton*>();
    for (QPushButton* b : window->overlayPanel()->findChildren<QPushButton*>())
        if (b->text() == QLatin1String("Remove"))
            remove = b;
    ASSERT_TRUE(test::waitFor([&] { return remove->isVisible(); }));
    QTest::mouseClick(remove, Qt::LeftButton);
    EXPECT_TRUE(window->model().overlays().empty());
    EXPECT_EQ(window->overlayPanel()->list()->count(), 0);

    QString warning;
    QObject::connect(window->overlayLoader(), &OverlayLoader::warning,
                     [&](const QString& text) { warning = text; });
    window->overlayLoader()->load({m_dir.filePath(QStringLiteral("missing.kml"))});
    ASSERT_TRUE(test::waitFor([&] { return !warning.isEmpty(); }));
    EXPECT_TRUE(warning.contains(QStringLiteral("missing.kml: no such file")))
        << warning.toStdString();
}

TEST_F(OverlayPanelTest, AGeoPackageOfSeveralLayersAsksWhichToAdd)
{
    // Two raster tables a degree wide at the middle of the map, red and blue, and a vector layer
    // of a point.
    MapCanvas* canvas = window->canvas();
    const MapSettings shown = canvas->effectiveSettings();
    const test::RasterGrid grid = gridAtTheMiddle();
    const QString gpkg = m_dir.filePath(QStringLiteral("tiles.gpkg"));
    test::writeGeoPackageRaster(gpkg, "reds", grid,
                                [](int band, int, int) { return band == 1 ? 255 : 0; });
    test::writeGeoPackageRaster(gpkg, "blues", grid,
                                [](int band, int, int) { return band == 3 ? 255 : 0; });
    test::addGeoPackagePoint(gpkg, "places", 41, 34.4);
    // Adds the file, checking the rows `rows` of the question with the keyboard and clicking
    // Add, or clicking Cancel when there are none.
    const auto add = [&](const std::vector<int>& rows) {
        bool asked = false;
        QTimer::singleShot(0, window.get(), [&rows, &asked] {
            auto* dialog = qobject_cast<LayerChoiceDialog*>(QApplication::activeModalWidget());
            ASSERT_TRUE(dialog);
            asked = true;
            QListWidget* list = dialog->list();
            ASSERT_EQ(list->count(), 3);
            EXPECT_EQ(list->item(0)->text(), QStringLiteral("places"));
            EXPECT_EQ(list->item(1)->text(), QStringLiteral("reds (raster)"));
            EXPECT_EQ(list->item(2)->text(), QStringLiteral("blues (raster)"));
            EXPECT_FALSE(dialog->addButton()->isEnabled()); // nothing checked yet
            if (rows.empty()) {
                auto* buttons = dialog->findChild<QDialogButtonBox*>();
                QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
                return;
            }
            list->setFocus();
            int row = 0;
            for (const int wanted : rows) {
                for (; row < wanted; ++row)
                    QTest::keyClick(list, Qt::Key_Down);
                QTest::keyClick(list, Qt::Key_Space);
            }
            EXPECT_TRUE(dialog->addButton()->isEnabled());
            QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        });
        window->overlayLoader()->load({gpkg});
        EXPECT_TRUE(asked);
        ASSERT_TRUE(test::waitFor([&] { return window->overlayLoader()->pending() == 0; }));
    };
    add({});
    EXPECT_TRUE(window->model().overlays().empty());
    add({0, 2});
    ASSERT_EQ(window->model().overlays().size(), 2u);
    QStringList names;
    for (const auto& view : window->model().overlays())
        names << view.overlay->name;
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("tiles:blues"), QStringLiteral("tiles:places")}));
    const QPoint centre = MapRenderer::viewport(shown).toScreen(shown.extent.center()).toPoint();
    EXPECT_TRUE(test::waitFor([&] {
        const QColor c = canvas->grab().toImage().pixelColor(centre);
        return c.blue() > 200 && c.red() < 60;
    })) << canvas->grab().toImage().pixelColor(centre).name().toStdString();
}

TEST_F(OverlayPanelTest, TheLayerChoiceAddsOnlyWhatIsCheckedAndSelectAllChecksEverything)
{
    LayerChoiceDialog dialog(QStringLiteral("region.gpkg"),
                             {{QStringLiteral("countries"), false},
                              {QStringLiteral("crossings"), false},
                              {QStringLiteral("relief"), true}},
                             window.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_TRUE(dialog.chosen().isEmpty());
    EXPECT_FALSE(dialog.addButton()->isEnabled());
    QTest::mouseClick(dialog.allButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.chosen(),
              (QStringList{QStringLiteral("countries"), QStringLiteral("crossings"),
                           QStringLiteral("relief")}));
    EXPECT_TRUE(dialog.addButton()->isEnabled());
    // Space on the current row (the first) unchecks it; the raster keeps its name, not its label.
    dialog.list()->setFocus();
    QTest::keyClick(dialog.list(), Qt::Key_Space);
    EXPECT_EQ(dialog.chosen(),
              (QStringList{QStringLiteral("crossings"), QStringLiteral("relief")}));
    for (const Qt::Key key : {Qt::Key_Down, Qt::Key_Space, Qt::Key_Down, Qt::Key_Space})
        QTest::keyClick(dialog.list(), key);
    EXPECT_TRUE(dialog.chosen().isEmpty());
    EXPECT_FALSE(dialog.addButton()->isEnabled());
}

TEST_F(OverlayPanelTest, ADemDroppedOnTheMapIsShadedByItsToggle)
{
    // A steep hill a degree wide at the middle of the map, read without its CRS as WGS84.
    MapCanvas* canvas = window->canvas();
    test::RasterGrid grid = gridAtTheMiddle();
    grid.crs = nullptr;
    const QString dem = m_dir.filePath(QStringLiteral("dem.tif"));
    test::writeRaster(dem, grid, 1, GDT_Float32,
                      [&](int, int x, int y) { return test::hill(grid, x, y, 20000); });
    // One after the other: the DEM on top.
    window->overlayLoader()->load({zoneFile()});
    ASSERT_TRUE(test::waitFor([&] { return window->overlayLoader()->pending() == 0; }));
    window->overlayLoader()->load({dem});
    ASSERT_TRUE(test::waitFor([&] { return window->overlayLoader()->pending() == 0; }));
    ASSERT_EQ(window->model().overlays().size(), 2u);
    window->findChild<QDockWidget*>(QStringLiteral("layersDock"))->raise();
    OverlayPanel* panel = window->overlayPanel();
    QListWidget* list = panel->list();
    ASSERT_TRUE(test::waitFor([&] { return list->isVisible(); }));

    // The zone (a vector layer) cannot be shaded; the DEM (the top row) can.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(1)).center());
    EXPECT_FALSE(panel->hillshade()->isEnabled());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(0)).center());
    ASSERT_TRUE(panel->hillshade()->isEnabled());
    QLabel* note = panel->findChild<QLabel*>(QStringLiteral("overlayNote"));
    EXPECT_TRUE(note->text().startsWith(QStringLiteral("GeoTIFF raster, 200 × 200 px, 1 band")))
        << note->text().toStdString();
    EXPECT_TRUE(note->text().contains(QStringLiteral("read as WGS84")));

    const auto pixel = [&](GeoPoint g) {
        const MapSettings s = canvas->effectiveSettings();
        const QPointF p =
            MapRenderer::viewport(s).toScreen(*canvas->renderer().transform(s.crs).forward(g));
        return canvas->grab().toImage().pixelColor(p.toPoint());
    };
    const double sigma = grid.width / 6.0 * grid.pixel;
    const GeoPoint top{grid.x(100), grid.y(100)};
    const GeoPoint northWest{top.lon - sigma, top.lat + sigma},
        southEast{top.lon + sigma, top.lat - sigma};
    // Grey by height: the two slopes alike.
    EXPECT_NEAR(pixel(northWest).red(), pixel(southEast).red(), 12);
    ASSERT_TRUE(test::waitFor([&] { return panel->hillshade()->isVisible(); }));
    // On its box: the check box spans the panel, its label only the start.
    QTest::mouseClick(panel->hillshade(), Qt::LeftButton, {},
                      QPoint(8, panel->hillshade()->height() / 2));
    EXPECT_TRUE(window->model().overlays()[1].style.hillshade);
    EXPECT_GT(pixel(northWest).red(), pixel(southEast).red() + 60);
}

} // namespace
} // namespace frontier

#include "PostgresServer.h"
#include "UiTest.h"
#include "render/MapRenderer.h"
#include "ui/MapCanvas.h"
#include "ui/OverlayLoader.h"
#include "ui/OverlayPanel.h"

#include <QDockWidget>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace frontier {
namespace {

constexpr char kPassword[] = "Zt4-window-secret";
constexpr char kLayer[] = "PG:service=team tables=zone";

class PostgisWindowTest : public test::PostgresSuite<test::WindowTest> {
protected:
    static void SetUpTestSuite()
    {
        PostgresSuite::SetUpTestSuite();
        s_dir = std::make_unique<QTemporaryDir>();
        if (!server().ok() ||
            !server().sql(QStringLiteral(
                "CREATE TABLE zone (id serial PRIMARY KEY, geom geometry(Polygon, 4326));"
                "INSERT INTO zone (geom) VALUES (ST_GeomFromText("
                "'POLYGON((40.5 34,41.5 34,41.5 34.8,40.5 34.8,40.5 34))', 4326))")))
            return;
        const auto files = server().addRole(s_dir->path(), QStringLiteral("team"),
                                            QStringLiteral("analyst"), QLatin1String(kPassword));
        qputenv("PGSERVICEFILE", QFile::encodeName(files.serviceFile));
        qputenv("PGPASSFILE", QFile::encodeName(files.passFile));
    }
    static void TearDownTestSuite()
    {
        qunsetenv("PGSERVICEFILE");
        qunsetenv("PGPASSFILE");
        s_dir.reset();
        PostgresSuite::TearDownTestSuite();
    }

    // File → Add PostGIS layer…, the connection typed into its box and Enter.
    void addThroughTheMenu(const QString& connection)
    {
        QAction* add = nullptr;
        for (QAction* a : window->menuBar()->actions().first()->menu()->actions())
            if (a->text() == QStringLiteral("Add &PostGIS layer…"))
                add = a;
        ASSERT_TRUE(add);
        QTimer::singleShot(0, window.get(), [connection] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            ASSERT_TRUE(dialog);
            QLineEdit* edit = dialog->findChild<QLineEdit*>();
            QTest::keyClicks(edit, connection);
            QTest::keyClick(edit, Qt::Key_Return);
        });
        add->trigger();
        ASSERT_TRUE(test::waitFor([&] { return window->overlayLoader()->pending() == 0; }, 10000));
    }
    // The canvas's pixel over the zone's middle.
    QColor zonePixel()
    {
        MapCanvas* canvas = window->canvas();
        const MapSettings s = canvas->effectiveSettings();
        const MapPoint m = *canvas->renderer().transform(s.crs).forward({41.35, 34.1});
        return canvas->grab().toImage().pixelColor(MapRenderer::viewport(s).toScreen(m).toPoint());
    }
    void clickReload()
    {
        window->findChild<QDockWidget*>(QStringLiteral("layersDock"))->raise();
        QPushButton* reload = window->overlayPanel()->reloadButton();
        ASSERT_TRUE(test::waitFor([&] { return reload->isVisible() && reload->isEnabled(); }));
        QTest::mouseClick(reload, Qt::LeftButton);
        ASSERT_TRUE(test::waitFor([&] { return window->overlayLoader()->pending() == 0; }, 10000));
    }

    static inline std::unique_ptr<QTemporaryDir> s_dir;
};

TEST_F(PostgisWindowTest, ALayerAddedByConnectionIsDrawnAndTheSettingsHoldNoPassword)
{
    const QColor before = zonePixel();
    addThroughTheMenu(QLatin1String(kLayer));
    ASSERT_EQ(window->model().overlays().size(), 1u)
        << window->statusBar()->currentMessage().toStdString();
    QListWidget* list = window->overlayPanel()->list();
    ASSERT_EQ(list->count(), 1);
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("zone"));
    EXPECT_EQ(list->item(0)->toolTip(), QLatin1String(kLayer));
    EXPECT_NE(zonePixel(), before);

    window->close(); // saves the session
    QFile settings(QSettings().fileName());
    ASSERT_TRUE(settings.open(QIODevice::ReadOnly)) << settings.fileName().toStdString();
    const QByteArray saved = settings.readAll();
    EXPECT_FALSE(saved.isEmpty());
    EXPECT_FALSE(saved.contains(kPassword));
}

TEST_F(PostgisWindowTest, WhenTheServerGoesAwayTheLayerKeepsDrawingAndAReloadSaysWhy)
{
    window->overlayLoader()->load({QLatin1String(kLayer)});
    ASSERT_TRUE(test::waitFor([&] { return window->model().overlays().size() == 1; }, 10000));
    const auto loaded = window->model().overlays()[0].overlay;
    const QColor drawn = zonePixel();

    ASSERT_TRUE(server().stop()) << server().log().toStdString();
    clickReload();
    const QString message = window->statusBar()->currentMessage();
    EXPECT_TRUE(message.contains(QStringLiteral("“zone” was not reloaded")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QLatin1String(kLayer) + QStringLiteral(": cannot connect")))
        << message.toStdString();
    EXPECT_FALSE(message.contains(QLatin1String(kPassword)));
    ASSERT_EQ(window->model().overlays().size(), 1u);
    EXPECT_EQ(window->model().overlays()[0].overlay, loaded);
    // The window goes on: another date draws, the layer still on it.
    QTest::keyClick(window->canvas(), Qt::Key_Right);
    EXPECT_EQ(window->model().date(), Date::fromYmd(2019, 10, 1));
    EXPECT_EQ(zonePixel(), drawn);

    ASSERT_TRUE(server().start()) << server().log().toStdString();
    clickReload();
    EXPECT_TRUE(window->statusBar()->currentMessage().startsWith(QStringLiteral("Reloaded zone")))
        << window->statusBar()->currentMessage().toStdString();
    EXPECT_NE(window->model().overlays()[0].overlay, loaded);
    EXPECT_EQ(zonePixel(), drawn);
}

} // namespace
} // namespace frontier

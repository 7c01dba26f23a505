// The layers' styles edited in the window (StyleDialog through StyleController), kept in the
// session (SessionController) and in bookmarks (BookmarksController), and shown in the legend.
#include "UiTest.h"
#include "app/RunCli.h"
#include "render/MapRenderer.h"
#include "render/decorations/OverlayLegend.h"
#include "ui/ColorButton.h"
#include "ui/MapCanvas.h"
#include "ui/OverlayLoader.h"
#include "ui/OverlayPanel.h"
#include "ui/StyleController.h"
#include "ui/StyleDialog.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QJsonDocument>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

namespace frontier {
namespace {

// A square around al-Qaim / Albu Kamal, and a second square south of it.
constexpr char kZones[] = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"north","kind":"held","count":3},"geometry":{"type":
 "Polygon","coordinates":[[[40.5,34.0],[41.5,34.0],[41.5,34.8],[40.5,34.8],[40.5,34.0]]]}},
{"type":"Feature","properties":{"name":"south","kind":"contested","count":12},"geometry":{"type":
 "Polygon","coordinates":[[[40.5,33.0],[41.5,33.0],[41.5,33.8],[40.5,33.8],[40.5,33.0]]]}}]})";

class LayerStyleTest : public test::WindowTest {
protected:
    QString writeZones(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(kZones);
        return path;
    }
    void load(const QStringList& files)
    {
        window->overlayLoader()->load(files);
        ASSERT_TRUE(test::waitFor([&] { return window->overlayLoader()->pending() == 0; }));
    }
    QColor pixel(GeoPoint g)
    {
        MapCanvas* canvas = window->canvas();
        const MapSettings s = canvas->effectiveSettings();
        const QPointF p =
            MapRenderer::viewport(s).toScreen(*canvas->renderer().transform(s.crs).forward(g));
        return canvas->grab().toImage().pixelColor(p.toPoint());
    }
    QListWidget* shownList()
    {
        window->findChild<QDockWidget*>(QStringLiteral("layersDock"))->raise();
        QListWidget* list = window->overlayPanel()->list();
        EXPECT_TRUE(test::waitFor([&] { return list->isVisible(); }));
        return list;
    }
    StyleDialog* dialog() { return window->findChild<StyleController*>()->dialog(); }
    template <typename T> T* named(const QString& accessibleName)
    {
        for (T* w : dialog()->findChildren<T*>())
            if (w->accessibleName() == accessibleName)
                return w;
        ADD_FAILURE() << "no " << accessibleName.toStdString();
        return nullptr;
    }
    QPushButton* button(QDialogButtonBox::StandardButton which)
    {
        return dialog()->findChild<QDialogButtonBox*>()->button(which);
    }
    // Picks `text` in a combo box with the keyboard.
    static void choose(QComboBox* box, const QString& text)
    {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Home);
        for (int i = 0; i < box->findText(text); ++i)
            QTest::keyClick(box, Qt::Key_Down);
        ASSERT_EQ(box->currentText(), text);
    }

    const GeoPoint m_north{41.35, 34.1};
    QTemporaryDir m_dir;
};

TEST_F(LayerStyleTest, TheStyleButtonOpensTheDialogWhoseApplyRecoloursAndCancelRestores)
{
    load({writeZones(QStringLiteral("zones.geojson"))});
    const OverlayStyle original = window->model().overlays()[0].style;
    const QColor before = pixel(m_north);
    shownList();
    QTest::mouseClick(window->overlayPanel()->styleButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog() && dialog()->isVisible());

    auto* fill = named<ColorButton>(QStringLiteral("Fill colour"));
    QTest::mouseClick(fill, Qt::LeftButton);
    ASSERT_TRUE(fill->dialog() && fill->dialog()->isVisible());
    fill->dialog()->setCurrentColor(QColor(0xd0, 0x10, 0x10));
    QTest::keyClick(fill->dialog(), Qt::Key_Return);
    EXPECT_EQ(fill->color(), QColor(0xd0, 0x10, 0x10));
    auto* opacity = named<QSpinBox>(QStringLiteral("Opacity"));
    opacity->setFocus();
    opacity->selectAll();
    QTest::keyClicks(opacity, QStringLiteral("90"));
    EXPECT_EQ(window->model().overlays()[0].style, original) << "nothing changes before Apply";

    QTest::mouseClick(button(QDialogButtonBox::Apply), Qt::LeftButton);
    EXPECT_EQ(window->model().overlays()[0].style.fill, QColor(0xd0, 0x10, 0x10));
    EXPECT_DOUBLE_EQ(window->model().overlays()[0].style.opacity, 0.9);
    const QColor red = pixel(m_north);
    EXPECT_GT(red.red(), 170);
    EXPECT_LT(red.green(), 60);

    QTest::mouseClick(button(QDialogButtonBox::Cancel), Qt::LeftButton);
    EXPECT_EQ(window->model().overlays()[0].style, original);
    EXPECT_EQ(pixel(m_north), before);
    EXPECT_TRUE(test::waitFor([&] { return dialog() == nullptr; }));
}

TEST_F(LayerStyleTest, CategoriesFromAFieldArePreviewedAndShownInTheLegend)
{
    load({writeZones(QStringLiteral("zones.geojson"))});
    QListWidget* list = shownList();
    // As a real double-click comes: a press and a release, then the double-click.
    const QPoint row = list->visualItemRect(list->item(0)).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, row);
    ASSERT_TRUE(dialog() && dialog()->isVisible());
    EXPECT_EQ(list->item(0)->checkState(), Qt::Checked) << "a double-click does not hide it";

    auto* sizes = named<QComboBox>(QStringLiteral("Size from"));
    QStringList sizeFields;
    for (int i = 0; i < sizes->count(); ++i)
        sizeFields << sizes->itemText(i);
    EXPECT_EQ(sizeFields, QStringList({QStringLiteral("None"), QStringLiteral("count")}));
    EXPECT_FALSE(sizes->isEnabled()) << "areas have no point symbol to size";

    auto* categories = dialog()->findChild<QListWidget*>(QStringLiteral("categoryList"));
    EXPECT_EQ(categories->count(), 0);
    choose(named<QComboBox>(QStringLiteral("Categories from")), QStringLiteral("kind"));
    ASSERT_EQ(categories->count(), 2);
    EXPECT_EQ(categories->item(0)->text(), QStringLiteral("contested"));
    EXPECT_EQ(categories->item(1)->text(), QStringLiteral("held"));
    const QColor held = OverlayStyle::palette()[1];
    EXPECT_EQ(categories->item(1)->icon().pixmap(12, 12).toImage().pixelColor(6, 6), held);
    choose(named<QComboBox>(QStringLiteral("Labels from")), QStringLiteral("name"));

    QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
    const OverlayStyle& style = window->model().overlays()[0].style;
    EXPECT_EQ(style.categoryField, QStringLiteral("kind"));
    EXPECT_EQ(style.labelField, QStringLiteral("name"));
    QStringList legend;
    for (const OverlayLegend::Row& row : OverlayLegend::rows(window->canvas()->effectiveSettings()))
        legend << row.text + (row.category ? QStringLiteral(" ") + row.color.name() : QString());
    EXPECT_EQ(legend, QStringList({QStringLiteral("zones"),
                                   QStringLiteral("contested ") + OverlayStyle::palette()[0].name(),
                                   QStringLiteral("held ") + held.name()}));
    const QColor shown = pixel(m_north);
    EXPECT_NEAR(shown.hue(), held.hue(), 12) << shown.name().toStdString();
}

TEST_F(LayerStyleTest, AShortcutOpensTheSelectedLayersStyle)
{
    const QString points = m_dir.filePath(QStringLiteral("points.csv"));
    QFile f(points);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("longitude,latitude,fatalities\n40.9,34.4,3\n41.1,34.5,10\n");
    f.close();
    load({points});
    shownList();
    QTest::keyClick(window->canvas(), Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(dialog() && dialog()->isVisible());
    EXPECT_EQ(dialog()->windowTitle(), QStringLiteral("Style of points"));
    EXPECT_TRUE(named<QComboBox>(QStringLiteral("Size from"))->isEnabled());
    EXPECT_TRUE(named<QComboBox>(QStringLiteral("Point symbol"))->isEnabled());
    QTest::keyClick(dialog(), Qt::Key_Escape);
    EXPECT_TRUE(test::waitFor([&] { return dialog() == nullptr; }));
}

TEST_F(LayerStyleTest, TheCommandLineDrawsAWindowsStyleAsTheWindowDoes)
{
    const QString zones = writeZones(QStringLiteral("zones.geojson"));
    load({zones});
    OverlayStyle style = window->model().overlays()[0].style;
    style.categoryField = QStringLiteral("kind");
    style.labelField = QStringLiteral("name");
    style.stroke = Qt::black;
    style.strokeWidth = 3;
    window->model().setOverlayStyle(0, style);
    SnapshotDialog::Options o;
    o.path = m_dir.filePath(QStringLiteral("window.png"));
    o.size = QSize(960, 540);
    ASSERT_EQ(window->exports()->exportSnapshot(o), QString());

    const QString styles = m_dir.filePath(QStringLiteral("styles.json"));
    QFile f(styles);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("layers"),
                                       QJsonObject{{QStringLiteral("zones"), style.toJson()}}}})
                .toJson());
    f.close();
    const QString cliPath = m_dir.filePath(QStringLiteral("cli.png"));
    const auto run = test::runCli(
        {QStringLiteral("export"), QStringLiteral("--date"), QStringLiteral("2019-09-30"),
         QStringLiteral("--size"), QStringLiteral("960x540"), QStringLiteral("--layer"), zones,
         QStringLiteral("--layer-style"), styles, QStringLiteral("--output"), cliPath});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QImage fromWindow(o.path), fromCli(cliPath);
    ASSERT_FALSE(fromWindow.isNull());
    EXPECT_TRUE(fromWindow == fromCli);
}

TEST_F(LayerStyleTest, TheSessionReopensItsLayersInOrderAndStyleAndNamesAMissingFile)
{
    const QString a = writeZones(QStringLiteral("a.geojson"));
    const QString b = writeZones(QStringLiteral("b.geojson"));
    const QString gone = writeZones(QStringLiteral("gone.geojson"));
    load({a});
    load({gone});
    load({b});
    OverlayStyle styled = window->model().overlays()[0].style;
    styled.categoryField = QStringLiteral("kind");
    styled.visible = false;
    window->model().setOverlayStyle(0, styled);
    window->close(); // saves the session
    QFile::remove(gone);

    MapSettings initial;
    initial.crs = Crs::defaultDefinition();
    initial.date = Date::fromYmd(2019, 9, 30);
    MainWindow second(test::bundledTimeline(), initial);
    QString warning;
    QObject::connect(second.overlayLoader(), &OverlayLoader::warning,
                     [&](const QString& text) { warning = text; });
    second.session()->restore(true);
    // Closed before any was read, the window keeps them all.
    second.session()->save();
    QStringList problems;
    EXPECT_EQ(SavedLayer::fromJson(
                  QJsonDocument::fromJson(
                      QSettings().value(QStringLiteral("view/overlays")).toString().toUtf8())
                      .array(),
                  problems)
                  .size(),
              3u);
    ASSERT_TRUE(test::waitFor([&] { return second.overlayLoader()->pending() == 0; }));
    ASSERT_EQ(second.model().overlays().size(), 2u);
    EXPECT_EQ(second.model().overlays()[0].overlay->name, QStringLiteral("a"));
    // As saved: a colour keeps 8 bits a channel.
    EXPECT_EQ(second.model().overlays()[0].style.toJson(), styled.toJson());
    EXPECT_EQ(second.model().overlays()[1].overlay->name, QStringLiteral("b"));
    EXPECT_TRUE(warning.contains(QStringLiteral("gone.geojson"))) << warning.toStdString();
}

TEST_F(LayerStyleTest, ADatabaseLayerIsKeptByItsConnectionWithoutAPassword)
{
    auto overlay = std::make_shared<Overlay>();
    overlay->path = QStringLiteral("PG:service=team tables=incidents");
    overlay->layerName = overlay->name = QStringLiteral("incidents");
    window->model().addOverlay(overlay);
    window->close();
    const QString saved = QSettings().value(QStringLiteral("view/overlays")).toString();
    EXPECT_TRUE(saved.contains(QStringLiteral("PG:service=team tables=incidents")))
        << saved.toStdString();
    EXPECT_FALSE(saved.contains(QStringLiteral("password")));
}

TEST_F(LayerStyleTest, ABookmarkRestoresTheLayersStylesAndNamesTheOnesNotOpen)
{
    load({writeZones(QStringLiteral("zones.geojson"))});
    load({writeZones(QStringLiteral("other.geojson"))});
    OverlayStyle kept = window->model().overlays()[0].style;
    kept.fill = QColor(0x10, 0xa0, 0x10);
    window->model().setOverlayStyle(0, kept);
    window->bookmarks()->add(QStringLiteral("green"));

    OverlayStyle changed = kept;
    changed.visible = false;
    changed.fill = Qt::blue;
    window->model().setOverlayStyle(0, changed);
    window->model().removeOverlay(1);
    QString warning;
    QObject::connect(window->bookmarks(), &BookmarksController::warning,
                     [&](const QString& text) { warning = text; });
    window->bookmarks()->apply(0);
    EXPECT_EQ(window->model().overlays()[0].style, kept);
    EXPECT_TRUE(warning.contains(QStringLiteral("other.geojson"))) << warning.toStdString();

    // Read back from the settings, as the next run does.
    QSettings settings;
    const std::vector<Bookmark> read = Bookmark::load(settings);
    ASSERT_EQ(read.size(), 1u);
    ASSERT_EQ(read[0].layers.size(), 2u);
    EXPECT_EQ(read[0].layers[0].style.toJson(), kept.toJson());
}

} // namespace
} // namespace frontier

#include "ui/MapClipboard.h"
#include "UiTest.h"
#include "render/MapRenderer.h"

#include <QClipboard>

namespace frontier {
namespace {

TEST(MapClipboardTest, PutsTheRenderedMapOnTheClipboard)
{
    test::uiApp();
    MapRenderer renderer(test::bundledTimeline());
    MapSettings s;
    s.crs = Crs::defaultDefinition();
    s.extent = renderer.homeExtent(s.crs);
    s.date = Date::fromYmd(2019, 9, 30);
    s.size = QSize(400, 250);
    s.devicePixelRatio = 2;
    QGuiApplication::clipboard()->clear();
    ASSERT_TRUE(QGuiApplication::clipboard()->image().isNull());
    MapClipboard::copy(renderer, s);
    const QImage pasted = QGuiApplication::clipboard()->image();
    ASSERT_EQ(pasted.size(), QSize(400, 250));
    const QImage expected = renderer.renderImage(s).convertToFormat(pasted.format());
    EXPECT_TRUE(pasted == expected);
}

} // namespace
} // namespace frontier

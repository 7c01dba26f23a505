// The window's menus and toolbar (WindowMenus): where each menu is, and the View menu's own
// actions, zoom and find, through their shortcuts.
#include "UiTest.h"
#include "render/MapRenderer.h"
#include "ui/MapCanvas.h"
#include "ui/SearchBox.h"

#include <QMenuBar>
#include <QToolBar>

namespace frontier {
namespace {

using test::WindowTest;

QStringList menuTitles(QMenuBar* bar)
{
    QStringList titles;
    for (QAction* a : bar->actions())
        titles << a->text().remove(QLatin1Char('&'));
    return titles;
}

TEST_F(WindowTest, TheMenusComeInTheirOrderWithTheBookmarksFilled)
{
    EXPECT_EQ(menuTitles(window->menuBar()),
              (QStringList{"File", "Edit", "View", "Time", "Bookmarks", "Help"}));
    const QMenu* bookmarks = window->menuBar()->actions()[4]->menu();
    ASSERT_NE(bookmarks, nullptr);
    EXPECT_FALSE(bookmarks->actions().isEmpty());
}

TEST_F(WindowTest, CtrlPlusAndCtrlMinusZoomTheMapAboutItsCentre)
{
    MapCanvas* canvas = window->canvas();
    const auto view = [canvas] { return MapRenderer::viewport(canvas->effectiveSettings()); };
    const Viewport before = view();
    QTest::keyClick(window.get(), Qt::Key_Plus, Qt::ControlModifier);
    const Viewport in = view();
    EXPECT_NEAR(in.unitsPerPixel(), before.unitsPerPixel() / 2, before.unitsPerPixel() * 1e-9);
    EXPECT_NEAR(in.center().x, before.center().x, before.unitsPerPixel());
    EXPECT_NEAR(in.center().y, before.center().y, before.unitsPerPixel());
    QTest::keyClick(window.get(), Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_NEAR(view().unitsPerPixel(), before.unitsPerPixel(), before.unitsPerPixel() * 1e-9);
}

TEST_F(WindowTest, CtrlFSelectsTheToolbarsSearchBox)
{
    SearchBox* search = window->searchBox();
    search->setText(QStringLiteral("Tanf"));
    window->canvas()->setFocus();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(search->hasFocus());
    EXPECT_EQ(search->selectedText(), QStringLiteral("Tanf"));
    auto* bar = window->findChild<QToolBar*>(QStringLiteral("mapToolBar"));
    ASSERT_NE(bar, nullptr);
    EXPECT_EQ(bar->widgetForAction(bar->actions().back()), search);
}

} // namespace
} // namespace frontier

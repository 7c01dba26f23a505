// "Reading the map": shown once by itself, then from Help.
#include "ui/FirstRunTip.h"
#include "UiTest.h"
#include "ui/MapCanvas.h"

#include <QLabel>
#include <QMenuBar>

namespace frontier {
namespace {

using test::WindowTest;

QStringList openTips(const QWidget& window)
{
    QStringList texts;
    for (const FirstRunTip* tip : window.findChildren<FirstRunTip*>())
        if (tip->isVisible())
            texts << tip->findChild<QLabel*>(QStringLiteral("tipText"))->text();
    return texts;
}

TEST_F(WindowTest, TheFirstRunTipShowsOnceAndThenFromHelp)
{
    const MapRenderer& renderer = window->canvas()->renderer();
    ASSERT_TRUE(FirstRunTip::showOnce(renderer, window.get()));
    QStringList tips = openTips(*window);
    ASSERT_EQ(tips.size(), 1);
    EXPECT_TRUE(tips[0].contains(QStringLiteral("disc")));
    EXPECT_TRUE(tips[0].contains(QStringLiteral("swimlane")));
    auto* tip = window->findChild<FirstRunTip*>();
    ASSERT_NE(tip, nullptr);
    EXPECT_FALSE(tip->isWindow()); // a panel in the window: it goes where the window goes
    // Over the panels at the right, whole, and still there when the window is made smaller.
    const auto inside = [&] { return window->rect().contains(tip->geometry()); };
    EXPECT_TRUE(inside());
    const MapCanvas* map = window->canvas();
    EXPECT_GT(tip->geometry().center().x(), map->mapTo(window.get(), map->rect().center()).x());
    window->resize(1100, 700);
    EXPECT_TRUE(test::waitFor(inside));
    QTest::keyClick(tip, Qt::Key_Escape);
    EXPECT_TRUE(test::waitFor([this] { return openTips(*window).isEmpty(); }));

    EXPECT_FALSE(FirstRunTip::showOnce(renderer, window.get())); // only once
    EXPECT_TRUE(openTips(*window).isEmpty());
    // Help → Reading the map.
    QAction* help = nullptr;
    for (QAction* a : window->menuBar()->actions())
        if (a->text() == QStringLiteral("&Help"))
            help = a;
    ASSERT_NE(help, nullptr);
    for (QAction* a : help->menu()->actions())
        if (a->text() == QStringLiteral("&Reading the map"))
            a->trigger();
    EXPECT_EQ(openTips(*window).size(), 1);
}

} // namespace
} // namespace frontier

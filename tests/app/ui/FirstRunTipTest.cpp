// "Reading the map": shown once by itself, then from Help.
#include "ui/FirstRunTip.h"
#include "UiTest.h"
#include "ui/MapCanvas.h"

#include <QLabel>
#include <QMenuBar>

namespace frontier {
namespace {

using test::WindowTest;

QStringList openTips()
{
    QStringList texts;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->objectName() == QStringLiteral("firstRunTip") && w->isVisible())
            texts << w->findChild<QLabel*>(QStringLiteral("tipText"))->text();
    return texts;
}

TEST_F(WindowTest, TheFirstRunTipShowsOnceAndThenFromHelp)
{
    const MapRenderer& renderer = window->canvas()->renderer();
    ASSERT_TRUE(FirstRunTip::showOnce(renderer, window.get()));
    QStringList tips = openTips();
    ASSERT_EQ(tips.size(), 1);
    EXPECT_TRUE(tips[0].contains(QStringLiteral("disc")));
    EXPECT_TRUE(tips[0].contains(QStringLiteral("swimlane")));
    auto* tip = window->findChild<FirstRunTip*>();
    ASSERT_NE(tip, nullptr);
    EXPECT_FALSE(tip->isModal()); // the map stays usable
    QTest::keyClick(tip, Qt::Key_Escape);
    EXPECT_TRUE(test::waitFor([] { return openTips().isEmpty(); }));

    EXPECT_FALSE(FirstRunTip::showOnce(renderer, window.get())); // only once
    EXPECT_TRUE(openTips().isEmpty());
    // Help → Reading the map.
    QAction* help = nullptr;
    for (QAction* a : window->menuBar()->actions())
        if (a->text() == QStringLiteral("&Help"))
            help = a;
    ASSERT_NE(help, nullptr);
    for (QAction* a : help->menu()->actions())
        if (a->text() == QStringLiteral("&Reading the map"))
            a->trigger();
    EXPECT_EQ(openTips().size(), 1);
}

} // namespace
} // namespace frontier
